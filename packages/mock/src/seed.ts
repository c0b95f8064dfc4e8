/**
 * Seeding: the realistic demo tenant (account center on, every field Edit, a user with a
 * password, an email, a Google identity, two sessions and one authorized app), Logto's real
 * default tenant, and options to shape users, settings, connectors and the fake providers.
 */

import { randomHex, randomId } from './ids.js';
import type { ManagementSeed } from './management/state.js';
import { buildManagement } from './management/state.js';
import { hashPassword } from './password.js';
import type {
  AccountCenterField,
  AccountCenterSettings,
  ConnectorState,
  FieldLevel,
  GrantState,
  MfaVerificationState,
  ProviderTokenSet,
  SessionState,
  SignInExperience,
  SocialConnectorPlatform,
  SocialProviderUser,
  TenantState,
  TrustedDeviceState,
  UserState,
  UsernamePolicy,
} from './types.js';

/** Tenant id used in account-center and sign-in-experience responses. */
export const TENANT_ID = 'default';
/** Id of the demo user (the default user of `mintToken`). */
export const DEMO_USER_ID = 'demouser0001';
/** The demo user's password. */
export const DEMO_PASSWORD = 'Analytical-Engine-1843';
/** The demo user's primary email. */
export const DEMO_EMAIL = 'ada@example.com';
/** Id of the second seeded user (owns `grace@example.com`, phone `15555550100`, username `grace_hopper`). */
export const OTHER_USER_ID = 'demouser0002';
/** TOTP secret of users seeded with `mfa: { totp: true }` (base32, 32 chars). */
export const DEMO_TOTP_SECRET = 'JFSSYXK2HQEBY6SHE4TSYFZRB57RY5LZ';
/** The simulated Email connector id. */
export const EMAIL_CONNECTOR_ID = 'mock-email';
/** The simulated SMS connector id. */
export const SMS_CONNECTOR_ID = 'mock-sms';
/** The fake Google connector id (target `google`). */
export const GOOGLE_CONNECTOR_ID = 'mock-google';
/** The fake GitHub connector id (target `github`). */
export const GITHUB_CONNECTOR_ID = 'mock-github';
/** Every OIDC scope the Account API knows (§0), `openid` included. */
export const ALL_SCOPES: readonly string[] = [
  'openid',
  'profile',
  'email',
  'phone',
  'address',
  'custom_data',
  'identities',
  'roles',
  'urn:logto:scope:organizations',
  'urn:logto:scope:organization_roles',
  'urn:logto:scope:sessions',
  'urn:logto:scope:trusted_devices',
];
/** The 12 generally available field keys (`trustedDevice` is dev-only). */
export const ACCOUNT_CENTER_FIELDS: readonly AccountCenterField[] = [
  'name',
  'avatar',
  'profile',
  'email',
  'phone',
  'password',
  'username',
  'social',
  'customData',
  'mfa',
  'passkey',
  'session',
];

/** A session to seed (everything optional). */
export interface SessionSeed {
  uid?: string;
  clientId?: string | null;
  userAgent?: string;
  ip?: string;
  country?: string;
  city?: string;
  /** Epoch ms of sign-in. */
  loginTs?: number;
  /** Client ids this session authorized (grants are linked by client id). */
  authorizedClientIds?: string[];
}

/** A grant (authorized application) to seed. */
export interface GrantSeed {
  id?: string;
  clientId: string;
  applicationName: string;
  firstParty?: boolean;
  scope?: string;
}

/** MFA to seed on a user. */
export interface MfaSeed {
  /** `true` = the TOTP secret {@link DEMO_TOTP_SECRET}; a string = that secret. */
  totp?: boolean | string;
  /** Ten unused backup codes (lower-case hex, 10 chars). */
  backupCodes?: string[];
  /** Stored WebAuthn credentials (not usable for sign-in; only listed/renamed/deleted). */
  webAuthn?: { name?: string; agent?: string; credentialId?: string }[];
}

