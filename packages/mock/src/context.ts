/** What a route handler receives. */

import type { InboxMessage, TenantState, TokenState, UserState } from './types.js';

/** Services the routes need from the simulator (time, ids, the dev inbox, the fake provider). */
export interface RouteServices {
  now(): number;
  /** Records a "sent" code in the dev inbox. */
  deliver(message: InboxMessage): void;
  /** Builds the fake provider's authorization URI (§ social). */
  socialAuthorizationUri(params: {
    connectorId: string;
    state: string;
    redirectUri: string;
    scope?: string;
    verificationRecordId: string;
  }): string;
  /** Public base URL of the simulator (for uploaded-asset URLs). */
  assetBaseUrl(request: Request): string;
}

/** A request the global checks let through (§1.2). */
export interface RouteContext {
  request: Request;
  url: URL;
  params: Record<string, string>;
  /** Parsed JSON body; `{}` when none was sent (koa-body's default). */
  body: unknown;
  /** Page origin: the `Origin` header, or what the adapter passed. */
  origin: string | undefined;
  /** The `User-Agent` header, or what the adapter passed (browsers cannot set it on a `Request`). */
  userAgent: string | undefined;
  tenant: TenantState;
  services: RouteServices;
  token: TokenState;
  user: UserState;
  /** The `logto-verification-id` header evaluated silently (§4.4). */
  identityVerified: boolean;
}

/** A route handler. */
export type RouteHandler = (context: RouteContext) => Response | Promise<Response>;

/** An anonymous route (well-known, dev pages). */
export type PublicRouteHandler = (
  context: Omit<RouteContext, 'token' | 'user' | 'identityVerified'>,
) => Response | Promise<Response>;

/** A route of the catalogue. */
export interface RouteDefinition {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path with `:param` segments. */
  path: string;
  handler: RouteHandler;
  /** Registered only with dev features on (§6.10). */
  devOnly?: boolean;
}

/** An anonymous route. */
export interface PublicRouteDefinition {
  method: 'GET' | 'POST';
  path: string;
  handler: PublicRouteHandler;
}
