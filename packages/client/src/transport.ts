/**
 * The core transport: one `request` function that every operation goes through. It owns the
 * token (with one refresh-and-retry on 401), the `logto-verification-id` header, timeouts and
 * aborts, and turns every answer into parsed data or an {@link AccountApiError}.
 */
import * as z from 'zod/mini';
import { AccountApiError, parseRetryAfter } from './errors.js';
import type { AccountClientErrorCode } from './errors.js';
import { knownIdentifiers, rememberIdentifiers } from './known-identifiers.js';
import type { AccountRoute, VerificationRequirement } from './route.js';
import { createVerificationStore } from './verification-store.js';
import type { VerificationStore } from './verification-store.js';

/** Per-call options accepted by every operation. */
export interface RequestOptions {
  /** Abort the call; it then rejects with code `aborted`. */
  signal?: AbortSignal;
  /**
   * Send this id as `logto-verification-id` instead of the stored record (only on routes that can
   * use the header). A `permission_denied` answer then leaves the store untouched.
   */
  verificationRecordId?: string;
}

/** What the transport asks its {@link EnsureVerified} hook for. */
export interface VerificationNeed {
  /** The route's requirement for this request (`updateAccount` with `username` is `always`). */
  requirement: Exclude<VerificationRequirement, 'never'>;
  /**
   * `required`: no fresh record before the call. `expired`: the server refused the record with
   * `401 verification_record.permission_denied` (§4.4); the call is retried once after the hook.
   */
  reason: 'required' | 'expired';
}

/**
 * The one step-up hook: resolve once a fresh record is in the store (e.g. after the user typed
 * their password), reject to cancel the call (it then rejects with that error). The transport
 * calls it only when this user needs the header and no fresh record exists, and once more after a
 * `permission_denied` answer, then retries the call once.
 */
export type EnsureVerified = (need: VerificationNeed) => Promise<void>;

/** Options for {@link createAccountTransport}. */
export interface AccountTransportOptions {
  /** Logto tenant endpoint, e.g. `https://tenant.logto.app` (no trailing `/api`). */
  endpoint: string;
  /** Returns an opaque, resource-less access token (§1.1); asked again once after a 401. */
  getAccessToken?: () => Promise<string | null | undefined>;
  /** Fetch implementation; defaults to `globalThis.fetch`, looked up at call time. */
  fetch?: typeof fetch;
  /** Sent as `Accept-Language` so Logto localizes `message` (§1.3). A function is read per call. */
  locale?: string | (() => string | undefined);
  /** Whole-call timeout in ms, retries included; `0` disables it. Default 15000. */
  timeoutMs?: number;
  /** Called once a call finally fails with a 401 `auth.*` error (after the one retry). */
  onUnauthorized?: (error: AccountApiError) => void;
  /** Clock in epoch ms used for verification-record freshness; injectable for tests. */
  now?: () => number;
  /** Store to use for the verification record; a new memory store by default. */
  verification?: VerificationStore;
  /**
   * Step-up hook: asked before a call that needs the `logto-verification-id` header for this user
   * when no fresh record exists, and after a `permission_denied` answer (then the call is retried
   * once). Without it such calls go out without the header and reject with `permission_denied`.
   */
  ensureVerified?: EnsureVerified;
}

/**
 * One request as an operation describes it to the transport. Without `schema` the answer's body
 * is ignored and the call resolves with nothing (204, and the rename route's text `OK`, §1.5).
 */
export interface TransportRequest<TData = unknown, T = TData> {
  route: AccountRoute;
  /** Concrete path (parameters encoded, query included); defaults to `route.path`. */
  path?: string;
  json?: unknown;
  formData?: FormData;
  /** Zod schema of the JSON success body. */
  schema?: z.ZodMiniType<TData>;
  /** Derive the result from the parsed body and the headers (e.g. `Total-Number`). */
  select?: (data: TData, headers: Headers) => T;
  /** Overrides `route.verification` when the body decides it (e.g. `username` in PATCH). */
  verification?: VerificationRequirement;
  /** Overrides `route.scope` when the body decides it (e.g. `customData` in PATCH). */
  scope?: string;
}

