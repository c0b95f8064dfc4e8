/**
 * The in-memory tenant: every piece of state the Account API and Verification API read or
 * write. Plain JSON (no classes, no Dates) so it can be cloned, reset and persisted.
 */

import type { ManagementState } from './management/state.js';

/** Field level (`AccountCenterControlValue`, §3.1). */
export type FieldLevel = 'Off' | 'ReadOnly' | 'Edit';

/** Keys of `accountCenter.fields` (§3.1); `trustedDevice` exists only with dev features on. */
export type AccountCenterField =
  | 'name'
  | 'avatar'
  | 'profile'
  | 'email'
  | 'phone'
  | 'password'
  | 'username'
  | 'social'
  | 'customData'
  | 'mfa'
  | 'passkey'
  | 'session'
  | 'trustedDevice';

/** The account-center settings row (§3.1). */
export interface AccountCenterSettings {
  tenantId: string;
  id: 'default';
  enabled: boolean;
  fields: Partial<Record<AccountCenterField, FieldLevel>>;
  webauthnRelatedOrigins: string[];
  deleteAccountUrl: string | null;
  customCss: string | null;
  profileFields: { name: string }[] | null;
}

/** MFA factors of the sign-in experience. */
export type MfaFactor =
  'Totp' | 'WebAuthn' | 'BackupCode' | 'EmailVerificationCode' | 'PhoneVerificationCode';

/** `passwordPolicy` of the sign-in experience (§9). */
export interface PasswordPolicy {
  length: { min: number; max: number };
  characterTypes: { min: number };
  rejects: { pwned: boolean; repetitionAndSequence: boolean; userInfo: boolean; words: string[] };
}

/** `usernamePolicy` of the sign-in experience, in Logto's shape (facts §7); checked on `PATCH /my-account`. */
export interface UsernamePolicy {
  /** `false`: usernames are unique regardless of case. */
  caseSensitive: boolean;
  /** 1..128. */
  minLength: number;
  /** 1..128, at least `minLength`. */
  maxLength: number;
  allowedChars: { lowercase: boolean; uppercase: boolean; numbers: boolean; underscore: boolean };
}

/** `mfa.policy` of the sign-in experience (facts §8). */
export type MfaPolicy =
  | 'UserControlled'
  | 'Mandatory'
  | 'PromptOnlyAtSignIn'
  | 'PromptAtSignInAndSignUp'
  | 'NoPrompt'
  | 'PromptAtSignInAndSignUpMandatory'
  | 'PromptOnlyAtSignInMandatory';

/** Social connector platform, as in the sign-in experience's `socialConnectors`. */
export type SocialConnectorPlatform = 'Web' | 'Native' | 'Universal';

/**
 * The sign-in experience row (§2, §6.8, §8, §9, facts §5–§8). `GET /api/.well-known/sign-in-exp`
 * publishes it with the social/SSO connectors and the custom-profile-field catalog added, and
 * without `emailBlocklistPolicy` (not part of the recorded document).
 */
