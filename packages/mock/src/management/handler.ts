/**
 * The Management API routes a tenant doctor uses, answering like a Logto 1.42.0 server (recorded
 * in `fixtures/logto-1.42/management/`): the client-credentials token, account-center settings,
 * sign-in experience, connectors, applications and the custom-profile-field catalog. Writes go
 * through the same admin controls tests use, so the Account API sees them at once.
 */

import type { AccountCenterPatch, AdminControls } from '../admin.js';
import { jsonResponse } from '../http.js';
import { randomId } from '../ids.js';
import { matchPath } from '../router.js';
import { ACCOUNT_CENTER_FIELDS } from '../seed.js';
import { accountCenterView, signInExperienceView } from '../routes/public.js';
import type { AccountCenterSettings, MfaFactor, SignInExperience, TenantState } from '../types.js';
import type { ApplicationRow, ApplicationType, ManagementState } from './state.js';
import { buildManagement } from './state.js';

/** What the handler needs from the simulator. */
export interface ManagementContext {
  tenant: TenantState & { management?: ManagementState };
  admin: AdminControls;
  now: () => number;
}

const TOKEN_LIFETIME_SECONDS = 3600;
const FIELD_LEVELS = ['Off', 'ReadOnly', 'Edit'];
const FIELD_KEYS: readonly string[] = [...ACCOUNT_CENTER_FIELDS, 'trustedDevice'];
const MFA_FACTORS: MfaFactor[] = [
  'Totp',
  'WebAuthn',
  'BackupCode',
  'EmailVerificationCode',
  'PhoneVerificationCode',
];
const MFA_POLICIES = [
  'UserControlled',
  'Mandatory',
  'PromptOnlyAtSignIn',
  'PromptAtSignInAndSignUp',
  'NoPrompt',
  'PromptAtSignInAndSignUpMandatory',
  'PromptOnlyAtSignInMandatory',
];
const APPLICATION_TYPES: ApplicationType[] = [
  'Native',
  'SPA',
  'Traditional',
  'MachineToMachine',
  'Protected',
  'SAML',
];

/** The Management API resource indicator of a tenant. */
export function managementApiResource(tenantId: string): string {
  return `https://${tenantId}.logto.app/api`;
}

class ManagementError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(String(body.code ?? body.error));
  }
}

function fail(status: number, code: string, message: string, data?: unknown): never {
  throw new ManagementError(status, { code, ...(data === undefined ? {} : { data }), message });
}

/** A zod-style `guard.invalid_input` (400), like Logto's koa-guard. */
function invalid(path: (string | number)[], issueCode: string, message: string): never {
  throw new ManagementError(400, {
    code: 'guard.invalid_input',
    data: { issues: [{ code: issueCode, path, message }], name: 'ZodError' },
    details: `Error in key path "${path.join('.')}": (${issueCode}) ${message}`,
    message: 'The request body is invalid.',
  });
}

