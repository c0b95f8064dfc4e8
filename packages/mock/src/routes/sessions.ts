/** Sessions, grants (§6.9) and trusted devices (dev feature, §6.10). */

import type { RouteContext, RouteDefinition } from '../context.js';
import { ApiError } from '../errors.js';
import {
  requireEditable,
  requireFirstParty,
  requireIdentityVerified,
  requireReadable,
  requireScope,
} from '../guards.js';
import { jsonResponse, noContent } from '../http.js';
import type { GrantState, SessionState } from '../types.js';
import { deleteSessionQuerySchema, grantsQuerySchema, guard } from '../validation.js';

const SESSIONS_SCOPE = 'urn:logto:scope:sessions';
const TRUSTED_DEVICES_SCOPE = 'urn:logto:scope:trusted_devices';

function seconds(epochMs: number): number {
  return Math.floor(epochMs / 1000);
}

function queryObject(url: URL): Record<string, string> {
  return Object.fromEntries(url.searchParams.entries());
}

function sessionView(
  session: SessionState,
  accountId: string,
  currentSessionId: string | null,
): Record<string, unknown> {
  return {
    payload: {
      exp: seconds(session.expiresAt),
      iat: seconds(session.createdAt),
      jti: session.jti,
      uid: session.uid,
      kind: 'Session',
      loginTs: seconds(session.loginTs),
      accountId,
      authorizations: structuredClone(session.authorizations),
    },
    lastSubmission: {
      interactionEvent: 'SignIn',
      userId: accountId,
      verificationRecords: [],
      signInContext: { ...session.signInContext },
    },
    clientId: session.clientId,
    accountId,
    expiresAt: session.expiresAt,
    isCurrent: session.uid === currentSessionId,
  };
}

/** Access tokens belong to a grant: revoking the grant revokes the app's tokens for this user. */
function revokeGrantTokens(context: RouteContext, grant: GrantState): void {
  for (const token of Object.values(context.tenant.tokens)) {
    if (token.userId === context.user.id && token.clientId === grant.clientId) token.revoked = true;
  }
}

function listSessions(context: RouteContext): Response {
  requireIdentityVerified(context);
  requireReadable(context, 'session');
  requireScope(context, SESSIONS_SCOPE, 401);
  const now = context.services.now();
  const sessions = context.user.sessions
    .filter((session) => session.expiresAt > now)
    .map((session) => sessionView(session, context.user.id, context.token.sessionId));
  return jsonResponse(200, { sessions });
}

/**
 * §6.9, §10.11: not-found and other-user sessions are thrown with the status in the data slot,
 * so they answer 400 with `data.status = 404`.
 */
function deleteSession(context: RouteContext): Response {
  const query = guard(deleteSessionQuerySchema, queryObject(context.url), 'query');
  requireIdentityVerified(context);
  requireEditable(context, 'session');
  requireScope(context, SESSIONS_SCOPE, 401);
  requireFirstParty(context);
  const sessionId = context.params.sessionId!;
  const owner = context.tenant.users.find((user) =>
    user.sessions.some((session) => session.uid === sessionId),
  );
  if (!owner) throw new ApiError(400, 'oidc.session_not_found', { data: { status: 404 } });
  if (owner.id !== context.user.id)
    throw new ApiError(400, 'oidc.invalid_session_account_id', { data: { status: 404 } });
  const session = owner.sessions.find((candidate) => candidate.uid === sessionId)!;
  if (query.revokeGrantsTarget) {
    const grantIds = new Set(
      Object.values(session.authorizations).map((authorization) => authorization.grantId),
    );
    const revoked = context.user.grants.filter(
      (grant) => grantIds.has(grant.id) && (query.revokeGrantsTarget === 'all' || grant.firstParty),
    );
    for (const grant of revoked) revokeGrantTokens(context, grant);
    context.user.grants = context.user.grants.filter((grant) => !revoked.includes(grant));
  }
  context.user.sessions = context.user.sessions.filter((candidate) => candidate !== session);
  return noContent();
}

function grantView(grant: GrantState, accountId: string): Record<string, unknown> {
  return {
    id: grant.id,
    payload: {
      exp: seconds(grant.expiresAt),
      iat: seconds(grant.createdAt),
      jti: grant.id,
      kind: 'Grant',
      clientId: grant.clientId,
      accountId,
      openid: { scope: grant.scope },
    },
    expiresAt: grant.expiresAt,
    application: { id: grant.clientId, name: grant.applicationName },
  };
}

