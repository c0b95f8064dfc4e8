/**
 * The core: a standard fetch handler over an in-memory tenant. Adapters (drop-in fetch, MSW
 * handlers, Node server) are thin layers over `handle`.
 */

import type { AdminControls } from './admin.js';
import { createAdminControls } from './admin.js';
import type { Clock, SimulatorClock } from './clock.js';
import { createSimulatorClock } from './clock.js';
import type { RouteDefinition, RouteServices } from './context.js';
import { ApiError, InternalServerError } from './errors.js';
import type { FaultControls, FaultSpec } from './faults.js';
import { createFaults, SimulatedNetworkError } from './faults.js';
import {
  corsPolicyFor,
  jsonResponse,
  preflightResponse,
  textResponse,
  withCors,
  withEtag,
} from './http.js';
import { randomId } from './ids.js';
import type { SimulatorInbox } from './inbox.js';
import { createInbox } from './inbox.js';
import { isIdentityVerified, pruneExpiredRecords } from './records.js';
import { handleManagementRequest } from './management/handler.js';
import { matchPath } from './router.js';
import { accountRoutes } from './routes/account.js';
import { identifierRoutes } from './routes/identifiers.js';
import { identityRoutes } from './routes/identities.js';
import { mfaRoutes } from './routes/mfa.js';
import { publicRoutes } from './routes/public.js';
import { sessionRoutes } from './routes/sessions.js';
import { verificationRoutes } from './routes/verifications.js';
import type { TenantSeed } from './seed.js';
import { ALL_SCOPES, buildTenant } from './seed.js';
import type {
  SocialAuthorizationParams,
  SocialAuthorizationRequest,
  SocialAuthorizeOptions,
} from './social.js';
import {
  authorizeSocial,
  buildSocialAuthorizationUri,
  describeSocialAuthorization,
  SOCIAL_AUTHORIZE_PATH,
} from './social.js';
import type { TenantState, TokenState } from './types.js';

/** A `Storage`-like object (`localStorage`, `sessionStorage`, or your own). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Options of {@link createAccountApiSimulator}. */
export interface AccountApiSimulatorOptions {
  /** The tenant to start with (and to go back to on `reset()`). */
  seed?: TenantSeed;
  /** Base clock (default: real time). The simulator wraps it so tests can pin and move it. */
  clock?: Clock;
  /**
   * Where `POST /api/verifications/social` sends users: a base URL (query parameters are added)
   * or a function. Default: `<request origin>/__mock/social/authorize`.
   */
  socialProviderUrl?: string | ((params: SocialAuthorizationParams) => string);
  /**
   * CORS of `/api/.well-known/*` and `/.well-known/webauthn`: `production` (default) sends none,
   * like a production Logto (§1.4, §12); `development` reflects any origin.
   */
  wellKnownCors?: 'production' | 'development';
  /** Keeps the tenant across reloads (e.g. `{ storage: localStorage, key: 'account-center-mock' }`). Off by default. */
  persist?: { storage: StorageLike; key?: string };
}

/** Options of `mintToken`. */
export interface MintTokenOptions {
  /** Default: the first seeded user. `null` = a client-credentials token (no account). */
  userId?: string | null;
  /** Default: every scope (`ALL_SCOPES`). `openid` is not added for you. */
  scopes?: readonly string[];
  clientId?: string;
  /** A token issued to a third-party app (mutations answer 403). */
  thirdParty?: boolean;
  /** The session behind the token (`isCurrent`); default the user's first session. */
  sessionId?: string | null;
  /** Lifetime in seconds from now; default: never expires. */
  expiresInSeconds?: number;
}

/** Per-request context an adapter can pass. */
export interface HandleOptions {
  /** The page origin when the `Request` cannot carry an `Origin` header (browsers drop it). */
  origin?: string;
  /** The browser's user agent, for the same reason (stored as a passkey's `agent`). */
  userAgent?: string;
}

/** The fake social provider controls. */
export interface SocialControls {
  /** Completes an authorization without a page: the redirect URL with `code` and `state`. */
  authorize(authorizationUri: string, options?: SocialAuthorizeOptions): string;
  /** The connector and fake accounts behind an authorization URI, to render your own authorize page. */
  describe(authorizationUri: string): SocialAuthorizationRequest | undefined;
}