function oidcError(status: number, error: string, description: string, code?: string): never {
  const messages: Record<string, string> = {
    invalid_request: 'Request is invalid.',
    invalid_target: 'Invalid resource indicator.',
    unsupported_grant_type: 'Unsupported `grant_type` requested.',
  };
  throw new ManagementError(
    status,
    {
      code: code ?? `oidc.${error}`,
      message: messages[error] ?? `An OIDC error occurred: oidc.${error}.`,
      error,
      error_description: description,
    },
    { 'cache-control': 'no-store' },
  );
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function stateOf(context: ManagementContext): ManagementState {
  context.tenant.management ??= buildManagement(
    {},
    context.tenant.accountCenter.tenantId,
    context.now(),
  );
  return context.tenant.management;
}

// ---------------------------------------------------------------------------------------------
// Token endpoint

async function issueToken(request: Request, context: ManagementContext): Promise<Response> {
  const type = request.headers.get('content-type') ?? '';
  const text = await request.text();
  let params: URLSearchParams;
  if (/^application\/x-www-form-urlencoded\b/i.test(type)) params = new URLSearchParams(text);
  else if (/^application\/json\b/i.test(type)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text || '{}');
    } catch {
      oidcError(400, 'invalid_request', 'failed to parse the request body');
    }
    params = new URLSearchParams(
      Object.entries(isObject(parsed) ? parsed : {}).map(([key, value]) => [key, String(value)]),
    );
  } else {
    oidcError(
      400,
      'invalid_request',
      'only application/x-www-form-urlencoded content-type bodies are supported on POST /token',
    );
  }
  const grantType = params.get('grant_type');
  if (!grantType) oidcError(400, 'invalid_request', "missing required parameter 'grant_type'");

  const management = stateOf(context);
  let clientId = params.get('client_id');
  let secret = params.get('client_secret');
  const authorization = request.headers.get('authorization');
  const basic = authorization?.startsWith('Basic ');
  if (basic) {
    const decoded = atob(authorization!.slice('Basic '.length).trim());
    const colon = decoded.indexOf(':');
    clientId = decodeURIComponent(decoded.slice(0, colon));
    secret = decodeURIComponent(decoded.slice(colon + 1));
  }
  if (!clientId) oidcError(400, 'invalid_request', 'no client authentication mechanism provided');
  const expected = management.secrets[clientId];
  if (expected === undefined) oidcError(400, 'invalid_client', `invalid client ${clientId}`);
  if (secret !== expected) {
    const headers: Record<string, string> = basic
      ? {
          'www-authenticate': `Basic realm="${new URL(request.url).origin}/oidc", error="invalid_client", error_description="client authentication failed"`,
        }
      : {};
    throw new ManagementError(
      401,
      {
        code: 'oidc.invalid_client',
        message: 'An OIDC error occurred: oidc.invalid_client.',
        error: 'invalid_client',
        error_description: 'client authentication failed',
      },
      { 'cache-control': 'no-store', ...headers },
    );
  }
  if (grantType !== 'client_credentials')
    oidcError(400, 'unsupported_grant_type', 'unsupported grant_type requested');
  const resource = params.get('resource');
  if (!resource)
    oidcError(400, 'invalid_target', 'both `resource` and `organization_id` are not provided');
  if (resource !== managementApiResource(context.tenant.accountCenter.tenantId))
    oidcError(400, 'invalid_target', 'resource indicator is missing, or unknown');
  const granted = management.managementRole.includes(clientId) ? ['all'] : [];
  const requested = (params.get('scope') ?? '').split(' ').filter(Boolean);
  const scopes = requested.filter((scope) => granted.includes(scope));
  const token = `mock_mapi_${randomId(32)}`;
  management.tokens[token] = {
    clientId,
    scopes,
    expiresAt: context.now() + TOKEN_LIFETIME_SECONDS * 1000,
  };
  return jsonResponse(
    200,
    {
      access_token: token,
      expires_in: TOKEN_LIFETIME_SECONDS,
      token_type: 'Bearer',
      ...(scopes.length ? { scope: scopes.join(' ') } : {}),
    },
    { 'cache-control': 'no-store' },
  );
}

function authenticate(request: Request, context: ManagementContext): void {
  const authorization = request.headers.get('authorization');
  if (!authorization)
    fail(401, 'auth.authorization_header_missing', 'Authorization header is missing.');
  if (!authorization.startsWith('Bearer'))
    fail(
      401,
      'auth.authorization_token_type_not_supported',
      'Authorization type is not supported.',
      {
        supportedTypes: ['Bearer'],
      },
    );
  const token = stateOf(context).tokens[authorization.slice('Bearer'.length).trim()];
  if (!token)
    fail(401, 'auth.unauthorized', 'Unauthorized. Please check credentials and its scope.', {
      code: 'ERR_JWS_INVALID',
      name: 'JWSInvalid',
    });
  if (token.expiresAt <= context.now())
    fail(401, 'auth.unauthorized', 'Unauthorized. Please check credentials and its scope.', {
      code: 'ERR_JWT_EXPIRED',
      name: 'JWTExpired',
    });
  if (!token.scopes.includes('all'))
    fail(403, 'auth.forbidden', 'Forbidden. Please check your user roles and permissions.');
}

// ---------------------------------------------------------------------------------------------
// Account center

