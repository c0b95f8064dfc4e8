/** Response bodies shaped like Logto's (many copied from recorded-responses.json). */

export const recordedAccount = {
  id: 'wzuzdtsq173o',
  username: 'oracle_user',
  primaryEmail: 'oracle.user@example.com',
  primaryPhone: null,
  name: 'x',
  avatar: null,
  customData: {},
  identities: {},
  lastSignInAt: null,
  createdAt: 1795731914822,
  updatedAt: 1795731960739,
  profile: {},
  applicationId: null,
  cimdClientId: null,
  isSuspended: false,
  hasPassword: true,
  hasSecurityVerificationMethod: true,
};

export const recordCreated = {
  verificationRecordId: 'q1oqqz914qd0vr4vi6k80',
  expiresAt: '2026-11-26T22:36:01.036Z',
};

export const registrationOptions = {
  rp: { name: '127.0.0.1', id: '127.0.0.1' },
  user: { id: 'd3p1enRkdHNxMTcz', name: 'oracle_user', displayName: 'x' },
  challenge: 'x9Tz2c0xLQ',
  pubKeyCredParams: [
    { alg: -7, type: 'public-key' },
    { alg: -257, type: 'public-key' },
  ],
  timeout: 60000,
  attestation: 'none',
  excludeCredentials: [{ id: 'Y3JlZA', type: 'public-key', transports: ['internal'] }],
  authenticatorSelection: {
    residentKey: 'required',
    requireResidentKey: true,
    userVerification: 'required',
  },
  extensions: { credProps: true },
};

export const session = {
  payload: {
    exp: 1795818314,
    iat: 1795731914,
    jti: 'session-jti',
    uid: 'session-uid',
    kind: 'Session',
    loginTs: 1795731914,
    accountId: 'wzuzdtsq173o',
    authorizations: { app: { sid: 'sid', grantId: 'grant', persistsLogout: true } },
  },
  lastSubmission: {
    interactionEvent: 'SignIn',
    userId: 'wzuzdtsq173o',
    verificationRecords: [],
    signInContext: { ip: '127.0.0.1', userAgent: 'Vitest' },
  },
  clientId: 'app',
  accountId: 'wzuzdtsq173o',
  expiresAt: 1795818314000,
  isCurrent: true,
};

export const grant = {
  id: 'grant',
  payload: {
    exp: 1,
    iat: 0,
    jti: 'grant',
    kind: 'Grant',
    clientId: 'app',
    accountId: 'wzuzdtsq173o',
  },
  expiresAt: 1000,
  application: { id: 'app', name: 'My app' },
};

export const trustedDevice = {
  id: 'device',
  userAgent: 'Firefox',
  country: null,
  city: null,
  createdAt: 1,
  lastUsedAt: 2,
  expiresAt: 3,
  isCurrent: false,
};

export const accountCenterSettings = {
  tenantId: 'default',
  id: 'default',
  enabled: true,
  fields: { name: 'Edit', email: 'ReadOnly', mfa: 'Off' },
  webauthnRelatedOrigins: ['https://app.example.com'],
  deleteAccountUrl: null,
  customCss: null,
  profileFields: null,
};

export const signInExperience = {
  id: 'default',
  mfa: { factors: ['Totp', 'WebAuthn', 'BackupCode'], policy: 'UserControlled' },
  passkeySignIn: { enabled: false },
  passwordPolicy: {
    length: { min: 8, max: 256 },
    characterTypes: { min: 1 },
    rejects: { pwned: true },
  },
  socialConnectors: [
    { id: 'google', target: 'google', name: { en: 'Google' }, logo: 'https://logo' },
  ],
  signInMode: 'SignInAndRegister',
};

/** Logto's error body for a code (message text as in §7, English). */
export function logtoError(
  code: string,
  message = `Message for ${code}.`,
  extra: Record<string, unknown> = {},
) {
  return { code, message, ...extra };
}