/** A user to seed. */
export interface UserSeed {
  id?: string;
  username?: string | null;
  /** Plain password (hashed on seeding); `null` = no password. */
  password?: string | null;
  primaryEmail?: string | null;
  primaryPhone?: string | null;
  name?: string | null;
  avatar?: string | null;
  profile?: Record<string, unknown>;
  customData?: Record<string, unknown>;
  identities?: UserState['identities'];
  ssoIdentities?: UserState['ssoIdentities'];
  mfa?: MfaSeed;
  logtoConfig?: Partial<UserState['logtoConfig']>;
  /** Sessions (the first is the one minted tokens belong to by default). */
  sessions?: SessionSeed[];
  grants?: GrantSeed[];
  trustedDevices?: Partial<TrustedDeviceState>[];
  socialTokens?: Record<string, ProviderTokenSet>;
  ssoTokens?: Record<string, ProviderTokenSet>;
  applicationId?: string | null;
  isSuspended?: boolean;
  lastSignInAt?: number | null;
  createdAt?: number;
}

/** A social connector to seed. */
export interface SocialConnectorSeed {
  id: string;
  target: string;
  name: string;
  logo?: string;
  tokenStorage?: boolean;
  users?: SocialProviderUser[];
  /** `platform` in the sign-in experience (default `Universal`; `Native` = not for browsers). */
  platform?: SocialConnectorPlatform;
}

/** Everything that shapes a fresh tenant. */
export interface TenantSeed {
  /** `demo` (default): enabled, all Edit, MFA factors on. `logto-default`: Logto's real new tenant (disabled, all Off, no MFA factors). */
  preset?: 'demo' | 'logto-default';
  /** Dev features (trusted devices, §6.10). Default `false`. */
  devFeatures?: boolean;
  /** Overrides of the account-center settings; `fields` replaces the preset's wholesale. */
  accountCenter?: Partial<Omit<AccountCenterSettings, 'tenantId' | 'id'>>;
  /** Top-level overrides of the sign-in experience. */
  signInExperience?: Partial<Omit<SignInExperience, 'tenantId' | 'id'>>;
  /** Replaces the preset's users (the first one is the default token user). */
  users?: UserSeed[];
  /** Simulated Email connector present. Default `true` (`false` → `501 connector.not_found`). */
  emailConnector?: boolean;
  /** Simulated SMS connector present. Default `true`. */
  smsConnector?: boolean;
  /** Replaces the fake social connectors (Google and GitHub by default). */
  socialConnectors?: SocialConnectorSeed[];
  /** Adds/replaces the fake provider accounts per connector id. */
  socialUsers?: Record<string, SocialProviderUser[]>;
  /** Avatar storage configured (default `true`; `false` → `400 storage.not_configured`). */
  storageConfigured?: boolean;
  /** Breached-password service unreachable: password changes with `rejects.pwned` answer 500 (§12). */
  pwnedServiceUnreachable?: boolean;
  /** Management API side: M2M credentials (with/without the role), applications, custom fields. */
  management?: ManagementSeed;
}

/** Every field at one level (e.g. `allFields('ReadOnly')`). */
export function allFields(
  level: FieldLevel,
  devFeatures = false,
): Partial<Record<AccountCenterField, FieldLevel>> {
  const keys: AccountCenterField[] = devFeatures
    ? [...ACCOUNT_CENTER_FIELDS, 'trustedDevice']
    : [...ACCOUNT_CENTER_FIELDS];
  return Object.fromEntries(keys.map((key) => [key, level]));
}