function patchAccountCenter(body: unknown, context: ManagementContext): Response {
  if (!isObject(body)) invalid([], 'invalid_type', 'Expected object');
  const patch: AccountCenterPatch = {};
  if ('enabled' in body) {
    if (typeof body.enabled !== 'boolean')
      invalid(['enabled'], 'invalid_type', 'Expected boolean, received ' + typeof body.enabled);
    patch.enabled = body.enabled;
  }
  if ('fields' in body) {
    if (!isObject(body.fields)) invalid(['fields'], 'invalid_type', 'Expected object');
    const fields: AccountCenterSettings['fields'] = {};
    for (const [key, level] of Object.entries(body.fields)) {
      if (!FIELD_KEYS.includes(key)) continue; // unknown keys are stripped
      if (typeof level !== 'string' || !FIELD_LEVELS.includes(level))
        invalid(
          ['fields', key],
          'invalid_enum_value',
          `Invalid enum value. Expected 'Off' | 'ReadOnly' | 'Edit', received '${String(level)}'`,
        );
      fields[key as keyof AccountCenterSettings['fields']] = level as 'Off';
    }
    patch.fields = fields;
  }
  if ('webauthnRelatedOrigins' in body) {
    const origins = body.webauthnRelatedOrigins;
    if (!Array.isArray(origins))
      invalid(['webauthnRelatedOrigins'], 'invalid_type', 'Expected array');
    origins.forEach((origin, index) => {
      if (typeof origin !== 'string')
        invalid(['webauthnRelatedOrigins', index], 'invalid_type', 'Expected string');
    });
    patch.webauthnRelatedOrigins = origins as string[];
  }
  if ('deleteAccountUrl' in body) {
    const url = body.deleteAccountUrl;
    if (url !== null && typeof url !== 'string')
      invalid(['deleteAccountUrl'], 'invalid_type', 'Expected string');
    if (typeof url === 'string' && url.length > 2048)
      invalid(['deleteAccountUrl'], 'too_big', 'String must contain at most 2048 character(s)');
    if (typeof url === 'string' && url !== '' && !/^https?:\/\/[^\s]+$/i.test(url))
      invalid(['deleteAccountUrl'], 'custom', 'deleteAccountUrl must be a valid http(s) URL');
    patch.deleteAccountUrl = url;
  }
  if ('customCss' in body) {
    if (body.customCss !== null && typeof body.customCss !== 'string')
      invalid(['customCss'], 'invalid_type', 'Expected string');
    patch.customCss = body.customCss;
  }
  if ('profileFields' in body) {
    const list = body.profileFields;
    if (list !== null) {
      if (!Array.isArray(list)) invalid(['profileFields'], 'invalid_type', 'Expected array');
      const names = list.map((item: unknown, index) => {
        if (!isObject(item) || typeof item.name !== 'string')
          invalid(['profileFields', index, 'name'], 'invalid_type', 'Required');
        return item.name;
      });
      const duplicates = [...new Set(names.filter((name, index) => names.indexOf(name) !== index))];
      if (duplicates.length)
        fail(
          400,
          'request.invalid_input',
          `Input is invalid. Duplicate profile field names: ${duplicates.join(', ')}`,
          { duplicateNames: duplicates },
        );
      // Names not in the catalog are silently dropped (facts §3).
      const catalog = new Set(stateOf(context).customProfileFields.map((field) => field.name));
      patch.profileFields = names.filter((name) => catalog.has(name)).map((name) => ({ name }));
    } else patch.profileFields = null;
  }
  if (Object.keys(patch).length === 0)
    fail(422, 'entity.invalid_input', 'Invalid input. Value list must not be empty.');
  context.admin.updateAccountCenter(patch);
  return jsonResponse(200, accountCenterView(context.tenant));
}

// ---------------------------------------------------------------------------------------------
// Sign-in experience

function socialTargets(context: ManagementContext): string[] {
  const stored = stateOf(context).socialSignInConnectorTargets;
  if (stored) return [...stored];
  return [
    ...new Set(
      context.tenant.connectors
        .filter((connector) => connector.type === 'Social')
        .map((connector) => connector.target),
    ),
  ];
}

function signInExperienceRow(context: ManagementContext): Record<string, unknown> {
  const { usernamePolicy, caseSensitiveUsername, ...rest } = structuredClone(
    context.tenant.signInExperience,
  );
  return {
    ...rest,
    socialSignInConnectorTargets: socialTargets(context),
    adaptiveMfa: { ...(stateOf(context).adaptiveMfa ?? {}) },
    signUpProfileFields: null,
    usernamePolicy: {
      caseSensitive: caseSensitiveUsername,
      minLength: usernamePolicy.minLength,
      maxLength: usernamePolicy.maxLength,
      allowedChars: {
        lowercase: usernamePolicy.allowLowercase,
        uppercase: usernamePolicy.allowUppercase,
        numbers: usernamePolicy.allowNumbers,
        underscore: usernamePolicy.allowUnderscore,
      },
    },
  };
}

