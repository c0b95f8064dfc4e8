/**
 * The Management API side of the simulated tenant: applications (with machine-to-machine
 * credentials), the custom-profile-field catalog and Management API tokens. Recorded from a
 * running Logto 1.42.0 server (`fixtures/logto-1.42/management/`).
 */

/** Application types of Logto 1.42. */
export type ApplicationType =
  'Native' | 'SPA' | 'Traditional' | 'MachineToMachine' | 'Protected' | 'SAML';

/** `oidcClientMetadata` of an application (replaced as a whole by PATCH). */
export interface OidcClientMetadata {
  redirectUris: string[];
  postLogoutRedirectUris: string[];
  backchannelLogoutUri?: string;
  backchannelLogoutSessionRequired?: boolean;
  logoUri?: string;
}

/** An application row as `GET /api/applications` lists it. */
export interface ApplicationRow {
  tenantId: string;
  id: string;
  name: string;
  description: string | null;
  type: ApplicationType;
  oidcClientMetadata: OidcClientMetadata;
  customClientMetadata: Record<string, unknown>;
  protectedAppMetadata: null;
  customData: Record<string, unknown>;
  isThirdParty: boolean;
  appLevelAccessControlEnabled: boolean;
  createdAt: number;
}

/** A row of the custom-profile-field catalog (facts §1). */
export interface CustomProfileFieldRow {
  tenantId: string;
  id: string;
  name: string;
  type:
    'Text' | 'Number' | 'Date' | 'Checkbox' | 'Select' | 'Url' | 'Regex' | 'Address' | 'Fullname';
  label: string;
  description: string | null;
  required: boolean;
  config: Record<string, unknown>;
  createdAt: number;
  sieOrder: number;
}

/** A Management API access token issued by `POST /oidc/token`. */
export interface ManagementTokenState {
  clientId: string;
  /** Granted scopes (`all` when the app holds the "Logto Management API access" role). */
  scopes: string[];
  expiresAt: number;
}

/** The Management API state kept in the tenant. */
export interface ManagementState {
  applications: ApplicationRow[];
  /** Client secrets of machine-to-machine apps, by app id. */
  secrets: Record<string, string>;
  /** App ids holding the "Logto Management API access" role (scope `all`). */
  managementRole: string[];
  customProfileFields: CustomProfileFieldRow[];
  /** `socialSignInConnectorTargets`; `null` = every social connector's target. */
  socialSignInConnectorTargets: string[] | null;
  /** `platform` of social connectors by connector id (default `Universal`). */
  socialPlatforms: Record<string, 'Web' | 'Native' | 'Universal'>;
  tokens: Record<string, ManagementTokenState>;
}

/** A machine-to-machine app to seed. */
export interface MachineToMachineSeed {
  id: string;
  secret: string;
  name?: string;
  description?: string | null;
  /** Holds the "Logto Management API access" role (scope `all`). Default `true`. */
  managementApiRole?: boolean;
}

/** An application (other than M2M) to seed. */
export interface ApplicationSeed {
  id: string;
  name?: string;
  description?: string | null;
  type?: Exclude<ApplicationType, 'MachineToMachine'>;
  redirectUris?: string[];
  postLogoutRedirectUris?: string[];
  corsAllowedOrigins?: string[];
}

/** A custom profile field to seed (stored as given: the simulator does not validate seeds). */
export type CustomProfileFieldSeed = Pick<CustomProfileFieldRow, 'name' | 'type'> &
  Partial<Omit<CustomProfileFieldRow, 'tenantId' | 'name' | 'type'>>;