/** The low-level client every operation function takes as its first argument. */
export interface AccountTransport {
  /** Normalized endpoint (no trailing slash). */
  readonly endpoint: string;
  /** The identity-verification record store (memory only). */
  readonly verification: VerificationStore;
  /** Current time in epoch ms, from the injected clock. */
  now(): number;
  /**
   * Whether this user must send the header on a route with this requirement (§5 legend; `C`
   * routes only when the user has a password, email or phone, §6.4). Reads the account once when
   * no account answer was seen yet.
   */
  needsVerification(
    requirement: VerificationRequirement,
    options?: RequestOptions,
  ): Promise<boolean>;
  /**
   * Replace the step-up hook (the React provider plugs its prompt slot in here); returns a function
   * that puts the previous hook back.
   */
  setEnsureVerified(hook: EnsureVerified | undefined): () => void;
  /** Send one request; resolves with parsed data or rejects with `AccountApiError`. */
  request<TData, T>(
    request: TransportRequest<TData, T> & {
      schema: z.ZodMiniType<TData>;
      select: (data: TData, headers: Headers) => T;
    },
    options?: RequestOptions,
  ): Promise<T>;
  request<TData>(
    request: TransportRequest<TData> & { schema: z.ZodMiniType<TData> },
    options?: RequestOptions,
  ): Promise<TData>;
  request(
    request: Omit<TransportRequest, 'schema' | 'select'>,
    options?: RequestOptions,
  ): Promise<void>;
}

const DEFAULT_TIMEOUT_MS = 15_000;

const errorBodySchema = z.object({
  code: z.optional(z.string()),
  message: z.optional(z.string()),
  data: z.optional(z.unknown()),
  details: z.optional(z.string()),
});

/** Abort reason the transport uses internally to tell a timeout from a caller's abort. */
const timeoutReason = Symbol('timeout');

/** An error with one of the kit's own codes (no HTTP answer, or an unusable one). */
function kitError(
  status: number,
  code: AccountClientErrorCode,
  message: string,
  cause?: unknown,
  data?: unknown,
) {
  return new AccountApiError({ status, code, message, cause, data });
}

/**
 * Create the core transport without any operation attached; pair it with standalone operation
 * functions (`getAccount(transport)`) to ship only what the app uses.
 *
 * @example
 * const transport = createAccountTransport({ endpoint, getAccessToken: () => logto.getAccessToken() });
 * const account = await getAccount(transport);
 */