function passwordPolicyFrom(value: unknown): SignInExperience['passwordPolicy'] {
  if (!isObject(value)) invalid(['passwordPolicy'], 'invalid_type', 'Expected object');
  const length = isObject(value.length) ? value.length : {};
  const types = isObject(value.characterTypes) ? value.characterTypes : {};
  const rejects = isObject(value.rejects) ? value.rejects : {};
  for (const key of ['pwned', 'repetitionAndSequence', 'userInfo'] as const) {
    if (key in rejects && typeof rejects[key] !== 'boolean')
      invalid(['passwordPolicy', 'rejects', key], 'invalid_type', 'Expected boolean');
  }
  if ('min' in length && (typeof length.min !== 'number' || length.min < 1))
    invalid(
      ['passwordPolicy', 'length', 'min'],
      'too_small',
      'Number must be greater than or equal to 1',
    );
  // Parts left out mean Logto's defaults (length 8..256, one character type, every reject on).
  return {
    length: {
      min: typeof length.min === 'number' ? length.min : 8,
      max: typeof length.max === 'number' ? length.max : 256,
    },
    characterTypes: { min: typeof types.min === 'number' ? types.min : 1 },
    rejects: {
      pwned: typeof rejects.pwned === 'boolean' ? rejects.pwned : true,
      repetitionAndSequence:
        typeof rejects.repetitionAndSequence === 'boolean' ? rejects.repetitionAndSequence : true,
      userInfo: typeof rejects.userInfo === 'boolean' ? rejects.userInfo : true,
      words: Array.isArray(rejects.words) ? rejects.words.map(String) : [],
    },
  };
}

function mfaFrom(value: unknown): SignInExperience['mfa'] {
  if (!isObject(value)) invalid(['mfa'], 'invalid_type', 'Expected object');
  if (!Array.isArray(value.factors)) invalid(['mfa', 'factors'], 'invalid_type', 'Required');
  value.factors.forEach((factor, index) => {
    if (!MFA_FACTORS.includes(factor as MfaFactor))
      invalid(['mfa', 'factors', index], 'invalid_enum_value', 'Invalid enum value.');
  });
  if (typeof value.policy !== 'string' || !MFA_POLICIES.includes(value.policy))
    invalid(['mfa', 'policy'], 'invalid_enum_value', 'Invalid enum value.');
  const factors = value.factors as MfaFactor[];
  if (new Set(factors).size !== factors.length)
    fail(400, 'sign_in_experiences.duplicated_mfa_factors', 'Duplicated MFA factors.');
  if (factors.length === 1 && factors[0] === 'BackupCode')
    fail(
      400,
      'sign_in_experiences.backup_code_cannot_be_enabled_alone',
      'Backup code cannot be enabled alone.',
    );
  return { factors: [...factors], policy: value.policy };
}

const NON_SKIPPABLE = ['PromptAtSignInAndSignUpMandatory', 'PromptOnlyAtSignInMandatory'];

/** The adaptive-MFA rules, checked on the state the PATCH would leave (recorded). */
function checkAdaptiveMfa(mfa: SignInExperience['mfa'], adaptive: boolean): void {
  const nonSkippable = NON_SKIPPABLE.includes(mfa.policy);
  if (adaptive) {
    if (mfa.factors.length === 0)
      fail(
        422,
        'sign_in_experiences.adaptive_mfa_requires_mfa',
        'MFA must be enabled before enabling adaptive MFA.',
      );
    if (!nonSkippable)
      fail(
        422,
        'sign_in_experiences.adaptive_mfa_requires_non_skippable_policy',
        'Adaptive MFA requires a non-skippable MFA prompt policy. Use PromptOnlyAtSignInMandatory or PromptAtSignInAndSignUpMandatory.',
      );
  } else if (nonSkippable && mfa.factors.length > 0) {
    fail(
      422,
      'sign_in_experiences.non_adaptive_mfa_requires_skippable_policy',
      'When adaptive MFA is disabled, MFA prompt policy must be skippable. Do not use PromptOnlyAtSignInMandatory or PromptAtSignInAndSignUpMandatory.',
    );
  }
}