/** Seed of the Management API side (`TenantSeed.management`). */
export interface ManagementSeed {
  /** Default: {@link DOCTOR_M2M_APP_ID} with the role and {@link DOCTOR_M2M_NO_ROLE_APP_ID} without. */
  machineToMachine?: MachineToMachineSeed[];
  /** Default: one SPA ({@link DEMO_SPA_APP_ID}) with `http://localhost:5173/callback`. */
  applications?: ApplicationSeed[];
  customProfileFields?: CustomProfileFieldSeed[];
  /** Default `null`: every social connector is in the sign-in experience. */
  socialSignInConnectorTargets?: string[] | null;
  /** `platform` per social connector id (default `Universal`). */
  socialPlatforms?: Record<string, 'Web' | 'Native' | 'Universal'>;
}

/** Id of the seeded M2M app holding the Management API role. */
export const DOCTOR_M2M_APP_ID = 'doctor-m2m';
/** Its client secret. */
export const DOCTOR_M2M_SECRET = 'doctor-m2m-secret';
/** Id of the seeded M2M app without the Management API role. */
export const DOCTOR_M2M_NO_ROLE_APP_ID = 'doctor-m2m-norole';
/** Its client secret. */
export const DOCTOR_M2M_NO_ROLE_SECRET = 'doctor-m2m-norole-secret';
/** Id of the seeded SPA. */
export const DEMO_SPA_APP_ID = 'account-center-spa';

/** Builds the Management API state from its seed. */
export function buildManagement(
  seed: ManagementSeed = {},
  tenantId: string,
  now: number,
): ManagementState {
  const m2m = seed.machineToMachine ?? [
    { id: DOCTOR_M2M_APP_ID, secret: DOCTOR_M2M_SECRET, name: 'account-center-doctor' },
    {
      id: DOCTOR_M2M_NO_ROLE_APP_ID,
      secret: DOCTOR_M2M_NO_ROLE_SECRET,
      name: 'no-management-role',
      managementApiRole: false,
    },
  ];
  const apps = seed.applications ?? [
    {
      id: DEMO_SPA_APP_ID,
      name: 'account-center-spa',
      type: 'SPA' as const,
      redirectUris: ['http://localhost:5173/callback'],
      postLogoutRedirectUris: ['http://localhost:5173'],
      corsAllowedOrigins: [],
    },
  ];
  const row = (
    id: string,
    name: string,
    type: ApplicationType,
    oidcClientMetadata: OidcClientMetadata,
    customClientMetadata: Record<string, unknown>,
    description: string | null = null,
  ): ApplicationRow => ({
    tenantId,
    id,
    name,
    description,
    type,
    oidcClientMetadata,
    customClientMetadata,
    protectedAppMetadata: null,
    customData: {},
    isThirdParty: false,
    appLevelAccessControlEnabled: false,
    createdAt: now,
  });
  return {
    applications: [
      ...apps.map((app) =>
        row(
          app.id,
          app.name ?? app.id,
          app.type ?? 'SPA',
          {
            redirectUris: [...(app.redirectUris ?? [])],
            postLogoutRedirectUris: [...(app.postLogoutRedirectUris ?? [])],
          },
          app.corsAllowedOrigins?.length ? { corsAllowedOrigins: [...app.corsAllowedOrigins] } : {},
          app.description ?? null,
        ),
      ),
      ...m2m.map((app) =>
        row(
          app.id,
          app.name ?? app.id,
          'MachineToMachine',
          { redirectUris: [], postLogoutRedirectUris: [] },
          {},
          app.description ?? null,
        ),
      ),
    ],
    secrets: Object.fromEntries(m2m.map((app) => [app.id, app.secret])),
    managementRole: m2m.filter((app) => app.managementApiRole ?? true).map((app) => app.id),
    customProfileFields: (seed.customProfileFields ?? []).map((field, index) => ({
      tenantId,
      id: field.id ?? `cpf${String(index + 1).padStart(9, '0')}`,
      label: '',
      description: null,
      required: false,
      config: {},
      createdAt: now,
      sieOrder: index + 1,
      ...structuredClone(field),
    })),
    socialSignInConnectorTargets: seed.socialSignInConnectorTargets ?? null,
    socialPlatforms: { ...seed.socialPlatforms },
    tokens: {},
  };
}