export interface SignInExperience {
  tenantId: string;
  id: 'default';
  /** Hex colours; Logto requires all three keys on a write. */
  color: { primaryColor: string; isDarkModeEnabled: boolean; darkPrimaryColor: string };
  /** URLs; a write replaces the whole object. */
  branding: { logoUrl?: string; darkLogoUrl?: string; favicon?: string; darkFavicon?: string };
  /** `true` is refused on OSS (facts §5). */
  hideLogtoBranding: boolean;
  /** `autoDetect: false` = the browser's languages are ignored (facts §6). */
  languageInfo: { autoDetect: boolean; fallbackLanguage: string };
  termsOfUseUrl: string | null;
  privacyPolicyUrl: string | null;
  agreeToTermsPolicy: 'Automatic' | 'ManualRegistrationOnly' | 'Manual';
  signIn: {
    methods: {
      identifier: 'username' | 'email' | 'phone';
      password: boolean;
      verificationCode: boolean;
      isPasswordPrimary: boolean;
    }[];
  };
  signUp: { identifiers: string[]; password: boolean; verify: boolean };
  socialSignIn: Record<string, unknown>;
  signInMode: 'SignIn' | 'Register' | 'SignInAndRegister';
  /** The sign-in page's CSS (Logto's markup; the account center has its own `customCss`). */
  customCss: string | null;
  customContent: Record<string, string>;
  customUiAssets: { id: string; createdAt: number } | null;
  customUiCsp: Record<string, unknown>;
  passwordPolicy: PasswordPolicy;
  mfa: {
    factors: MfaFactor[];
    policy: MfaPolicy;
    organizationRequiredMfaPolicy?: 'NoPrompt' | 'Mandatory';
  };
  /** `{}` = off; the two `*Mandatory` prompt policies need `enabled: true` (facts §8). */
  adaptiveMfa: { enabled?: boolean };
  singleSignOnEnabled: boolean;
  supportEmail: string | null;
  supportWebsiteUrl: string | null;
  unknownSessionRedirectUrl: string | null;
  captchaPolicy: Record<string, unknown>;
  passkeySignIn: { enabled: boolean; showPasskeyButton?: boolean; allowAutofill?: boolean };
  /** `{ customBlocklist, blockSubaddressing }`; checked on new emails (§4.3, §6.6). */
  emailBlocklistPolicy: { customBlocklist?: string[]; blockSubaddressing?: boolean };
  sentinelPolicy: { maxAttempts: number; lockoutDuration: number };
  verificationCodePolicy: { expirationDuration: number; maxRetryAttempts: number };
  /** Custom profile fields asked at sign-up; `null` = the whole catalog (facts §3). */
  signUpProfileFields: { name: string }[] | null;
  passwordExpiration: Record<string, unknown>;
  usernamePolicy: UsernamePolicy;
  /** Trusted-device settings (dev features only; `{}` as recorded). */
  trustedDevice: Record<string, unknown>;
}

/** A user of the fake social provider behind one connector. */
export interface SocialProviderUser {
  id: string;
  name?: string;
  email?: string;
  phone?: string;
  avatar?: string;
}

/** A connector of the tenant (Email/SMS senders and social providers). */
export interface ConnectorState {
  id: string;
  type: 'Email' | 'Sms' | 'Social';
  /** Social target, e.g. `google`. */
  target: string;
  name: string;
  logo: string;
  /** Whether the connector stores provider tokens (§6.7 token endpoints). */
  tokenStorage: boolean;
  /** The fake provider's accounts (social only). */
  users: SocialProviderUser[];
}

/** A stored third-party token set (§6.7). */
export interface ProviderTokenSet {
  access_token: string;
  scope?: string;
  token_type?: string;
  /** Epoch ms; `undefined` = does not expire. */
  expiresAt?: number;
  refresh_token?: string;
}

/** One entry of the user's MFA verifications. */
export type MfaVerificationState =
  | { id: string; type: 'Totp'; createdAt: string; key: string }
  | {
      id: string;
      type: 'WebAuthn';
      createdAt: string;
      lastUsedAt?: string;
      rpId: string;
      credentialId: string;
      publicKey: string;
      counter: number;
      agent: string;
      transports: string[];
      name?: string;
    }
  | {
      id: string;
      type: 'BackupCode';
      createdAt: string;
      codes: { code: string; usedAt?: string }[];
    };

/** An OIDC session (§6.9). */
export interface SessionState {
  uid: string;
  jti: string;
  clientId: string | null;
  createdAt: number;
  expiresAt: number;
  loginTs: number;
  /** Client ids this session authorized, with their grant ids. */
  authorizations: Record<string, { sid?: string; grantId?: string; persistsLogout?: boolean }>;
  signInContext: { ip?: string; userAgent?: string; country?: string; city?: string };
}

/** An OIDC grant (one authorized application, §6.9). */
export interface GrantState {
  id: string;
  clientId: string;
  applicationName: string;
  firstParty: boolean;
  scope: string;
  createdAt: number;
  expiresAt: number;
}

/** A trusted device (dev feature, §6.10). */
export interface TrustedDeviceState {
  id: string;
  userAgent: string;
  country: string | null;
  city: string | null;
  createdAt: number;
  lastUsedAt: number;
  expiresAt: number;
}

