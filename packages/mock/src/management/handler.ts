/**
 * The Management API routes a tenant doctor uses, answering like a Logto 1.42.0 server (recorded
 * in `fixtures/logto-1.42/management/`): the client-credentials token, account-center settings,
 * sign-in experience, connectors, applications and the custom-profile-field catalog. Writes go
 * through the same admin controls tests use, so the Account API sees them at once.
 */

import type { AccountCenterPatch, AdminControls } from '../admin.js';
import { jsonResponse } from '../http.js';
import { randomId } from '../ids.js';
import { BUILT_IN_LANGUAGES, fitsPhraseStructure } from '../phrases.js';
import { matchPath } from '../router.js';
import { ACCOUNT_CENTER_FIELDS } from '../seed.js';
import { accountCenterView } from '../routes/public.js';
import type {
  AccountCenterSettings,
  MfaFactor,
  MfaPolicy,
  SignInExperience,
  TenantState,
} from '../types.js';
import type {
  ApplicationRow,
  ApplicationType,
  CustomProfileFieldRow,
  ManagementState,
} from './state.js';
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
const ORGANIZATION_MFA_POLICIES = ['NoPrompt', 'Mandatory'];
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
      // Names not in the catalog are dropped silently by the admin control (facts §3).
      patch.profileFields = names.map((name) => ({ name }));
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
  const { trustedDevice, ...row } = structuredClone(context.tenant.signInExperience);
  return {
    ...row,
    ...(context.tenant.devFeatures ? { trustedDevice } : {}),
    socialSignInConnectorTargets: socialTargets(context),
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
  const enumIssue = (received: unknown, options: readonly string[], path: string[]) => ({
    received,
    code: 'invalid_enum_value',
    options: [...options],
    path,
    message: `Invalid enum value. Expected ${options.map((option) => `'${option}'`).join(' | ')}, received '${String(received)}'`,
  });
  if (typeof value.policy !== 'string' || !MFA_POLICIES.includes(value.policy))
    invalidIssues([enumIssue(value.policy, MFA_POLICIES, ['mfa', 'policy'])]);
  const organizationPolicy = value.organizationRequiredMfaPolicy;
  if (
    organizationPolicy !== undefined &&
    !ORGANIZATION_MFA_POLICIES.includes(organizationPolicy as string)
  )
    invalidIssues([
      enumIssue(organizationPolicy, ORGANIZATION_MFA_POLICIES, [
        'mfa',
        'organizationRequiredMfaPolicy',
      ]),
    ]);
  const factors = value.factors as MfaFactor[];
  if (new Set(factors).size !== factors.length)
    fail(400, 'sign_in_experiences.duplicated_mfa_factors', 'Duplicated MFA factors.');
  if (factors.length === 1 && factors[0] === 'BackupCode')
    fail(
      400,
      'sign_in_experiences.backup_code_cannot_be_enabled_alone',
      'Backup code cannot be enabled alone.',
    );
  return {
    factors: [...factors],
    policy: value.policy as MfaPolicy,
    ...(organizationPolicy === undefined
      ? {}
      : { organizationRequiredMfaPolicy: organizationPolicy as 'NoPrompt' | 'Mandatory' }),
  };
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

/** A koa-guard `400 guard.invalid_input` with zod issues as Logto words them (recorded). */
function invalidIssues(
  issues: (Record<string, unknown> & {
    code: string;
    path: (string | number)[];
    message: string;
  })[],
): never {
  const detail = (issue: (typeof issues)[number]) =>
    issue.code === 'invalid_type'
      ? `Expected ${String(issue.expected)} but received ${String(issue.received)}.`
      : issue.message;
  throw new ManagementError(400, {
    code: 'guard.invalid_input',
    data: { issues, name: 'ZodError' },
    details: issues
      .map(
        (issue) => `Error in key path "${issue.path.join('.')}": (${issue.code}) ${detail(issue)}`,
      )
      .join('\n'),
    message: 'The request body is invalid.',
  });
}

const receivedType = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

const HEX_COLOR = /^#[\da-f]{3}([\da-f]{3})?$/i;

function colorFrom(value: unknown): SignInExperience['color'] {
  if (!isObject(value))
    invalidIssues([
      {
        code: 'invalid_type',
        expected: 'object',
        received: receivedType(value),
        path: ['color'],
        message: 'Required',
      },
    ]);
  const issues: Parameters<typeof invalidIssues>[0] = [];
  for (const key of ['primaryColor', 'isDarkModeEnabled', 'darkPrimaryColor'] as const) {
    const expected = key === 'isDarkModeEnabled' ? 'boolean' : 'string';
    const item = value[key];
    if (typeof item !== expected)
      issues.push({
        code: 'invalid_type',
        expected,
        received: receivedType(item === undefined ? undefined : item),
        path: ['color', key],
        message:
          item === undefined ? 'Required' : `Expected ${expected}, received ${receivedType(item)}`,
      });
    else if (expected === 'string' && !HEX_COLOR.test(item as string))
      issues.push({
        validation: 'regex',
        code: 'invalid_string',
        message: 'Invalid',
        path: ['color', key],
      });
  }
  if (issues.length) invalidIssues(issues);
  return {
    primaryColor: value.primaryColor as string,
    isDarkModeEnabled: value.isDarkModeEnabled as boolean,
    darkPrimaryColor: value.darkPrimaryColor as string,
  };
}

const BRANDING_KEYS = ['logoUrl', 'darkLogoUrl', 'favicon', 'darkFavicon'] as const;

/** `branding` is stored as sent (a PATCH replaces the whole object); each value must be a URL. */
function brandingFrom(value: unknown): SignInExperience['branding'] {
  if (!isObject(value))
    invalidIssues([
      {
        code: 'invalid_type',
        expected: 'object',
        received: receivedType(value),
        path: ['branding'],
        message: 'Expected object, received ' + receivedType(value),
      },
    ]);
  const branding: SignInExperience['branding'] = {};
  for (const key of BRANDING_KEYS) {
    const item = value[key];
    if (item === undefined) continue;
    let valid = typeof item === 'string';
    try {
      if (valid) new URL(item as string);
    } catch {
      valid = false;
    }
    if (!valid)
      invalidIssues([
        {
          validation: 'url',
          code: 'invalid_string',
          message: 'Invalid url',
          path: ['branding', key],
        },
      ]);
    branding[key] = item as string;
  }
  return branding;
}

/** ISO 639-1 codes: a tag whose language is not one of them is not a language tag for Logto. */
const LANGUAGE_CODES = new Set(
  (
    'aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy ' +
    'da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu ' +
    'hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb ' +
    'lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om ' +
    'or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ' +
    'ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu'
  ).split(' '),
);

/** Whether Logto takes `tag` as a language tag (`xx-XX` is refused, `sv-SE` is not). */
export function isLanguageTag(tag: string): boolean {
  const match = /^([a-z]{2})(?:-([A-Z]{2}|[A-Z][a-z]{3}|\d{3}))?$/.exec(tag);
  return match !== null && LANGUAGE_CODES.has(match[1]!);
}

function languageInfoFrom(
  value: unknown,
  context: ManagementContext,
): SignInExperience['languageInfo'] {
  if (!isObject(value) || typeof value.autoDetect !== 'boolean')
    invalidIssues([
      {
        code: 'invalid_type',
        expected: 'boolean',
        received: receivedType(isObject(value) ? value.autoDetect : value),
        path: ['languageInfo', 'autoDetect'],
        message: 'Required',
      },
    ]);
  const fallbackLanguage = value.fallbackLanguage;
  if (typeof fallbackLanguage !== 'string' || !isLanguageTag(fallbackLanguage))
    invalidIssues([
      { code: 'custom', message: 'Invalid input', path: ['languageInfo', 'fallbackLanguage'] },
    ]);
  if (
    !BUILT_IN_LANGUAGES.includes(fallbackLanguage) &&
    !(fallbackLanguage in (context.tenant.customPhrases ?? {}))
  )
    fail(
      400,
      'sign_in_experiences.unsupported_default_language',
      `This language - ${fallbackLanguage} is not supported at the moment.`,
    );
  return { autoDetect: value.autoDetect, fallbackLanguage };
}

/** `usernamePolicy` (facts §7): the recorded 400s for min > max and "numbers only". */
function usernamePolicyFrom(value: unknown): SignInExperience['usernamePolicy'] {
  const policy = isObject(value) ? value : {};
  const chars = isObject(policy.allowedChars) ? policy.allowedChars : {};
  const issues: Parameters<typeof invalidIssues>[0] = [];
  const bool = (item: unknown, path: string[]) => {
    if (typeof item !== 'boolean')
      issues.push({
        code: 'invalid_type',
        expected: 'boolean',
        received: receivedType(item),
        path: ['usernamePolicy', ...path],
        message: 'Required',
      });
    return item === true;
  };
  const length = (item: unknown, key: string) => {
    if (typeof item !== 'number' || !Number.isInteger(item) || item < 1 || item > 128)
      issues.push({
        code: 'custom',
        message: 'Length must be an integer between 1 and 128.',
        path: ['usernamePolicy', key],
      });
    return item as number;
  };
  const next: SignInExperience['usernamePolicy'] = {
    caseSensitive: bool(policy.caseSensitive, ['caseSensitive']),
    minLength: length(policy.minLength, 'minLength'),
    maxLength: length(policy.maxLength, 'maxLength'),
    allowedChars: {
      lowercase: bool(chars.lowercase, ['allowedChars', 'lowercase']),
      uppercase: bool(chars.uppercase, ['allowedChars', 'uppercase']),
      numbers: bool(chars.numbers, ['allowedChars', 'numbers']),
      underscore: bool(chars.underscore, ['allowedChars', 'underscore']),
    },
  };
  if (issues.length) invalidIssues(issues);
  if (next.minLength > next.maxLength)
    invalidIssues([
      {
        code: 'custom',
        message: 'Minimum length cannot exceed maximum length.',
        path: ['usernamePolicy', 'maxLength'],
      },
    ]);
  const { lowercase, uppercase, underscore } = next.allowedChars;
  if (!lowercase && !uppercase && !underscore)
    invalidIssues([
      {
        code: 'custom',
        message:
          'At least one of lowercase, uppercase, or underscore must be enabled. Usernames cannot start with a number, so numbers alone are not allowed.',
        path: ['usernamePolicy', 'allowedChars'],
      },
    ]);
  return next;
}

function profileFieldListFrom(value: unknown): { name: string }[] | null {
  if (value === null) return null;
  if (!Array.isArray(value)) invalid(['signUpProfileFields'], 'invalid_type', 'Expected array');
  return value.map((item: unknown, index) => {
    if (!isObject(item) || typeof item.name !== 'string')
      invalid(['signUpProfileFields', index, 'name'], 'invalid_type', 'Required');
    return { name: item.name };
  });
}

function patchSignInExperience(body: unknown, context: ManagementContext): Response {
  if (!isObject(body)) invalid([], 'invalid_type', 'Expected object');
  const { tenantId: _tenantId, id: _id, ...rest } = body;
  const patch: Partial<SignInExperience> = {};
  for (const [key, value] of Object.entries(rest)) {
    if (key === 'passwordPolicy') patch.passwordPolicy = passwordPolicyFrom(value);
    else if (key === 'mfa') patch.mfa = mfaFrom(value);
    else if (key === 'adaptiveMfa') {
      if (!isObject(value) || ('enabled' in value && typeof value.enabled !== 'boolean'))
        invalid(['adaptiveMfa'], 'invalid_type', 'Expected object');
      patch.adaptiveMfa = { ...value } as { enabled?: boolean };
    } else if (key === 'color') patch.color = colorFrom(value);
    else if (key === 'branding') patch.branding = brandingFrom(value);
    else if (key === 'languageInfo') patch.languageInfo = languageInfoFrom(value, context);
    else if (key === 'usernamePolicy') patch.usernamePolicy = usernamePolicyFrom(value);
    else if (key === 'signUpProfileFields') patch.signUpProfileFields = profileFieldListFrom(value);
    else if (key === 'hideLogtoBranding') {
      if (typeof value !== 'boolean')
        invalid(['hideLogtoBranding'], 'invalid_type', 'Expected boolean');
      if (value)
        fail(
          400,
          'request.invalid_input',
          'Input is invalid. Hide Logto branding is not supported in this environment',
        );
      patch.hideLogtoBranding = false;
    } else if (key === 'socialSignInConnectorTargets') {
      if (!Array.isArray(value) || value.some((target) => typeof target !== 'string'))
        invalid(['socialSignInConnectorTargets'], 'invalid_type', 'Expected array');
      stateOf(context).socialSignInConnectorTargets = [...new Set(value as string[])];
    } else if (key in context.tenant.signInExperience)
      (patch as Record<string, unknown>)[key] = value;
  }
  checkAdaptiveMfa(
    patch.mfa ?? context.tenant.signInExperience.mfa,
    (patch.adaptiveMfa ?? context.tenant.signInExperience.adaptiveMfa).enabled === true,
  );
  if (Object.keys(patch).length) context.admin.updateSignInExperience(patch);
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

const FIELD_TYPES: CustomProfileFieldRow['type'][] = [
  'Text',
  'Number',
  'Date',
  'Checkbox',
  'Select',
  'Url',
  'Regex',
  'Address',
  'Fullname',
];
const PART_NAMES: Record<'Address' | 'Fullname', string[]> = {
  Fullname: ['givenName', 'middleName', 'familyName'],
  Address: ['formatted', 'streetAddress', 'locality', 'region', 'postalCode', 'country'],
};
/** Built-in profile properties the Console does not offer as catalog entries (facts §1). */
const RESERVED_PROFILE_NAMES = [
  'givenName',
  'middleName',
  'familyName',
  'preferredUsername',
  'zoneinfo',
  'locale',
];
const SIGN_IN_IDENTIFIER_NAMES = ['username', 'primaryEmail', 'primaryPhone', 'email', 'phone'];

type FieldBody = Pick<CustomProfileFieldRow, 'type' | 'label' | 'required' | 'config'> & {
  description?: string | null;
};

/**
 * The body guard of `POST`/`PUT /api/custom-profile-fields` (facts §1): the type discriminator,
 * Checkbox `required: false`, Select `config`, Regex `config.format`, composite part names. A
 * PUT is "strict": Regex patterns must compile, Select needs options, Checkbox a default.
 */
function fieldBodyFrom(body: Record<string, unknown>, strict: boolean): FieldBody {
  const type = body.type as CustomProfileFieldRow['type'];
  if (!FIELD_TYPES.includes(type))
    invalidIssues([
      {
        code: 'invalid_union_discriminator',
        options: [...FIELD_TYPES],
        path: ['type'],
        message: `Invalid discriminator value. Expected ${FIELD_TYPES.map((item) => `'${item}'`).join(' | ')}`,
      },
    ]);
  if (type === 'Checkbox' && body.required !== false)
    invalidIssues([
      {
        received: body.required,
        code: 'invalid_literal',
        expected: false,
        path: ['required'],
        message: 'Invalid literal value, expected false',
      },
    ]);
  if (typeof body.required !== 'boolean')
    invalidIssues([
      {
        code: 'invalid_type',
        expected: 'boolean',
        received: receivedType(body.required),
        path: ['required'],
        message: 'Required',
      },
    ]);
  const configRequired =
    type === 'Select' || type === 'Regex' || type === 'Address' || type === 'Fullname';
  if (body.config === undefined ? configRequired : !isObject(body.config))
    invalidIssues([
      {
        code: 'invalid_type',
        expected: 'object',
        received: receivedType(body.config),
        path: ['config'],
        message:
          body.config === undefined
            ? 'Required'
            : `Expected object, received ${receivedType(body.config)}`,
      },
    ]);
  const config = structuredClone((body.config ?? {}) as Record<string, unknown>);
  if (type === 'Regex' && typeof config.format !== 'string')
    invalidIssues([
      {
        code: 'invalid_type',
        expected: 'string',
        received: receivedType(config.format),
        path: ['config', 'format'],
        message: 'Required',
      },
    ]);
  if (type === 'Address' || type === 'Fullname') {
    const parts = Array.isArray(config.parts) ? (config.parts as unknown[]) : [];
    parts.forEach((part, index) => {
      const name = isObject(part) ? part.name : undefined;
      const options = PART_NAMES[type];
      if (typeof name !== 'string' || !options.includes(name))
        invalidIssues([
          {
            received: name,
            code: 'invalid_enum_value',
            options: [...options],
            path: ['config', 'parts', index, 'name'],
            message: `Invalid enum value. Expected ${options.map((item) => `'${item}'`).join(' | ')}, received '${String(name)}'`,
          },
        ]);
    });
    if (parts.length === 0)
      fail(
        400,
        `custom_profile_fields.invalid_${type === 'Address' ? 'address' : 'fullname'}_components`,
        `Invalid ${type === 'Address' ? 'address' : 'fullname'} components.`,
      );
    if (
      parts.some((part) => isObject(part) && (part.type === 'Address' || part.type === 'Fullname'))
    )
      fail(400, 'custom_profile_fields.invalid_sub_component_type', 'Invalid sub-component type.');
  }
  const bounds: [string, string] | undefined =
    type === 'Text'
      ? ['minLength', 'maxLength']
      : type === 'Number'
        ? ['minValue', 'maxValue']
        : undefined;
  if (bounds) {
    const [min, max] = [config[bounds[0]], config[bounds[1]]];
    if (typeof min === 'number' && typeof max === 'number' && min > max)
      fail(400, 'custom_profile_fields.invalid_min_max_input', 'Invalid min and max input.');
  }
  if (strict) {
    if (type === 'Regex') {
      try {
        new RegExp(config.format as string);
      } catch {
        fail(400, 'custom_profile_fields.invalid_regex_format', 'Invalid regex format.');
      }
    }
    if (type === 'Select' && (!Array.isArray(config.options) || config.options.length === 0))
      fail(400, 'custom_profile_fields.invalid_options', 'Invalid field options.');
    if (type === 'Checkbox' && config.defaultValue !== 'true' && config.defaultValue !== 'false')
      fail(400, 'custom_profile_fields.invalid_default_value', 'Invalid default value.');
  }
  return {
    type,
    label: typeof body.label === 'string' ? body.label : '',
    // A Checkbox has no description (dropped, stored null).
    ...(type === 'Checkbox'
      ? { description: null }
      : body.description === undefined
        ? {}
        : { description: body.description as string | null }),
    required: body.required,
    config,
  };
}

function createCustomProfileField(body: unknown, context: ManagementContext): Response {
  if (!isObject(body)) invalid([], 'invalid_type', 'Expected object');
  const fields = fieldBodyFrom(body, false);
  const name = body.name;
  if (typeof name !== 'string' || !/^[\dA-Za-z]+$/.test(name))
    fail(
      400,
      'custom_profile_fields.invalid_name',
      'Invalid field name, only letters or numbers are allowed, case sensitive.',
    );
  if (RESERVED_PROFILE_NAMES.includes(name))
    fail(
      400,
      'custom_profile_fields.name_conflict_built_in_prop',
      `Invalid field name. Reserved built-in user profile property name(s): ${name}.`,
    );
  if (SIGN_IN_IDENTIFIER_NAMES.includes(name))
    fail(
      400,
      'custom_profile_fields.name_conflict_sign_in_identifier',
      `Invalid field name. Reserved sign-in identifier key(s): ${name}.`,
    );
  if (stateOf(context).customProfileFields.some((field) => field.name === name))
    fail(422, 'custom_profile_fields.name_exists', 'Field already exists with the given name.');
  const row = context.admin.upsertCustomProfileField({ name, description: null, ...fields });
  // The row is stored, but a negative or non-integer bound fails the response guard (facts §1).
  if (catalogIsBroken(context)) return jsonResponse(500, { message: 'Internal server error.' });
  return jsonResponse(201, row);
}

function findField(name: string, context: ManagementContext): CustomProfileFieldRow {
  const field = stateOf(context).customProfileFields.find((candidate) => candidate.name === name);
  if (!field) fail(404, 'entity.not_found', 'The resource does not exist.');
  return field;
}

function updateCustomProfileField(
  name: string,
  body: unknown,
  context: ManagementContext,
): Response {
  if (!isObject(body)) invalid([], 'invalid_type', 'Expected object');
  const fields = fieldBodyFrom(body, true);
  if (!stateOf(context).customProfileFields.some((field) => field.name === name))
    fail(404, 'entity.not_exists', 'The custom_profile_field does not exist.');
  return jsonResponse(200, context.admin.upsertCustomProfileField({ name, ...fields }));
}

function orderCustomProfileFields(body: unknown, context: ManagementContext): Response {
  const order = isObject(body) && Array.isArray(body.order) ? body.order : undefined;
  if (!order) invalid(['order'], 'invalid_type', 'Required');
  const entries = order.map((item: unknown, index) => {
    if (!isObject(item) || typeof item.name !== 'string' || typeof item.sieOrder !== 'number')
      invalid(['order', index], 'invalid_type', 'Expected object');
    return { name: item.name, sieOrder: item.sieOrder };
  });
  const unknown = entries.filter(
    (entry) => !stateOf(context).customProfileFields.some((field) => field.name === entry.name),
  );
  if (unknown.length)
    fail(
      400,
      'custom_profile_fields.entity_not_exists_with_names',
      `Cannot find entities with the given names: ${unknown.map((entry) => entry.name).join(', ')}`,
    );
  context.admin.setCustomProfileFieldOrder(entries);
  const names = entries.map((entry) => entry.name);
  return jsonResponse(
    200,
    context.admin.listCustomProfileFields().filter((field) => names.includes(field.name)),
  );
}

function putCustomPhrases(tag: string, body: unknown, context: ManagementContext): Response {
  if (!isLanguageTag(tag))
    throw new ManagementError(400, {
      code: 'guard.invalid_input',
      data: {
        issues: [{ code: 'custom', message: 'Invalid input', path: ['languageTag'] }],
        name: 'ZodError',
      },
      details: 'Error in key path "languageTag": (custom) Invalid input',
      message: 'The request params is invalid.',
    });
  if (!fitsPhraseStructure(body))
    fail(
      422,
      'localization.invalid_translation_structure',
      'Invalid data schemas. Please check your input and try again.',
    );
  context.admin.setCustomPhrases(tag, body as Record<string, unknown>);
  return jsonResponse(201, customPhraseRow(tag, context));
}

function customPhraseRow(tag: string, context: ManagementContext): Record<string, unknown> {
  const row = context.tenant.customPhrases?.[tag];
  if (!row) fail(404, 'entity.not_found', 'The resource does not exist.');
  return {
    tenantId: context.tenant.accountCenter.tenantId,
    id: row.id,
    languageTag: tag,
    translation: structuredClone(row.translation),
  };
}

routes.push(
  {
    method: 'POST',
    path: '/api/custom-profile-fields',
    handler: ({ body, context }) => createCustomProfileField(body, context),
  },
  {
    method: 'GET',
    path: '/api/custom-profile-fields/:name',
    handler: ({ params, context }) => jsonResponse(200, findField(params.name!, context)),
  },
  {
    method: 'PUT',
    path: '/api/custom-profile-fields/:name',
    handler: ({ params, body, context }) => updateCustomProfileField(params.name!, body, context),
  },
  {
    method: 'DELETE',
    path: '/api/custom-profile-fields/:name',
    handler: ({ params, context }) => {
      findField(params.name!, context);
      context.admin.removeCustomProfileField(params.name!);
      return new Response(null, { status: 204 });
    },
  },
  {
    method: 'POST',
    path: '/api/custom-profile-fields/properties/sie-order',
    handler: ({ body, context }) => orderCustomProfileFields(body, context),
  },
  {
    method: 'GET',
    path: '/api/custom-phrases',
    handler: ({ context }) =>
      jsonResponse(
        200,
        Object.keys(context.tenant.customPhrases ?? {}).map((tag) => customPhraseRow(tag, context)),
      ),
  },
  {
    method: 'GET',
    path: '/api/custom-phrases/:languageTag',
    handler: ({ params, context }) =>
      jsonResponse(200, customPhraseRow(params.languageTag!, context)),
  },
  {
    method: 'PUT',
    path: '/api/custom-phrases/:languageTag',
    handler: ({ params, body, context }) => putCustomPhrases(params.languageTag!, body, context),
  },
  {
    method: 'DELETE',
    path: '/api/custom-phrases/:languageTag',
    handler: ({ params, context }) => {
      const tag = params.languageTag!;
      customPhraseRow(tag, context);
      if (context.tenant.signInExperience.languageInfo.fallbackLanguage === tag)
        fail(
          409,
          'localization.cannot_delete_default_language',
          `${tag} is set as your default language and can\u2019t be deleted.`,
        );
      context.admin.setCustomPhrases(tag, null);
      return new Response(null, { status: 204 });
    },
  },
);

/** Paths this module owns (a wrong method answers 405 with `Allow`). */
const ownedPaths = [...new Set(routes.map((route) => route.path))];

/**
 * Answers a Management API request, or `undefined` when the request is not one (the Account API
 * handles it). Also overlays `GET /api/.well-known/sign-in-exp` (and its `experience` alias): a
 * broken custom field makes it answer 500 (facts §1).
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
      return undefined;
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
    if (method === 'PATCH' || method === 'PUT' || method === 'POST') {
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