function patchSignInExperience(body: unknown, context: ManagementContext): Response {
  if (!isObject(body)) invalid([], 'invalid_type', 'Expected object');
  const { tenantId: _tenantId, id: _id, usernamePolicy: _username, ...rest } = body;
  const patch: Record<string, unknown> = {};
  let adaptiveMfa: { enabled?: boolean } | undefined;
  for (const [key, value] of Object.entries(rest)) {
    if (key === 'passwordPolicy') patch.passwordPolicy = passwordPolicyFrom(value);
    else if (key === 'mfa') patch.mfa = mfaFrom(value);
    else if (key === 'adaptiveMfa') {
      if (!isObject(value) || ('enabled' in value && typeof value.enabled !== 'boolean'))
        invalid(['adaptiveMfa'], 'invalid_type', 'Expected object');
      adaptiveMfa = { ...value } as { enabled?: boolean };
    } else if (key === 'socialSignInConnectorTargets') {
      if (!Array.isArray(value) || value.some((target) => typeof target !== 'string'))
        invalid(['socialSignInConnectorTargets'], 'invalid_type', 'Expected array');
      stateOf(context).socialSignInConnectorTargets = [...new Set(value as string[])];
    } else if (key in context.tenant.signInExperience) patch[key] = value;
  }
  checkAdaptiveMfa(
    (patch.mfa as SignInExperience['mfa'] | undefined) ?? context.tenant.signInExperience.mfa,
    (adaptiveMfa ?? stateOf(context).adaptiveMfa).enabled === true,
  );
  if (adaptiveMfa) stateOf(context).adaptiveMfa = adaptiveMfa;
  if (Object.keys(patch).length)
    context.admin.updateSignInExperience(patch as Partial<SignInExperience>);
  return jsonResponse(200, signInExperienceRow(context));
}

// ---------------------------------------------------------------------------------------------
// Connectors, applications, custom profile fields

function connectorRow(
  connector: TenantState['connectors'][number],
  context: ManagementContext,
): Record<string, unknown> {
  const social = connector.type === 'Social';
  return {
    id: connector.id,
    syncProfile: false,
    enableTokenStorage: connector.tokenStorage,
    config: {},
    metadata: {},
    connectorId: social ? `${connector.target}-universal` : `simulated-${connector.target}`,
    target: connector.target,
    name: { en: connector.name },
    description: { en: `${connector.name} (simulated)` },
    logo: connector.logo,
    logoDark: null,
    readme: '',
    configTemplate: '',
    platform: social ? (stateOf(context).socialPlatforms[connector.id] ?? 'Universal') : null,
    ...(social ? { isTokenStorageSupported: true } : {}),
    type: connector.type,
    isDemo: false,
    extraInfo: {},
  };
}

function notFoundApplication(id: string): never {
  fail(404, 'entity.not_exists_with_id', `The applications with ID \`${id}\` does not exist.`);
}

function listApplications(url: URL, context: ManagementContext): Response {
  const query = url.searchParams;
  const types = query.getAll('types');
  types.forEach((type) => {
    if (!APPLICATION_TYPES.includes(type as ApplicationType))
      throw new ManagementError(400, {
        code: 'guard.invalid_input',
        data: {
          issues: [{ code: 'invalid_union', path: ['types'], message: 'Invalid input' }],
          name: 'ZodError',
        },
        details: 'Error in key path "types": (invalid_union) Invalid input',
        message: 'The request query is invalid.',
      });
  });
  const rows = stateOf(context).applications.filter(
    (app) => types.length === 0 || types.includes(app.type),
  );
  if (!query.has('page') && !query.has('page_size')) return jsonResponse(200, rows);
  const page = Number(query.get('page') ?? '1');
  const pageSize = Number(query.get('page_size') ?? '20');
  if (
    !Number.isInteger(page) ||
    page < 1 ||
    !Number.isInteger(pageSize) ||
    pageSize < 1 ||
    pageSize > 100
  )
    fail(400, 'guard.invalid_pagination', 'The request pagination value is invalid.');
  return jsonResponse(200, rows.slice((page - 1) * pageSize, page * pageSize), {
    'total-number': String(rows.length),
  });
}