/** The demo user: password, email, username, a Google identity, two sessions, one authorized app. */
export function demoUserSeed(): UserSeed {
  return {
    id: DEMO_USER_ID,
    username: 'ada_lovelace',
    password: DEMO_PASSWORD,
    primaryEmail: DEMO_EMAIL,
    primaryPhone: null,
    name: 'Ada Lovelace',
    avatar: null,
    profile: { givenName: 'Ada', familyName: 'Lovelace' },
    customData: {},
    identities: {
      google: {
        userId: 'google-ada-1815',
        details: {
          id: 'google-ada-1815',
          email: 'ada.lovelace@gmail.example',
          name: 'Ada Lovelace',
        },
      },
    },
    socialTokens: {
      google: {
        access_token: 'mock-google-access-token',
        scope: 'openid profile email',
        token_type: 'Bearer',
      },
    },
    sessions: [
      {
        uid: 'session-current-ada',
        clientId: 'account-center-demo',
        userAgent:
          'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36',
        ip: '203.0.113.10',
        country: 'GB',
        city: 'London',
        authorizedClientIds: ['account-center-demo', 'acme-notes'],
      },
      {
        uid: 'session-phone-ada',
        clientId: 'account-center-demo',
        userAgent:
          'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
        ip: '198.51.100.7',
        country: 'FR',
        city: 'Paris',
        authorizedClientIds: ['account-center-demo'],
      },
    ],
    grants: [
      {
        id: 'grant-acme-notes',
        clientId: 'acme-notes',
        applicationName: 'Acme Notes',
        firstParty: false,
        scope: 'openid profile email',
      },
    ],
  };
}

/** A second user, so uniqueness checks have something to collide with. */
export function otherUserSeed(): UserSeed {
  return {
    id: OTHER_USER_ID,
    username: 'grace_hopper',
    password: 'Cobol-Compiler-1959',
    primaryEmail: 'grace@example.com',
    primaryPhone: '15555550100',
    name: 'Grace Hopper',
    identities: {
      github: { userId: 'github-grace', details: { id: 'github-grace', name: 'Grace Hopper' } },
    },
  };
}

/** A user who signed up with Google only: no password, email, phone or username. */
export function socialOnlyUserSeed(): UserSeed {
  return {
    id: 'socialuser01',
    username: null,
    password: null,
    primaryEmail: null,
    primaryPhone: null,
    name: 'Sam Social',
    identities: {
      google: {
        userId: 'google-sam',
        details: { id: 'google-sam', email: 'sam@gmail.example', name: 'Sam Social' },
      },
    },
    sessions: [{ uid: 'session-current-sam', clientId: 'account-center-demo' }],
  };
}

/** A user with TOTP (secret {@link DEMO_TOTP_SECRET}) and ten backup codes. */
export function mfaUserSeed(): UserSeed {
  return {
    ...demoUserSeed(),
    id: 'mfauser00001',
    username: 'mfa_user',
    primaryEmail: 'mfa.user@example.com',
    identities: {},
    socialTokens: {},
    sessions: [{ uid: 'session-current-mfa', clientId: 'account-center-demo' }],
    grants: [],
    mfa: { totp: true, backupCodes: defaultBackupCodes() },
  };
}

/** Ten fixed backup codes for seeded MFA users. */
export function defaultBackupCodes(): string[] {
  return [
    '0a1b2c3d4e',
    '1b2c3d4e5f',
    '2c3d4e5f60',
    '3d4e5f6071',
    '4e5f607182',
    '5f60718293',
    '60718293a4',
    '718293a4b5',
    '8293a4b5c6',
    '93a4b5c6d7',
  ];
}

/** Logto's default password policy (§9). */
export function defaultPasswordPolicy(): SignInExperience['passwordPolicy'] {
  return {
    length: { min: 8, max: 256 },
    characterTypes: { min: 1 },
    rejects: { pwned: true, repetitionAndSequence: true, userInfo: true, words: [] },
  };
}

