/**
 * `@account-center/client/helpers`: what account forms need besides the API: Logto's password
 * policy check (live feedback that agrees with the server, §9), the `otpauth://` URI for TOTP
 * QR codes (issuer and account label), phone numbers as the API takes them, second factors,
 * WebAuthn conversion for `@simplewebauthn/browser`, where a sign-in round trip may send the
 * browser, WCAG contrast for a tenant's brand colours, and the tenant's username policy and
 * second factors. `isMfaMandatory` and `isWebConnector` are in the root entry (settings need them).
 */
export {
  checkPassword,
  defaultPasswordPolicy,
  passwordSymbols,
  resolvePasswordPolicy,
} from './password-policy.js';
export { buildOtpAuthUri } from './otp.js';
export { toAsciiDigits, toPhoneDigits } from './phone.js';
export { accountLabel, isSecondFactor, totpIssuer } from './account-rules.js';
export { toSimpleWebAuthnOptions, toWebAuthnVerifyPayload } from './webauthn.js';
export { safeNavigationUrl, sameOriginPath } from './redirect-url.js';
export { checkUsername, defaultUsernamePolicy, resolveUsernamePolicy } from './username-policy.js';
export { EMAIL_CODE_FACTOR, PHONE_CODE_FACTOR, secondFactors } from './second-factors.js';
export {
  contrastRatio,
  ensureContrast,
  mixColors,
  readableForeground,
  relativeLuminance,
} from './contrast.js';