function listGrants(context: RouteContext): Response {
  const query = guard(grantsQuerySchema, queryObject(context.url), 'query');
  requireIdentityVerified(context);
  requireReadable(context, 'session');
  requireScope(context, SESSIONS_SCOPE, 401);
  const now = context.services.now();
  const grants = context.user.grants
    .filter((grant) => grant.expiresAt > now)
    .filter((grant) => !query.appType || (query.appType === 'firstParty') === grant.firstParty)
    .map((grant) => grantView(grant, context.user.id));
  return jsonResponse(200, { grants });
}

function deleteGrant(context: RouteContext): Response {
  requireIdentityVerified(context);
  requireEditable(context, 'session');
  requireScope(context, SESSIONS_SCOPE, 401);
  requireFirstParty(context);
  const grant = context.user.grants.find((candidate) => candidate.id === context.params.grantId);
  if (!grant) throw new ApiError(404, 'oidc.invalid_grant');
  context.user.grants = context.user.grants.filter((candidate) => candidate !== grant);
  revokeGrantTokens(context, grant);
  for (const session of context.user.sessions) {
    for (const [clientId, authorization] of Object.entries(session.authorizations)) {
      if (authorization.grantId === grant.id) delete session.authorizations[clientId];
    }
  }
  return noContent();
}

/** koa-pagination: `page` ≥ 1, `page_size` 1–100 (default 20), else `400 guard.invalid_pagination`. */
function parsePagination(url: URL): { page: number; pageSize: number } {
  const parse = (name: string, fallback: number, max: number) => {
    const raw = url.searchParams.get(name);
    if (raw === null) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1 || value > max)
      throw new ApiError(400, 'guard.invalid_pagination');
    return value;
  };
  return { page: parse('page', 1, Number.MAX_SAFE_INTEGER), pageSize: parse('page_size', 20, 100) };
}

function listTrustedDevices(context: RouteContext): Response {
  const { page, pageSize } = parsePagination(context.url);
  requireIdentityVerified(context);
  requireReadable(context, 'trustedDevice');
  requireScope(context, TRUSTED_DEVICES_SCOPE, 401);
  const devices = context.user.trustedDevices;
  const slice = devices
    .slice((page - 1) * pageSize, page * pageSize)
    .map((device) => ({ ...device, isCurrent: false }));
  const totalPages = Math.max(1, Math.ceil(devices.length / pageSize));
  const link = (target: number, rel: string) => {
    const url = new URL(context.url);
    url.searchParams.set('page', String(target));
    return `<${url.pathname}${url.search}>; rel="${rel}"`;
  };
  const links = [
    link(1, 'first'),
    ...(page > 1 ? [link(page - 1, 'prev')] : []),
    ...(page < totalPages ? [link(page + 1, 'next')] : []),
    link(totalPages, 'last'),
  ];
  return jsonResponse(200, slice, {
    'total-number': String(devices.length),
    link: links.join(', '),
  });
}

function deleteTrustedDevice(context: RouteContext): Response {
  requireIdentityVerified(context);
  requireEditable(context, 'trustedDevice');
  requireScope(context, TRUSTED_DEVICES_SCOPE, 401);
  requireFirstParty(context);
  const device = context.user.trustedDevices.find(
    (candidate) => candidate.id === context.params.trustedDeviceId,
  );
  if (!device) throw new ApiError(404, 'entity.not_found');
  context.user.trustedDevices = context.user.trustedDevices.filter(
    (candidate) => candidate !== device,
  );
  return noContent();
}

/** The routes of this module. */
export const sessionRoutes: RouteDefinition[] = [
  { method: 'GET', path: '/api/my-account/sessions', handler: listSessions },
  { method: 'DELETE', path: '/api/my-account/sessions/:sessionId', handler: deleteSession },
  { method: 'GET', path: '/api/my-account/grants', handler: listGrants },
  { method: 'DELETE', path: '/api/my-account/grants/:grantId', handler: deleteGrant },
  {
    method: 'GET',
    path: '/api/my-account/trusted-devices',
    handler: listTrustedDevices,
    devOnly: true,
  },
  {
    method: 'DELETE',
    path: '/api/my-account/trusted-devices/:trustedDeviceId',
    handler: deleteTrustedDevice,
    devOnly: true,
  },
];