/** Builds the tenant state from a seed at time `now`. */
export function buildTenant(seed: TenantSeed = {}, now: number): TenantState {
  const preset = seed.preset ?? 'demo';
  const devFeatures = seed.devFeatures ?? false;
  const accountCenter = buildAccountCenter(preset, devFeatures, seed.accountCenter);
  const signInExperience: SignInExperience = {
    ...defaultSignInExperience(preset),
    ...seed.signInExperience,
  } as SignInExperience;
  const userSeeds = seed.users ?? [demoUserSeed(), otherUserSeed()];
  return {
    version: 1,
    devFeatures,
    accountCenter,
    signInExperience,
    connectors: buildConnectors(seed),
    storageConfigured: seed.storageConfigured ?? true,
    pwnedServiceUnreachable: seed.pwnedServiceUnreachable ?? false,
    users: userSeeds.map((userSeed) => buildUser(userSeed, now)),
    tokens: {},
    verificationRecords: [],
    inbox: [],
    sends: {},
    failures: {},
    socialCodes: {},
    assets: {},
    management: buildManagement(
      {
        ...seed.management,
        socialPlatforms: {
          ...Object.fromEntries(
            (seed.socialConnectors ?? [])
              .filter((connector) => connector.platform !== undefined)
              .map((connector) => [connector.id, connector.platform!]),
          ),
          ...seed.management?.socialPlatforms,
        },
      },
      TENANT_ID,
      now,
    ),
  };
}

function buildAccountCenter(
  preset: 'demo' | 'logto-default',
  devFeatures: boolean,
  overrides: TenantSeed['accountCenter'] = {},
): AccountCenterSettings {
  const fields = overrides.fields ?? (preset === 'demo' ? allFields('Edit', devFeatures) : {});
  return {
    tenantId: TENANT_ID,
    id: 'default',
    enabled: preset === 'demo',
    webauthnRelatedOrigins: [],
    deleteAccountUrl: null,
    customCss: null,
    profileFields: null,
    ...overrides,
    fields: devFeatures ? { ...fields } : withoutTrustedDevice(fields),
  };
}

/** Strips `trustedDevice` when dev features are off (§3.1). */
export function withoutTrustedDevice(
  fields: AccountCenterSettings['fields'],
): AccountCenterSettings['fields'] {
  const { trustedDevice: _dropped, ...rest } = fields;
  return rest;
}

function defaultSignInExperience(preset: 'demo' | 'logto-default'): SignInExperience {
  return {
    tenantId: TENANT_ID,
    id: 'default',
    color: { primaryColor: '#5D34F2', isDarkModeEnabled: false, darkPrimaryColor: '#AB9AF7' },
    branding: {},
    hideLogtoBranding: false,
    languageInfo: { autoDetect: true, fallbackLanguage: 'en' },
    termsOfUseUrl: null,
    privacyPolicyUrl: null,
    agreeToTermsPolicy: 'Automatic',
    signIn: {
      methods: [
        {
          identifier: 'username',
          password: true,
          verificationCode: false,
          isPasswordPrimary: true,
        },
        { identifier: 'email', password: true, verificationCode: true, isPasswordPrimary: true },
      ],
    },
    signUp: { identifiers: ['username'], password: true, verify: false },
    socialSignIn: {},
    signInMode: 'SignInAndRegister',
    customCss: null,
    customContent: {},
    customUiAssets: null,
    customUiCsp: {},
    passwordPolicy: defaultPasswordPolicy(),
    mfa:
      preset === 'demo'
        ? { factors: ['Totp', 'WebAuthn', 'BackupCode'], policy: 'UserControlled' }
        : { factors: [], policy: 'UserControlled' },
    adaptiveMfa: {},
    singleSignOnEnabled: false,
    supportEmail: null,
    supportWebsiteUrl: null,
    unknownSessionRedirectUrl: null,
    captchaPolicy: {},
    passkeySignIn: { enabled: false },
    emailBlocklistPolicy: {},
    sentinelPolicy: { maxAttempts: 100, lockoutDuration: 60 },
    verificationCodePolicy: { expirationDuration: 600, maxRetryAttempts: 10 },
    signUpProfileFields: null,
    passwordExpiration: {},
    usernamePolicy: defaultUsernamePolicy(),
    trustedDevice: {},
  };
}

