/** Operations on sessions, application grants and trusted devices (contract §5, §6.9–§6.10). */
import type { AccountRoute } from '../route.js';
import {
  grantListSchema,
  sessionListSchema,
  trustedDeviceListSchema,
} from '../schemas/sessions.js';
import type { GrantList, SessionList, TrustedDevicePage } from '../schemas/sessions.js';
import type { AccountTransport, RequestOptions } from '../transport.js';

const sessionsScope = 'urn:logto:scope:sessions';
const trustedDevicesScope = 'urn:logto:scope:trusted_devices';

// Even the reads need the header here (§5).
export const listSessionsRoute: AccountRoute = {
  method: 'GET',
  path: '/api/my-account/sessions',
  scope: sessionsScope,
  scopeFailureStatus: 401,
  verification: 'always',
};
export const deleteSessionRoute: AccountRoute = {
  method: 'DELETE',
  path: '/api/my-account/sessions/:sessionId',
  scope: sessionsScope,
  scopeFailureStatus: 401,
  verification: 'always',
};
export const listGrantsRoute: AccountRoute = {
  method: 'GET',
  path: '/api/my-account/grants',
  scope: sessionsScope,
  scopeFailureStatus: 401,
  verification: 'always',
};
export const deleteGrantRoute: AccountRoute = {
  method: 'DELETE',
  path: '/api/my-account/grants/:grantId',
  scope: sessionsScope,
  scopeFailureStatus: 401,
  verification: 'always',
};
// Dev-feature routes (§6.10): a server without them answers a plain-text 404.
export const listTrustedDevicesRoute: AccountRoute = {
  method: 'GET',
  path: '/api/my-account/trusted-devices',
  scope: trustedDevicesScope,
  scopeFailureStatus: 401,
  verification: 'always',
};
export const deleteTrustedDeviceRoute: AccountRoute = {
  method: 'DELETE',
  path: '/api/my-account/trusted-devices/:trustedDeviceId',
  scope: trustedDevicesScope,
  scopeFailureStatus: 401,
  verification: 'always',
};

/** List the user's active sessions; at most one has `isCurrent: true` (§6.9). */
export function listSessions(
  transport: AccountTransport,
  options?: RequestOptions,
): Promise<SessionList> {
  return transport.request(
    {
      route: listSessionsRoute,
      schema: sessionListSchema,
    },
    options,
  );
}

/**
 * Sign a session out; `sessionId` is the session's `payload.uid`. Not-found answers 400 with
 * `data.status: 404`, not 404 (§6.9).
 */
export function deleteSession(
  transport: AccountTransport,
  sessionId: string,
  input: { revokeGrantsTarget?: 'all' | 'firstParty' } = {},
  options?: RequestOptions,
): Promise<void> {
  const query = input.revokeGrantsTarget
    ? `?revokeGrantsTarget=${encodeURIComponent(input.revokeGrantsTarget)}`
    : '';
  return transport.request(
    {
      route: deleteSessionRoute,
      path: `/api/my-account/sessions/${encodeURIComponent(sessionId)}${query}`,
    },
    options,
  );
}

/** List the applications the user has granted access to (§6.9). */
export function listGrants(
  transport: AccountTransport,
  input: { appType?: 'firstParty' | 'thirdParty' } = {},
  options?: RequestOptions,
): Promise<GrantList> {
  const query = input.appType ? `?appType=${encodeURIComponent(input.appType)}` : '';
  return transport.request(
    {
      route: listGrantsRoute,
      path: `/api/my-account/grants${query}`,
      schema: grantListSchema,
    },
    options,
  );
}

/** Revoke one application grant (§6.9). */
export function deleteGrant(
  transport: AccountTransport,
  grantId: string,
  options?: RequestOptions,
): Promise<void> {
  return transport.request(
    {
      route: deleteGrantRoute,
      path: `/api/my-account/grants/${encodeURIComponent(grantId)}`,
    },
    options,
  );
}

/** List one page of trusted devices (`page_size` 1–100, default 20) with the total (§6.10). */
export function listTrustedDevices(
  transport: AccountTransport,
  input: { page?: number; pageSize?: number } = {},
  options?: RequestOptions,
): Promise<TrustedDevicePage> {
  const params = new URLSearchParams();
  if (input.page !== undefined) params.set('page', String(input.page));
  if (input.pageSize !== undefined) params.set('page_size', String(input.pageSize));
  const query = params.size > 0 ? `?${params.toString()}` : '';
  return transport.request(
    {
      route: listTrustedDevicesRoute,
      path: `/api/my-account/trusted-devices${query}`,
      schema: trustedDeviceListSchema,
      select: (trustedDevices, headers) => {
        const total = Number.parseInt(headers.get('total-number') ?? '', 10);
        return { trustedDevices, total: Number.isNaN(total) ? undefined : total };
      },
    },
    options,
  );
}

/** Forget one trusted device (§6.10). */
export function deleteTrustedDevice(
  transport: AccountTransport,
  trustedDeviceId: string,
  options?: RequestOptions,
): Promise<void> {
  return transport.request(
    {
      route: deleteTrustedDeviceRoute,
      path: `/api/my-account/trusted-devices/${encodeURIComponent(trustedDeviceId)}`,
    },
    options,
  );
}