/** A running simulator. */
export interface AccountApiSimulator {
  /** Answers one request like a Logto tenant would. Rejects with a `TypeError` for a simulated network error. */
  handle(request: Request, options?: HandleOptions): Promise<Response>;
  /** Issues an opaque access token. */
  mintToken(options?: MintTokenOptions): string;
  /** Revokes a token (then `401 auth.unauthorized`). */
  revokeToken(token: string): void;
  /** Admin controls (Management API equivalents). */
  admin: AdminControls;
  /** The dev inbox of sent codes. */
  inbox: SimulatorInbox;
  /** The fake social provider. */
  social: SocialControls;
  /** Fault injection. */
  faults: FaultControls;
  /** The simulator's clock. */
  clock: SimulatorClock;
  /** A deep copy of the whole tenant. */
  getState(): TenantState;
  /** Rebuilds the tenant from `seed` (default: the creation seed); clears tokens, inbox, faults and persisted data. */
  reset(seed?: TenantSeed): void;
  /**
   * Re-reads the persisted tenant when the stored copy differs from the last one this simulator
   * wrote or read (another tab of a `persist`ed simulator changed it); returns whether it did.
   * Faults, the clock and inbox subscribers stay.
   */
  reload(): boolean;
}

const routes: RouteDefinition[] = [
  ...accountRoutes,
  ...identifierRoutes,
  ...identityRoutes,
  ...mfaRoutes,
  ...sessionRoutes,
  ...verificationRoutes,
];

const STORAGE_KEY = 'account-center-mock';

/**
 * Creates a simulator of a Logto tenant's Account API and Verification API.
 *
 * @example
 * const simulator = createAccountApiSimulator();
 * const token = simulator.mintToken();
 * const response = await simulator.handle(
 *   new Request('http://localhost/api/my-account', { headers: { authorization: `Bearer ${token}` } }),
 * );
 */