/** Logto's default username policy (facts §7): case-sensitive, 1..128, every character class. */
export function defaultUsernamePolicy(): UsernamePolicy {
  return {
    caseSensitive: true,
    minLength: 1,
    maxLength: 128,
    allowedChars: { lowercase: true, uppercase: true, numbers: true, underscore: true },
  };
}

/** Default fake social connectors: Google (token storage on) and GitHub. */
export function defaultSocialConnectors(): SocialConnectorSeed[] {
  return [
    {
      id: GOOGLE_CONNECTOR_ID,
      target: 'google',
      name: 'Google',
      tokenStorage: true,
      users: [
        { id: 'google-ada-1815', name: 'Ada Lovelace', email: 'ada.lovelace@gmail.example' },
        { id: 'google-alan-1912', name: 'Alan Turing', email: 'alan.turing@gmail.example' },
      ],
    },
    {
      id: GITHUB_CONNECTOR_ID,
      target: 'github',
      name: 'GitHub',
      users: [
        { id: 'github-ada', name: 'Ada Lovelace', email: 'ada@users.noreply.github.example' },
        { id: 'github-grace', name: 'Grace Hopper' },
      ],
    },
  ];
}

function buildConnectors(seed: TenantSeed): ConnectorState[] {
  const connectors: ConnectorState[] = [];
  if (seed.emailConnector ?? true) {
    connectors.push({
      id: EMAIL_CONNECTOR_ID,
      type: 'Email',
      target: 'mock-email',
      name: 'Mock Email',
      logo: '',
      tokenStorage: false,
      users: [],
    });
  }
  if (seed.smsConnector ?? true) {
    connectors.push({
      id: SMS_CONNECTOR_ID,
      type: 'Sms',
      target: 'mock-sms',
      name: 'Mock SMS',
      logo: '',
      tokenStorage: false,
      users: [],
    });
  }
  for (const social of seed.socialConnectors ?? defaultSocialConnectors()) {
    connectors.push(buildSocialConnector(social));
  }
  for (const [connectorId, users] of Object.entries(seed.socialUsers ?? {})) {
    const connector = connectors.find((candidate) => candidate.id === connectorId);
    if (connector) connector.users = users.map((user) => ({ ...user }));
  }
  return connectors;
}

/** A social connector row from its seed. */
export function buildSocialConnector(social: SocialConnectorSeed): ConnectorState {
  return {
    id: social.id,
    type: 'Social',
    target: social.target,
    name: social.name,
    logo: social.logo ?? '',
    tokenStorage: social.tokenStorage ?? false,
    users: (social.users ?? []).map((user) => ({ ...user })),
  };
}

