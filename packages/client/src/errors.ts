/**
 * The kit's single error type. Every rejection from the client is an `AccountApiError`, whether
 * Logto answered with an error body, the network failed, or the answer did not match the contract.
 */

/** Codes the kit itself produces (Logto's own codes are dotted i18n keys like `auth.unauthorized`). */
export type AccountClientErrorCode =
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'invalid_response'
  | 'http_error'
  | 'not_modified'
  | 'no_access_token';

/** Fields accepted by the `AccountApiError` constructor. */
export interface AccountApiErrorInit {
  status: number;
  code: string;
  message: string;
  data?: unknown;
  details?: string;
  cause?: unknown;
  requiredScope?: string;
  /** Seconds the server asked the client to wait (`Retry-After`), see {@link AccountApiError.retryAfter}. */
  retryAfter?: number;
  /** When the wait ends, on this device's clock. */
  retryAt?: Date;
}

/**
 * Error thrown by every client call. `status` is the HTTP status (0 when no answer arrived),
 * `code` is Logto's error code or one of {@link AccountClientErrorCode}. `requiredScope` is set
 * when the answer may mean the access token lacks a scope this route needs (space-separated).
 */
export class AccountApiError extends Error {
  override readonly name = 'AccountApiError';
  // `declare`: set in the constructor, in this order; no field initializers to ship.
  declare readonly status: number;
  declare readonly code: string;
  declare readonly data: unknown;
  declare readonly details: string | undefined;
  declare readonly requiredScope: string | undefined;
  /**
   * Whole seconds to wait before trying again, from a `Retry-After` header (delay-seconds or an
   * HTTP date; a rate limiter in front of Logto may send it with a 429 or 503). `undefined` when
   * the answer had none: Logto's own 429 `request.message_rate_limited` has none (§8.1).
   */
  declare readonly retryAfter: number | undefined;
  /** When `retryAfter` ends, on this device's clock. */
  declare readonly retryAt: Date | undefined;

  constructor(init: AccountApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.data = init.data;
    this.details = init.details;
    this.requiredScope = init.requiredScope;
    this.retryAfter = init.retryAfter;
    this.retryAt = init.retryAt;
  }

  /** Plain-object form for logging and structured clone; never includes request headers or tokens. */
  toJSON(): {
    name: 'AccountApiError';
    status: number;
    code: string;
    message: string;
    data?: unknown;
    details?: string;
    requiredScope?: string;
    retryAfter?: number;
    retryAt?: string;
  } {
    return {
      name: this.name,
      status: this.status,
      code: this.code,
      message: this.message,
      ...(this.data === undefined ? {} : { data: this.data }),
      ...(this.details === undefined ? {} : { details: this.details }),
      ...(this.requiredScope === undefined ? {} : { requiredScope: this.requiredScope }),
      ...(this.retryAfter === undefined ? {} : { retryAfter: this.retryAfter }),
      ...(this.retryAt === undefined ? {} : { retryAt: this.retryAt.toISOString() }),
    };
  }
}

/** Type guard for `AccountApiError`, optionally narrowed to one code. */
export function isAccountApiError(value: unknown, code?: string): value is AccountApiError {
  return value instanceof AccountApiError && (code === undefined || value.code === code);
}

/**
 * Whether the server lacks the route: a bare `404` with no Logto error code (the client's
 * `http_error`), as an older Logto answers for an Account API route it does not have yet. Logto's
 * own not-found answers (`entity.not_found`, `user.identity_not_exist`, …) carry a code and are
 * real errors. Gated reads treat a missing route like an Off field: the feature hides.
 */
export function isMissingRoute(error: unknown): boolean {
  return isAccountApiError(error, 'http_error') && error.status === 404;
}

/**
 * Whether an error needs no message: the user or the app stopped the action on purpose (a
 * cancelled step-up or passkey prompt: any `*_cancelled` code; an aborted request: `aborted` or
 * an `AbortError`).
 *
 * @example
 * if (error && !isQuietError(error)) showBanner(error);
 */
export function isQuietError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, name } = error as { code?: unknown; name?: unknown };
  return (
    (typeof code === 'string' && (code === 'aborted' || code.endsWith('_cancelled'))) ||
    name === 'AbortError'
  );
}

/**
 * Seconds a `Retry-After` header asks to wait (RFC 9110 §10.2.3): delay-seconds, or an HTTP date
 * measured against the answer's own `Date` header when there is one (both on the server's clock,
 * so a skewed device clock does not shorten the wait), else against `now`. Rounded up; `undefined`
 * when absent or unreadable.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  serverDate?: string | null,
  now: number = Date.now(),
): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text);
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  const sentAt = serverDate ? Date.parse(serverDate) : Number.NaN;
  return Math.max(0, Math.ceil((at - (Number.isNaN(sentAt) ? now : sentAt)) / 1000));
}