function validRedirectUri(uri: unknown): boolean {
  if (typeof uri !== 'string') return false;
  if (/^https?:/i.test(uri)) {
    // Logto rejects http(s) URIs that do not survive URL normalization (dot segments, no host).
    if (/\/\.\.?(\/|$)/.test(uri)) return false;
    try {
      return Boolean(new URL(uri).host);
    } catch {
      return false;
    }
  }
  // Any other `scheme:` passes the native custom-scheme check, even for a SPA (recorded).
  return /^[a-z][\d+.a-z-]*:\S+$/i.test(uri);
}

function patchApplication(id: string, body: unknown, context: ManagementContext): Response {
  const app = stateOf(context).applications.find((candidate) => candidate.id === id);
  if (!app) notFoundApplication(id);
  if (!isObject(body)) invalid([], 'invalid_type', 'Expected object');
  const next: ApplicationRow = structuredClone(app);
  if ('name' in body) {
    if (typeof body.name !== 'string') invalid(['name'], 'invalid_type', 'Expected string');
    next.name = body.name;
  }
  if ('description' in body) {
    if (body.description !== null && typeof body.description !== 'string')
      invalid(['description'], 'invalid_type', 'Expected string');
    next.description = body.description;
  }
  if ('oidcClientMetadata' in body) {
    // Validated and stored as a whole object: both lists are required, other keys are dropped.
    const metadata = body.oidcClientMetadata;
    if (!isObject(metadata)) invalid(['oidcClientMetadata'], 'invalid_type', 'Expected object');
    for (const key of ['redirectUris', 'postLogoutRedirectUris'] as const) {
      const list = metadata[key];
      if (!Array.isArray(list)) invalid(['oidcClientMetadata', key], 'invalid_type', 'Required');
      list.forEach((uri, index) => {
        if (!validRedirectUri(uri))
          invalid(['oidcClientMetadata', key, index], 'custom', 'Invalid input');
      });
    }
    next.oidcClientMetadata = structuredClone(
      metadata,
    ) as unknown as ApplicationRow['oidcClientMetadata'];
  }
  if ('customClientMetadata' in body) {
    const metadata = body.customClientMetadata;
    if (!isObject(metadata)) invalid(['customClientMetadata'], 'invalid_type', 'Expected object');
    if ('corsAllowedOrigins' in metadata) {
      const origins = metadata.corsAllowedOrigins;
      if (!Array.isArray(origins))
        invalid(['customClientMetadata', 'corsAllowedOrigins'], 'invalid_type', 'Expected array');
      origins.forEach((origin, index) => {
        if (typeof origin !== 'string' || origin.length === 0)
          invalid(
            ['customClientMetadata', 'corsAllowedOrigins', index],
            'too_small',
            'String must contain at least 1 character(s)',
          );
      });
    }
    next.customClientMetadata = structuredClone(metadata);
  }
  Object.assign(app, next);
  return jsonResponse(200, app);
}

/** A stored Number field with a negative or non-integer bound breaks the catalog reads (facts §1). */
function catalogIsBroken(context: ManagementContext): boolean {
  const bad = (value: unknown) =>
    value !== undefined && (typeof value !== 'number' || value < 0 || !Number.isInteger(value));
  return stateOf(context).customProfileFields.some(
    (field) =>
      field.type === 'Number' && (bad(field.config.minValue) || bad(field.config.maxValue)),
  );
}

// ---------------------------------------------------------------------------------------------
// Routing

type Handler = (input: {
  request: Request;
  url: URL;
  params: Record<string, string>;
  body: unknown;
  context: ManagementContext;
}) => Response | Promise<Response>;

interface ManagementRoute {
  method: string;
  path: string;
  handler: Handler;
}

