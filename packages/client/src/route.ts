/**
 * Static facts about one route, from the contract's route catalogue (§5, §4.3, §2). Each
 * operation module declares its own routes so importing one operation pulls only its own facts.
 * Operations on a route without `:parameters` pass no `path`: the transport sends `route.path`.
 */

/** When a route needs the `logto-verification-id` header (§5 legend: A / C / –). */
export type VerificationRequirement = 'always' | 'when-user-has-method' | 'never';

/** HTTP methods used by the Account and Verification APIs. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Facts about one route of the contract. */
export interface AccountRoute {
  readonly method: HttpMethod;
  /** Path template, e.g. `/api/my-account/identities/:target`. */
  readonly path: string;
  /** OIDC scope(s) the route checks, space-separated (besides `openid`). */
  readonly scope?: string;
  /** Status Logto answers when that scope is missing (§5 "Scope (fail status)"). */
  readonly scopeFailureStatus?: 400 | 401 | 403;
  readonly verification: VerificationRequirement;
  /** Anonymous routes (`/.well-known/*`) send no token. */
  readonly anonymous?: boolean;
  /**
   * Whether the last good body may be kept to answer a `304` (§1.4). Off for routes whose bodies
   * are secrets (backup codes, provider tokens) so they are never held longer than the call.
   */
  readonly reuseOnNotModified?: boolean;
}
