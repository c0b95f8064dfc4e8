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

  constructor(init: AccountApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.data = init.data;
    this.details = init.details;
    this.requiredScope = init.requiredScope;
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
  } {
    return {
      name: this.name,
      status: this.status,
      code: this.code,
      message: this.message,
      ...(this.data === undefined ? {} : { data: this.data }),
      ...(this.details === undefined ? {} : { details: this.details }),
      ...(this.requiredScope === undefined ? {} : { requiredScope: this.requiredScope }),
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