/** A user row from its seed. */
export function buildUser(seed: UserSeed, now: number): UserState {
  const createdAt = seed.createdAt ?? now - 30 * 24 * 3600 * 1000;
  const id = seed.id ?? randomId(12);
  const user: UserState = {
    id,
    username: seed.username ?? null,
    passwordHash: seed.password ? hashPassword(seed.password) : null,
    primaryEmail: seed.primaryEmail ?? null,
    primaryPhone: seed.primaryPhone ?? null,
    name: seed.name ?? null,
    avatar: seed.avatar ?? null,
    profile: { ...seed.profile },
    customData: { ...seed.customData },
    identities: structuredClone(seed.identities ?? {}),
    ssoIdentities: structuredClone(seed.ssoIdentities ?? []),
    mfaVerifications: buildMfa(seed.mfa, now),
    logtoConfig: {
      mfa: { skipped: false, skipMfaOnSignIn: false, ...seed.logtoConfig?.mfa },
      passkeySignIn: { skipped: false, ...seed.logtoConfig?.passkeySignIn },
    },
    sessions: [],
    grants: (seed.grants ?? []).map((grant) => buildGrant(grant, now)),
    trustedDevices: (seed.trustedDevices ?? []).map((device) => ({
      id: device.id ?? randomId(),
      userAgent: device.userAgent ?? 'Mozilla/5.0',
      country: device.country ?? null,
      city: device.city ?? null,
      createdAt: device.createdAt ?? now - 86_400_000,
      lastUsedAt: device.lastUsedAt ?? now - 3_600_000,
      expiresAt: device.expiresAt ?? now + 30 * 86_400_000,
    })),
    socialTokens: structuredClone(seed.socialTokens ?? {}),
    ssoTokens: structuredClone(seed.ssoTokens ?? {}),
    applicationId: seed.applicationId ?? null,
    isSuspended: seed.isSuspended ?? false,
    lastSignInAt: seed.lastSignInAt === undefined ? now - 3_600_000 : seed.lastSignInAt,
    createdAt,
    updatedAt: createdAt,
  };
  user.sessions = (seed.sessions ?? []).map((session, index) =>
    buildSession(session, user, now - index * 86_400_000),
  );
  if (user.mfaVerifications.length > 0 && user.logtoConfig.mfa.enabled === undefined)
    user.logtoConfig.mfa.enabled = true;
  return user;
}

function buildMfa(seed: MfaSeed | undefined, now: number): MfaVerificationState[] {
  const entries: MfaVerificationState[] = [];
  const createdAt = new Date(now - 7 * 86_400_000).toISOString();
  if (seed?.totp) {
    entries.push({
      id: randomId(),
      type: 'Totp',
      createdAt,
      key: typeof seed.totp === 'string' ? seed.totp : DEMO_TOTP_SECRET,
    });
  }
  for (const passkey of seed?.webAuthn ?? []) {
    entries.push({
      id: randomId(),
      type: 'WebAuthn',
      createdAt,
      rpId: 'localhost',
      credentialId: passkey.credentialId ?? randomHex(16),
      publicKey: '',
      counter: 0,
      agent: passkey.agent ?? 'Mozilla/5.0',
      transports: ['internal'],
      ...(passkey.name === undefined ? {} : { name: passkey.name }),
    });
  }
  if (seed?.backupCodes) {
    entries.push({
      id: randomId(),
      type: 'BackupCode',
      createdAt,
      codes: seed.backupCodes.map((code) => ({ code })),
    });
  }
  return entries;
}

function buildGrant(seed: GrantSeed, now: number): GrantState {
  return {
    id: seed.id ?? randomId(),
    clientId: seed.clientId,
    applicationName: seed.applicationName,
    firstParty: seed.firstParty ?? true,
    scope: seed.scope ?? 'openid profile',
    createdAt: now - 3 * 86_400_000,
    expiresAt: now + 11 * 86_400_000,
  };
}

function buildSession(seed: SessionSeed, user: UserState, loginTs: number): SessionState {
  const login = seed.loginTs ?? loginTs;
  const authorizations: SessionState['authorizations'] = {};
  for (const clientId of seed.authorizedClientIds ?? (seed.clientId ? [seed.clientId] : [])) {
    const grant = user.grants.find((candidate) => candidate.clientId === clientId);
    authorizations[clientId] = {
      sid: randomId(),
      persistsLogout: false,
      ...(grant ? { grantId: grant.id } : {}),
    };
  }
  return {
    uid: seed.uid ?? randomId(),
    jti: randomId(),
    clientId: seed.clientId ?? null,
    createdAt: login,
    loginTs: login,
    expiresAt: login + 14 * 86_400_000,
    authorizations,
    signInContext: {
      ...(seed.ip === undefined ? {} : { ip: seed.ip }),
      ...(seed.userAgent === undefined ? {} : { userAgent: seed.userAgent }),
      ...(seed.country === undefined ? {} : { country: seed.country }),
      ...(seed.city === undefined ? {} : { city: seed.city }),
    },
  };
}