const routes: ManagementRoute[] = [
  {
    method: 'GET',
    path: '/api/account-center',
    handler: ({ context }) => jsonResponse(200, accountCenterView(context.tenant)),
  },
  {
    method: 'PATCH',
    path: '/api/account-center',
    handler: ({ body, context }) => patchAccountCenter(body, context),
  },
  {
    method: 'GET',
    path: '/api/sign-in-exp',
    handler: ({ context }) => jsonResponse(200, signInExperienceRow(context)),
  },
  {
    method: 'PATCH',
    path: '/api/sign-in-exp',
    handler: ({ body, context }) => patchSignInExperience(body, context),
  },
  {
    method: 'GET',
    path: '/api/connectors',
    handler: ({ url, context }) => {
      const target = url.searchParams.get('target');
      return jsonResponse(
        200,
        context.tenant.connectors
          .filter((connector) => !target || connector.target === target)
          .map((connector) => connectorRow(connector, context)),
      );
    },
  },
  {
    method: 'GET',
    path: '/api/connectors/:id',
    handler: ({ params, context }) => {
      const connector = context.tenant.connectors.find((candidate) => candidate.id === params.id);
      if (!connector) fail(404, 'entity.not_found', 'The resource does not exist.');
      return jsonResponse(200, connectorRow(connector, context));
    },
  },
  {
    method: 'GET',
    path: '/api/applications',
    handler: ({ url, context }) => listApplications(url, context),
  },
  {
    method: 'GET',
    path: '/api/applications/:id',
    handler: ({ params, context }) => {
      const app = stateOf(context).applications.find((candidate) => candidate.id === params.id);
      if (!app) notFoundApplication(params.id!);
      return jsonResponse(200, { ...app, isAdmin: false });
    },
  },
  {
    method: 'PATCH',
    path: '/api/applications/:id',
    handler: ({ params, body, context }) => patchApplication(params.id!, body, context),
  },
  {
    method: 'GET',
    path: '/api/custom-profile-fields',
    handler: ({ context }) => {
      if (catalogIsBroken(context)) return jsonResponse(500, { message: 'Internal server error.' });
      return jsonResponse(
        200,
        [...stateOf(context).customProfileFields].sort((a, b) => a.sieOrder - b.sieOrder),
      );
    },
  },
];

/** Paths this module owns (a wrong method answers 405 with `Allow`). */
const ownedPaths = [...new Set(routes.map((route) => route.path))];

/**
 * Answers a Management API request, or `undefined` when the request is not one (the Account API
 * handles it). Also overlays `GET /api/.well-known/sign-in-exp` where the Management state
 * changes it: a broken custom field makes it answer 500 (facts §1), and only the social
 * connectors in `socialSignInConnectorTargets` are listed.
 */
export async function handleManagementRequest(
  request: Request,
  context: ManagementContext,
): Promise<Response | undefined> {
  const url = new URL(request.url);
  const method = request.method.toUpperCase();
  const pathname = url.pathname.replace(/\/+$/, '') || '/';
  try {
    if (pathname === '/oidc/token') {
      if (method !== 'POST')
        oidcError(
          404,
          'invalid_request',
          `unrecognized route or not allowed method (${method} on /token)`,
        );
      return await issueToken(request, context);
    }
    if (
      (method === 'GET' || method === 'HEAD') &&
      (pathname === '/api/.well-known/sign-in-exp' || pathname === '/api/.well-known/experience')
    ) {
      if (catalogIsBroken(context)) return jsonResponse(500, { message: 'Internal server error.' });
      const targets = stateOf(context).socialSignInConnectorTargets;
      if (!targets) return undefined;
      const view = signInExperienceView(context.tenant);
      return jsonResponse(200, {
        ...view,
        socialConnectors: (view.socialConnectors as { target: string }[]).filter((connector) =>
          targets.includes(connector.target),
        ),
      });
    }
    const path = ownedPaths.find((candidate) => matchPath(candidate, pathname));
    if (!path) return undefined;
    const params = matchPath(path, pathname)!;
    const route = routes.find(
      (candidate) =>
        candidate.path === path &&
        (candidate.method === method || (method === 'HEAD' && candidate.method === 'GET')),
    );
    if (!route) {
      const allowed = routes.filter((candidate) => candidate.path === path).map((r) => r.method);
      return new Response('Method Not Allowed', {
        status: 405,
        headers: {
          'content-type': 'text/plain; charset=utf-8',
          allow: [...(allowed.includes('GET') ? ['HEAD'] : []), ...allowed].join(', '),
        },
      });
    }
    authenticate(request, context);
    let body: unknown = {};
    if (method === 'PATCH') {
      const text = await request.text();
      if (/^application\/(?:[\w.+-]*\+)?json\b/i.test(request.headers.get('content-type') ?? ''))
        try {
          body = text.trim() ? (JSON.parse(text) as unknown) : {};
        } catch (error) {
          return jsonResponse(400, {
            message: error instanceof Error ? error.message : 'Invalid JSON',
          });
        }
    }
    return await route.handler({ request, url, params, body, context });
  } catch (error) {
    if (error instanceof ManagementError)
      return jsonResponse(error.status, error.body, error.headers);
    throw error;
  }
}