/** A user of the tenant. */
export interface UserState {
  id: string;
  username: string | null;
  /** `sha256:<salt>:<hex>`; `null` = no password. */
  passwordHash: string | null;
  primaryEmail: string | null;
  primaryPhone: string | null;
  name: string | null;
  avatar: string | null;
  profile: Record<string, unknown>;
  customData: Record<string, unknown>;
  identities: Record<string, { userId: string; details?: Record<string, unknown> }>;
  /** Enterprise SSO identities (count for the last-identifier rule, never listed: §3.2). */
  ssoIdentities: { connectorId: string; issuer: string; identityId: string }[];
  mfaVerifications: MfaVerificationState[];
  logtoConfig: {
    mfa: {
      enabled?: boolean;
      skipped: boolean;
      skipMfaOnSignIn: boolean;
      additionalBindingSuggestionSkipped?: boolean;
    };
    passkeySignIn: { skipped: boolean };
  };
  sessions: SessionState[];
  grants: GrantState[];
  trustedDevices: TrustedDeviceState[];
  /** Provider tokens by social target / SSO connector id. */
  socialTokens: Record<string, ProviderTokenSet>;
  ssoTokens: Record<string, ProviderTokenSet>;
  applicationId: string | null;
  isSuspended: boolean;
  lastSignInAt: number | null;
  createdAt: number;
  updatedAt: number;
}

/** An access token minted by the simulator. */
export interface TokenState {
  userId: string | null;
  scopes: string[];
  clientId: string;
  thirdParty: boolean;
  /** Session backing the token (`isCurrent` in `/sessions`). */
  sessionId: string | null;
  /** Epoch ms; `null` = never. */
  expiresAt: number | null;
  revoked: boolean;
}

/** A sent verification code (stored in its record). */
export interface SentCode {
  code: string;
  createdAt: number;
  tries: number;
  consumed: boolean;
}

/** A verification record (§4). */
export type VerificationRecordState = {
  id: string;
  userId: string | null;
  createdAt: number;
  expiresAt: number;
} & (
  | { type: 'Password'; verified: boolean }
  | {
      type: 'EmailVerificationCode' | 'PhoneVerificationCode';
      identifier: { type: 'email' | 'phone'; value: string };
      templateType: 'UserPermissionValidation' | 'BindMfa' | 'BindNewIdentifier';
      verified: boolean;
      code: SentCode | null;
    }
  | {
      type: 'Social';
      connectorId: string;
      state: string;
      redirectUri: string;
      verified: boolean;
      socialUserInfo?: SocialProviderUser & { rawData?: Record<string, unknown> };
      tokenSet?: ProviderTokenSet;
    }
  | {
      type: 'WebAuthn';
      challenge: string;
      rpId: string;
      verified: boolean;
      registrationInfo?: {
        credentialId: string;
        publicKey: string;
        counter: number;
        transports: string[];
      };
    }
);

/** A message the fake Email/SMS connector "sent" (the dev inbox). */
export interface InboxMessage {
  channel: 'email' | 'sms';
  recipient: string;
  code: string;
  templateType: string;
  verificationRecordId: string;
  sentAt: number;
}

/** A tenant's custom phrases for one language (`PUT /api/custom-phrases/:tag`, facts §6). */
export interface CustomPhraseState {
  id: string;
  /** A partial translation, deep-merged over the built-in phrases (over `en` for other tags). */
  translation: Record<string, unknown>;
}

/** The whole simulated tenant. */
export interface TenantState {
  version: 1;
  devFeatures: boolean;
  accountCenter: AccountCenterSettings;
  signInExperience: SignInExperience;
  connectors: ConnectorState[];
  storageConfigured: boolean;
  /** `true` = the breached-password service is unreachable (§12: 500). */
  pwnedServiceUnreachable: boolean;
  users: UserState[];
  tokens: Record<string, TokenState>;
  verificationRecords: VerificationRecordState[];
  inbox: InboxMessage[];
  /** Successful sends per normalized recipient (epoch ms), for the §8.1 cap. */
  sends: Record<string, number[]>;
  /** Failed password/code attempts per sentinel target (epoch ms), §8.2. */
  failures: Record<string, number[]>;
  /** Authorization codes issued by the fake social provider. */
  socialCodes: Record<
    string,
    { connectorId: string; userId: string; redirectUri: string; state: string; issuedAt: number }
  >;
  /** Uploaded avatars: id → `{ type, base64 }`. */
  assets: Record<string, { type: string; base64: string }>;
  /** The Management API side (applications, M2M credentials, custom-field catalog). */
  management?: ManagementState;
  /** Custom phrases by language tag (`PUT /api/custom-phrases/:tag`), deep-merged over the built-in ones (facts §6). */
  customPhrases?: Record<string, CustomPhraseState>;
}