export function createAccountTransport(options: AccountTransportOptions): AccountTransport {
  const endpoint = options.endpoint.replace(/\/+$/, '');
  const clock = options.now ?? Date.now;
  const verification = options.verification ?? createVerificationStore({ now: clock });
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // Last good body per URL, only to answer a 304 that the app's own fetch provoked (§1.4).
  const lastGoodBodies = new Map<string, { etag: string; text: string }>();
  let ensureVerified = options.ensureVerified;

  async function needsVerification(
    requirement: VerificationRequirement,
    requestOptions?: RequestOptions,
  ): Promise<boolean> {
    if (requirement !== 'when-user-has-method') return requirement === 'always';
    let { hasMethod } = knownIdentifiers(verification);
    if (hasMethod === undefined) {
      // Only `hasSecurityVerificationMethod` is needed: `id` and it are always in the answer (§3.2).
      const account = (await request(
        { route: selfRoute, schema: methodSchema },
        { signal: requestOptions?.signal },
      )) as z.infer<typeof methodSchema>;
      hasMethod = account.hasSecurityVerificationMethod;
      rememberIdentifiers(verification, { hasMethod });
    }
    return hasMethod;
  }

  /**
   * One call with step-up: the hook first when this user needs the header and has no fresh record;
   * on `permission_denied` (the store already dropped the record), the hook again and one retry.
   * Waiting for the user is not part of the call's timeout.
   */
  async function request(spec: TransportRequest, requestOptions: RequestOptions = {}) {
    const requirement = spec.verification ?? spec.route.verification;
    if (requirement === 'never') return requestOnce(spec, requestOptions);
    const hook = requestOptions.verificationRecordId ? undefined : ensureVerified;
    if (
      hook &&
      !verification.isFresh(clock()) &&
      (await needsVerification(requirement, requestOptions))
    ) {
      await hook({ requirement, reason: 'required' });
    }
    try {
      return await requestOnce(spec, requestOptions);
    } catch (error) {
      if (!hook || !(error instanceof AccountApiError)) throw error;
      if (error.code !== 'verification_record.permission_denied') throw error;
      await hook({ requirement, reason: 'expired' });
      return await requestOnce(spec, requestOptions);
    }
  }

  async function requestOnce(
    spec: TransportRequest,
    requestOptions: RequestOptions = {},
  ): Promise<unknown> {
    const { signal, verificationRecordId } = requestOptions;
    const controller = new AbortController();
    const onAbort = () => controller.abort(signal?.reason);
    if (signal?.aborted) onAbort();
    signal?.addEventListener('abort', onAbort);
    const timer =
      timeoutMs > 0 ? setTimeout(() => controller.abort(timeoutReason), timeoutMs) : undefined;

    const sentVerificationId =
      (spec.verification ?? spec.route.verification) === 'never'
        ? undefined
        : (verificationRecordId ?? verification.getFresh(clock())?.id);

    const attempt = async () => {
      controller.signal.throwIfAborted();
      const token = spec.route.anonymous ? undefined : await readToken(controller.signal);
      return send(spec, token, sentVerificationId, controller.signal);
    };

    try {
      try {
        return await attempt();
      } catch (error) {
        // Only a 401 can be cured by a new token; a 400 auth.unauthorized is a missing scope (§5).
        const refreshable =
          error instanceof AccountApiError &&
          error.status === 401 &&
          (error.code === 'auth.unauthorized' ||
            error.code === 'auth.authorization_header_missing');
        if (!refreshable) throw error;
        return await attempt();
      }
    } catch (error) {
      let final = error;
      if (!(error instanceof AccountApiError) && controller.signal.aborted) {
        const { reason } = controller.signal;
        final =
          reason === timeoutReason
            ? kitError(0, 'timeout', 'The request timed out.', error)
            : kitError(0, 'aborted', 'The request was aborted.', reason);
      }
      if (final instanceof AccountApiError) {
        const current = verification.get();
        // §4.4: any unusable record yields this 401; keep a record set meanwhile or passed explicitly.
        if (
          final.code === 'verification_record.permission_denied' &&
          !verificationRecordId &&
          current &&
          (!sentVerificationId || current.id === sentVerificationId)
        ) {
          verification.clear();
        }
        if (final.status === 401 && /^auth\.|^no_access_token$/.test(final.code))
          options.onUnauthorized?.(final);
      }
      throw final;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  async function readToken(signal: AbortSignal): Promise<string | undefined> {
    if (!options.getAccessToken) return undefined;
    try {
      // Raced with the signal so a hanging token refresh still honours timeout and abort.
      const token = await untilAborted(options.getAccessToken(), signal);
      return token ?? undefined;
    } catch (error) {
      if (signal.aborted) throw error;
      throw kitError(
        401,
        'no_access_token',
        'getAccessToken() failed: the user may need to sign in again.',
        error,
      );
    }
  }

  async function send(
    spec: TransportRequest,
    token: string | undefined,
    verificationId: string | undefined,
    signal: AbortSignal,
  ): Promise<unknown> {
    const url = endpoint + (spec.path ?? spec.route.path);
    const headers: Record<string, string> = {};
    const locale = typeof options.locale === 'function' ? options.locale() : options.locale;
    if (locale) headers['accept-language'] = locale;
    if (token) headers.authorization = `Bearer ${token}`;
    if (verificationId) headers['logto-verification-id'] = verificationId;
    let body: BodyInit | undefined = spec.formData;
    if (spec.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(spec.json);
    }

    let response: Response;
    let text: string;
    try {
      // Raced too: an app's own `fetch` may ignore the signal, and timeout/abort must still win.
      response = await untilAborted(
        (options.fetch ?? globalThis.fetch)(url, {
          method: spec.route.method,
          headers,
          body,
          signal,
        }),
        signal,
      );
      text = await untilAborted(response.text(), signal);
    } catch (error) {
      if (signal.aborted) throw error;
      throw kitError(0, 'network', 'Network request failed.', error);
    }

    const reuse =
      spec.route.method === 'GET' && spec.route.reuseOnNotModified !== false && spec.schema;
    const etag = response.headers.get('etag');
    if (response.status === 304) {
      const kept = reuse && lastGoodBodies.get(url);
      if (!kept || (etag && etag !== kept.etag)) {
        throw kitError(
          304,
          'not_modified',
          'Got 304 Not Modified but no kept body matches this URL.',
        );
      }
      text = kept.text;
    } else if (!response.ok) {
      throw toAccountApiError(response, text, spec, clock());
    }

    const value = readSuccess(spec, text, response.headers);
    if (reuse && etag && response.status !== 304) lastGoodBodies.set(url, { etag, text });
    return value;
  }

  return {
    endpoint,
    verification,
    now: clock,
    request: request as AccountTransport['request'],
    needsVerification,
    setEnsureVerified(hook) {
      const previous = ensureVerified;
      ensureVerified = hook;
      return () => {
        ensureVerified = previous;
      };
    },
  };
}

// `GET /api/my-account`, read only to learn whether the user has a sign-in method (§6.4).
const selfRoute: AccountRoute = { method: 'GET', path: '/api/my-account', verification: 'never' };
const methodSchema = z.object({ hasSecurityVerificationMethod: z.boolean() });

/** Settles like `promise`, or rejects with the signal's reason as soon as it aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_resolve, reject) => {
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    }),
  ]);
}

/** Parse a 2xx body according to what the route promises (§1.5). */
function readSuccess(spec: TransportRequest, text: string, headers: Headers): unknown {
  const { schema, route } = spec;
  // 204 and the rename route's text `OK` (§1.5) carry nothing the caller needs.
  if (!schema) return undefined;
  const where = `${route.method} ${route.path}`;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw kitError(0, 'invalid_response', `Expected JSON from ${where}.`, error);
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const issues = result.error.issues.map(({ path, message, code }) => ({ path, message, code }));
    throw kitError(
      0,
      'invalid_response',
      `Unexpected answer shape from ${where}.`,
      result.error,
      issues,
    );
  }
  return spec.select ? spec.select(result.data, headers) : result.data;
}

/**
 * The one place an HTTP error status becomes an `AccountApiError` (§1.3). Logto's JSON error body
 * gives `code`/`message`/`data`/`details`; bodies without `code` (malformed JSON → `400 {message}`,
 * unhandled → `500 {message}`) and non-JSON bodies (`Not Found`) get the kit code `http_error`.
 * Where a route answers `auth.unauthorized`/`auth.forbidden` for a missing scope, the error names it.
 * A `Retry-After` header becomes `retryAfter` (seconds) and `retryAt` (at `now` + that, device clock).
 */
export function toAccountApiError(
  response: Pick<Response, 'status' | 'statusText'> & { headers?: Headers },
  text: string,
  spec?: Pick<TransportRequest, 'route' | 'scope'>,
  now: number = Date.now(),
): AccountApiError {
  const { status, headers } = response;
  // A gateway in front of Logto may say how long to wait (429, 503); Logto itself does not (§8).
  const retryAfter = parseRetryAfter(headers?.get('retry-after'), headers?.get('date'), now);
  let body: z.infer<typeof errorBodySchema> | undefined;
  try {
    body = errorBodySchema.safeParse(JSON.parse(text)).data;
  } catch {
    // Not JSON: Koa's plain-text answers such as `Not Found`.
  }
  const code = body?.code ?? 'http_error';
  let message =
    body?.message ?? (text.trim().slice(0, 200) || response.statusText || `HTTP ${status}`);

  const requiredScope = spec && scopeBehind(status, code, spec);
  if (requiredScope) {
    const scopes = requiredScope.replaceAll(' ', '` and `');
    message += ` The access token ${status === 401 ? 'may lack' : 'lacks'} a scope this route needs: request \`${scopes}\` at sign-in.`;
  }
  return new AccountApiError({
    status,
    code,
    message,
    data: body?.data,
    details: body?.details,
    requiredScope,
    retryAfter,
    retryAt: retryAfter === undefined ? undefined : new Date(now + retryAfter * 1000),
  });
}

/** Scope(s) a missing-scope answer on this route points to (§1.2, §5), if the answer can mean that. */
function scopeBehind(
  status: number,
  code: string,
  spec: Pick<TransportRequest, 'route' | 'scope'>,
) {
  const { route } = spec;
  const scope = spec.scope ?? route.scope;
  // 403 auth.forbidden is also the global answer for a token without `openid` (§1.2 row 5).
  if (code === 'auth.forbidden' && status === 403) {
    return route.scopeFailureStatus === 403 ? `openid ${scope}` : 'openid';
  }
  return code === 'auth.unauthorized' && status === route.scopeFailureStatus ? scope : undefined;
}