export function createAccountApiSimulator(
  options: AccountApiSimulatorOptions = {},
): AccountApiSimulator {
  const clock = createSimulatorClock(options.clock);
  const storageKey = options.persist?.key ?? STORAGE_KEY;
  // The stored copy this simulator last wrote or read, so `reload` can tell another writer's.
  let lastStored: string | null | undefined;
  let initialSeed = options.seed ?? {};
  let tenant = loadPersisted() ?? buildTenant(initialSeed, clock.now());
  const faults = createFaults();

  function loadPersisted(): TenantState | undefined {
    const raw = options.persist?.storage.getItem(storageKey);
    lastStored = raw;
    if (!raw) return undefined;
    try {
      const parsed = JSON.parse(raw) as TenantState;
      // A tenant stored before the sign-in experience took Logto's `usernamePolicy` shape is rebuilt.
      return parsed.version === 1 && parsed.signInExperience?.usernamePolicy?.allowedChars
        ? parsed
        : undefined;
    } catch {
      return undefined;
    }
  }

  function save(): void {
    if (!options.persist) return;
    pruneExpiredRecords(tenant, clock.now());
    try {
      const raw = JSON.stringify(tenant);
      options.persist.storage.setItem(storageKey, raw);
      lastStored = raw;
    } catch (error) {
      // A full storage (e.g. many uploaded avatars) must not break the simulated API.
      console.warn('[account-center mock] could not persist the tenant', error);
    }
  }

  const getTenant = () => tenant;
  const inbox = createInbox(getTenant, save);
  const admin = createAdminControls(getTenant, () => clock.now(), save);

  function servicesFor(request: Request): RouteServices {
    const requestOrigin = new URL(request.url).origin;
    return {
      now: () => clock.now(),
      deliver: (message) => inbox.deliver(message),
      socialAuthorizationUri(params) {
        const { socialProviderUrl } = options;
        if (typeof socialProviderUrl === 'function') return socialProviderUrl(params);
        return buildSocialAuthorizationUri(
          socialProviderUrl ?? `${requestOrigin}${SOCIAL_AUTHORIZE_PATH}`,
          params,
        );
      },
      assetBaseUrl: () => requestOrigin,
    };
  }

  /** §1.2 rows 1–5: the token; the account-center check (row 6) follows in `handle`. */
  function authenticate(request: Request): { token: TokenState } {
    const authorization = request.headers.get('authorization');
    if (!authorization) throw new ApiError(401, 'auth.authorization_header_missing');
    if (!authorization.startsWith('Bearer')) {
      throw new ApiError(401, 'auth.authorization_token_type_not_supported', {
        data: { supportedTypes: ['Bearer'] },
      });
    }
    const value = authorization.slice('Bearer'.length).trim();
    const token = tenant.tokens[value];
    if (!token || token.revoked || (token.expiresAt !== null && token.expiresAt <= clock.now())) {
      throw new ApiError(401, 'auth.unauthorized');
    }
    if (!token.userId || !tenant.users.some((user) => user.id === token.userId))
      throw new ApiError(401, 'auth.unauthorized');
    if (!token.scopes.includes('openid')) throw new ApiError(403, 'auth.forbidden');
    return { token };
  }

  async function readBody(request: Request): Promise<unknown> {
    const type = request.headers.get('content-type') ?? '';
    // koa-body parses JSON bodies only; anything else reaches the guard as `{}`.
    if (!/^application\/(?:[\w.+-]*\+)?json\b/i.test(type)) return {};
    const text = await request.text();
    if (!text.trim()) return {};
    return JSON.parse(text) as unknown;
  }

  async function route(request: Request, handleOptions: HandleOptions): Promise<Response> {
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    const pathname = url.pathname.replace(/\/+$/, '') || '/';
    const origin = request.headers.get('origin') ?? handleOptions.origin;
    const userAgent = request.headers.get('user-agent') ?? handleOptions.userAgent;
    const services = servicesFor(request);

    const managed = await handleManagementRequest(request, { tenant, admin, now: clock.now });
    if (managed) return managed;
    const publicRoute = findRoute(publicRoutes, method, pathname);
    if (publicRoute) {
      return publicRoute.route.handler({
        request,
        url,
        params: publicRoute.params,
        body: {},
        origin,
        userAgent,
        tenant,
        services,
      });
    }
    const activeRoutes = routes.filter((candidate) => !candidate.devOnly || tenant.devFeatures);
    const match = findRoute(activeRoutes, method, pathname);
    if (!match) {
      const pathExists = [...activeRoutes, ...publicRoutes].some((candidate) =>
        matchPath(candidate.path, pathname),
      );
      return pathExists ? textResponse(405, 'Method Not Allowed') : textResponse(404, 'Not Found');
    }

    let body: unknown;
    try {
      body = await readBody(request);
    } catch (error) {
      // Malformed JSON fails in the body parser, before any route logic (§1.3).
      return jsonResponse(400, {
        message: error instanceof Error ? error.message : 'Invalid JSON',
      });
    }
    const { token } = authenticate(request);
    if (!tenant.accountCenter.enabled) throw new ApiError(400, 'account_center.not_enabled');
    const user = tenant.users.find((candidate) => candidate.id === token.userId)!;
    const identityVerified = isIdentityVerified(
      tenant,
      request.headers.get('logto-verification-id'),
      user.id,
      clock.now(),
    );
    const response = await match.route.handler({
      request,
      url,
      params: match.params,
      body,
      origin,
      userAgent,
      tenant,
      services,
      token,
      user,
      identityVerified,
    });
    return response;
  }

  /** The fault's answer (`undefined`: none, answer normally); rejects for a network error or a hang. */
  async function faultAnswer(fault: FaultSpec, signal: AbortSignal): Promise<Response | undefined> {
    if (fault.latencyMs) await new Promise((resolve) => setTimeout(resolve, fault.latencyMs));
    if (fault.networkError) throw new SimulatedNetworkError();
    if (fault.timeout) {
      // Never answered: only the caller's abort ends it (rejecting with the signal's reason).
      return new Promise<never>((_resolve, reject) => {
        signal.throwIfAborted();
        signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      });
    }
    if (fault.malformedBody) {
      return new Response('{"truncated": ', {
        status: fault.status ?? 200,
        headers: { 'content-type': 'application/json; charset=utf-8' },
      });
    }
    if (fault.status !== undefined) {
      if (!fault.code)
        return jsonResponse(fault.status, { message: fault.message ?? 'Internal server error.' });
      const error = new ApiError(fault.status, fault.code, { data: fault.data });
      return jsonResponse(fault.status, {
        ...error.toBody(),
        ...(fault.message ? { message: fault.message } : {}),
      });
    }
    return undefined;
  }

  async function handle(request: Request, handleOptions: HandleOptions = {}): Promise<Response> {
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    const policy = corsPolicyFor(url.pathname, options.wellKnownCors ?? 'production');
    const origin = request.headers.get('origin') ?? handleOptions.origin ?? null;
    if (method === 'OPTIONS') return preflightResponse(request, policy);
    const fault = faults.take(method, url.pathname);
    const after = fault?.when === 'after';
    let response = fault && !after ? await faultAnswer(fault, request.signal) : undefined;
    if (!response) {
      try {
        response = await route(request, handleOptions);
      } catch (error) {
        response = errorResponse(error);
      }
      response = await withEtag(request, response);
      // Reads can change state too (sentinel counters, refreshed provider tokens).
      save();
      // Applied and saved; now the answer is lost (or replaced) on its way back.
      if (after) response = (await faultAnswer(fault, request.signal)) ?? response;
    }
    return withCors(response, origin, policy);
  }

  return {
    handle,
    mintToken(mintOptions = {}) {
      const userId =
        mintOptions.userId === undefined ? (tenant.users[0]?.id ?? null) : mintOptions.userId;
      const user = tenant.users.find((candidate) => candidate.id === userId);
      const value = `mock_at_${randomId(32)}`;
      tenant.tokens[value] = {
        userId,
        scopes: [...(mintOptions.scopes ?? ALL_SCOPES)],
        clientId: mintOptions.clientId ?? 'account-center-demo',
        thirdParty: mintOptions.thirdParty ?? false,
        sessionId:
          mintOptions.sessionId === undefined
            ? (user?.sessions[0]?.uid ?? null)
            : mintOptions.sessionId,
        expiresAt:
          mintOptions.expiresInSeconds === undefined
            ? null
            : clock.now() + mintOptions.expiresInSeconds * 1000,
        revoked: false,
      };
      save();
      return value;
    },
    revokeToken(value) {
      const token = tenant.tokens[value];
      if (token) token.revoked = true;
      save();
    },
    admin,
    inbox,
    social: {
      authorize(authorizationUri, authorizeOptions = {}) {
        const location = authorizeSocial(tenant, authorizationUri, authorizeOptions, clock.now());
        save();
        return location;
      },
      describe: (authorizationUri) => describeSocialAuthorization(tenant, authorizationUri),
    },
    faults,
    clock,
    getState: () => structuredClone(tenant),
    reload() {
      if (!options.persist) return false;
      const raw = options.persist.storage.getItem(storageKey);
      if (raw === lastStored) return false;
      const stored = loadPersisted();
      if (!stored) return false;
      tenant = stored;
      return true;
    },
    reset(seed) {
      if (seed) initialSeed = seed;
      tenant = buildTenant(initialSeed, clock.now());
      faults.clear();
      options.persist?.storage.removeItem(storageKey);
      save();
    },
  };
}

function findRoute<TRoute extends { method: string; path: string }>(
  candidates: TRoute[],
  method: string,
  pathname: string,
): { route: TRoute; params: Record<string, string> } | undefined {
  for (const candidate of candidates) {
    if (candidate.method !== method && !(method === 'HEAD' && candidate.method === 'GET')) continue;
    const params = matchPath(candidate.path, pathname);
    if (params) return { route: candidate, params };
  }
  return undefined;
}

/** Handled errors become Logto's body; anything else is the generic 500 (§1.3). */
function errorResponse(error: unknown): Response {
  if (error instanceof SimulatedNetworkError) throw error;
  if (error instanceof ApiError) return jsonResponse(error.status, error.toBody());
  if (!(error instanceof InternalServerError))
    console.error('[account-center mock] unexpected error', error);
  return jsonResponse(500, { message: 'Internal server error.' });
}
