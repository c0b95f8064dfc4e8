/**
 * A small Management API client: the tenant id from the public account-center document, a
 * client-credentials token for `https://<tenantId>.logto.app/api`, then GET/PATCH with it. Every
 * failure that means "bad input" (wrong endpoint, credentials, missing role, unreachable tenant)
 * becomes a {@link DoctorInputError} with one line of advice. The secret and the token never
 * appear in a message.
 */

import { DoctorInputError } from './options.js';

/** Management API answers the doctor reads. */
export interface AccountCenterRow {
  tenantId: string;
  enabled: boolean;
  fields: Record<string, string>;
  webauthnRelatedOrigins: string[];
  profileFields: { name: string }[] | null;
  [key: string]: unknown;
}

export interface SignInExperienceRow {
  passwordPolicy?: { rejects?: { pwned?: boolean } };
  mfa?: { factors?: string[]; policy?: string };
  passkeySignIn?: { enabled?: boolean };
  socialSignInConnectorTargets?: string[];
  [key: string]: unknown;
}

export interface ConnectorRow {
  id: string;
  type: 'Email' | 'Sms' | 'Social';
  target: string;
  platform: 'Web' | 'Native' | 'Universal' | null;
  name?: Record<string, string>;
}

export interface ApplicationRow {
  id: string;
  name: string;
  type: string;
  oidcClientMetadata: { redirectUris: string[]; postLogoutRedirectUris: string[] } & Record<
    string,
    unknown
  >;
}

export interface CustomProfileFieldRow {
  name: string;
  type: string;
  config?: Record<string, unknown>;
}

/** Connection settings. */
export interface ManagementConnection {
  endpoint: string;
  appId: string;
  secret: string;
  fetch?: typeof fetch;
  /** Per-request timeout (ms). Default 20 s. */
  timeoutMs?: number;
}

/** An authenticated Management API session. */
export interface ManagementSession {
  tenantId: string;
  resource: string;
  get<T>(path: string): Promise<T>;
  patch<T>(path: string, body: unknown): Promise<T>;
}

/** `https://<tenantId>.logto.app/api`: `default` on a self-hosted Logto, the tenant id on Cloud. */
export function managementResource(tenantId: string): string {
  return `https://${tenantId}.logto.app/api`;
}

const ROLE_ADVICE =
  'give it the "Logto Management API access" role (Console › Applications › <app> › Roles)';

/** Opens a session, or throws a {@link DoctorInputError}. */
export async function connect(connection: ManagementConnection): Promise<ManagementSession> {
  const { endpoint, appId, secret } = connection;
  const fetchImpl = connection.fetch ?? fetch;
  const timeoutMs = connection.timeoutMs ?? 20_000;

  async function send(path: string, init: RequestInit = {}): Promise<Response> {
    try {
      return await fetchImpl(`${endpoint}${path}`, {
        ...init,
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      const reason =
        (error as Error).name === 'TimeoutError'
          ? `no answer within ${timeoutMs / 1000} s`
          : (cause ?? (error as Error).message);
      throw new DoctorInputError(
        `cannot reach the tenant at ${endpoint} (${reason}); check --endpoint and your network`,
      );
    }
  }

  // 1. The tenant id, from the anonymous account-center document (also proves it is Logto).
  const wellKnown = await send('/api/.well-known/account-center');
  const document = (await wellKnown.json().catch(() => undefined)) as
    { tenantId?: unknown } | undefined;
  if (!wellKnown.ok || typeof document?.tenantId !== 'string')
    throw new DoctorInputError(
      `${endpoint} does not look like a Logto endpoint (GET /api/.well-known/account-center answered ${wellKnown.status}${wellKnown.ok ? ' without a tenantId' : ''}); pass the tenant URL, e.g. https://<tenant>.logto.app`,
    );
  const tenantId = document.tenantId;
  const resource = managementResource(tenantId);

  // 2. The token (client_secret_basic, as recorded).
  const tokenResponse = await send('/oidc/token', {
    method: 'POST',
    headers: {
      authorization: `Basic ${btoa(`${encodeURIComponent(appId)}:${encodeURIComponent(secret)}`)}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      resource,
      scope: 'all',
    }).toString(),
  });
  const tokenBody = (await tokenResponse.json().catch(() => ({}))) as {
    access_token?: string;
    scope?: string;
    error?: string;
    error_description?: string;
  };
  if (!tokenResponse.ok) {
    if (tokenBody.error === 'invalid_client')
      throw new DoctorInputError(
        `wrong credentials: the tenant rejected app id "${appId}" or its secret (invalid_client); check --app-id and the secret of that machine-to-machine app`,
      );
    if (tokenBody.error === 'invalid_target')
      throw new DoctorInputError(
        `the tenant does not know the Management API resource ${resource} (invalid_target); is --endpoint the tenant's own URL?`,
      );
    throw new DoctorInputError(
      `the token endpoint answered ${tokenResponse.status}${tokenBody.error ? ` (${tokenBody.error})` : ''}; check --endpoint and --app-id`,
    );
  }
  if (!tokenBody.access_token)
    throw new DoctorInputError(`the token endpoint answered without an access token`);
  if (!(tokenBody.scope ?? '').split(' ').includes('all'))
    throw new DoctorInputError(`app "${appId}" may not use the Management API: ${ROLE_ADVICE}`);
  const token = tokenBody.access_token;

  async function call(method: string, path: string, body?: unknown): Promise<Response> {
    const response = await send(path, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (response.status === 401)
      throw new DoctorInputError(
        `the Management API refused the token (401) for ${method} ${path}; check --endpoint`,
      );
    if (response.status === 403)
      throw new DoctorInputError(`app "${appId}" may not use the Management API: ${ROLE_ADVICE}`);
    return response;
  }

  async function parse<T>(response: Response, method: string, path: string): Promise<T> {
    const text = await response.text();
    if (!response.ok) {
      let code = '';
      try {
        code = (JSON.parse(text) as { code?: string }).code ?? '';
      } catch {
        // plain-text body (404/405)
      }
      throw new ManagementApiError(response.status, code, `${method} ${path}`);
    }
    return JSON.parse(text) as T;
  }

  return {
    tenantId,
    resource,
    async get<T>(path: string) {
      return parse<T>(await call('GET', path), 'GET', path);
    },
    async patch<T>(path: string, body: unknown) {
      return parse<T>(await call('PATCH', path, body), 'PATCH', path);
    },
  };
}

/** A Management API answer other than 2xx (after the 401/403 input errors). */
export class ManagementApiError extends Error {
  override readonly name = 'ManagementApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    readonly request: string,
  ) {
    super(`${request} answered ${status}${code ? ` ${code}` : ''}`);
  }
}
