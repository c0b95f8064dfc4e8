/**
 * The fake social provider. `POST /api/verifications/social` answers an `authorizationUri`
 * pointing at its authorize page; the page (or {@link authorizeSocial} for tests that cannot
 * navigate) sends the browser back to `redirectUri` with `code` and `state`, which
 * `/social/verify` accepts as `connectorData`.
 */

import { ApiError } from './errors.js';
import { randomId } from './ids.js';
import type { SocialProviderUser, TenantState } from './types.js';

/** Default path of the authorize page, on the simulator's own endpoint. */
export const SOCIAL_AUTHORIZE_PATH = '/__mock/social/authorize';

/** What the provider needs to come back. */
export interface SocialAuthorizationParams {
  connectorId: string;
  state: string;
  redirectUri: string;
  scope?: string;
  verificationRecordId: string;
}

/** Builds the authorization URI as query parameters on `baseUrl`. */
export function buildSocialAuthorizationUri(
  baseUrl: string,
  params: SocialAuthorizationParams,
): string {
  const url = new URL(baseUrl);
  url.searchParams.set('connector_id', params.connectorId);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', `mock-client-${params.connectorId}`);
  url.searchParams.set('redirect_uri', params.redirectUri);
  url.searchParams.set('state', params.state);
  if (params.scope) url.searchParams.set('scope', params.scope);
  return url.toString();
}

/** How to finish an authorization: as which provider user, or cancel. */
export interface SocialAuthorizeOptions {
  /** A provider user id of that connector, or a new user to add to it. Default: its first user. */
  user?: string | SocialProviderUser;
  /** `true` = the user pressed Cancel: `error=access_denied`. */
  cancel?: boolean;
}

/** What an authorize page needs to render: the connector and its fake accounts. */
export interface SocialAuthorizationRequest {
  connector: { id: string; name: string; target: string };
  users: SocialProviderUser[];
  state: string;
  redirectUri: string;
}

/** Reads an authorization URI of the fake provider (for an app's own authorize page, e.g. the playground's). */
export function describeSocialAuthorization(
  tenant: TenantState,
  authorizationUri: string,
): SocialAuthorizationRequest | undefined {
  const uri = new URL(authorizationUri);
  const connectorId = uri.searchParams.get('connector_id');
  const redirectUri = uri.searchParams.get('redirect_uri');
  const connector = tenant.connectors.find(
    (candidate) => candidate.id === connectorId && candidate.type === 'Social',
  );
  if (!connector || !redirectUri) return undefined;
  return {
    connector: { id: connector.id, name: connector.name, target: connector.target },
    users: connector.users.map((user) => ({ ...user })),
    state: uri.searchParams.get('state') ?? '',
    redirectUri,
  };
}

/** The redirect URL back to the app, with `code` and `state` (or `error=access_denied`). */
export function authorizeSocial(
  tenant: TenantState,
  authorizationUri: string,
  options: SocialAuthorizeOptions,
  now: number,
): string {
  const uri = new URL(authorizationUri);
  const connectorId = uri.searchParams.get('connector_id') ?? '';
  const state = uri.searchParams.get('state') ?? '';
  const redirectUri = uri.searchParams.get('redirect_uri');
  if (!redirectUri) throw new Error('The authorization URI has no redirect_uri');
  const redirect = new URL(redirectUri);
  if (options.cancel) {
    redirect.searchParams.set('error', 'access_denied');
    redirect.searchParams.set('state', state);
    return redirect.toString();
  }
  const connector = tenant.connectors.find(
    (candidate) => candidate.id === connectorId && candidate.type === 'Social',
  );
  if (!connector) throw new Error(`Unknown social connector: ${connectorId}`);
  let user: SocialProviderUser | undefined;
  if (typeof options.user === 'object') {
    const given = options.user;
    user = connector.users.find((candidate) => candidate.id === given.id);
    if (!user) {
      user = { ...given };
      connector.users.push(user);
    }
  } else {
    user =
      options.user === undefined
        ? connector.users[0]
        : connector.users.find((candidate) => candidate.id === options.user);
  }
  if (!user)
    throw new Error(
      `The fake ${connector.name} provider has no user ${String(options.user ?? '')}`,
    );
  const code = `mock-code-${randomId(16)}`;
  tenant.socialCodes[code] = { connectorId, userId: user.id, redirectUri, state, issuedAt: now };
  redirect.searchParams.set('code', code);
  redirect.searchParams.set('state', state);
  return redirect.toString();
}

const CODE_LIFETIME_MS = 10 * 60 * 1000;

/**
 * Exchanges `connectorData` for the provider user, as a connector's `getUserInfo` would.
 * Provider errors use Logto's connector codes.
 */
export function exchangeSocialCode(
  tenant: TenantState,
  connectorId: string,
  expectedState: string,
  connectorData: Record<string, unknown>,
  now: number,
): SocialProviderUser {
  if (typeof connectorData.error === 'string') {
    throw new ApiError(401, 'connector.authorization_failed', {
      data: { error: connectorData.error },
    });
  }
  // The connector session stored in the record must match the state that came back.
  if (connectorData.state !== undefined && connectorData.state !== expectedState) {
    throw new ApiError(400, 'session.connector_validation_session_not_found');
  }
  const code = typeof connectorData.code === 'string' ? connectorData.code : undefined;
  const issued = code ? tenant.socialCodes[code] : undefined;
  if (
    !code ||
    !issued ||
    issued.connectorId !== connectorId ||
    issued.issuedAt + CODE_LIFETIME_MS <= now
  ) {
    throw new ApiError(401, 'connector.social_auth_code_invalid');
  }
  delete tenant.socialCodes[code];
  const connector = tenant.connectors.find((candidate) => candidate.id === connectorId);
  const user = connector?.users.find((candidate) => candidate.id === issued.userId);
  if (!user) throw new ApiError(401, 'connector.social_auth_code_invalid');
  return { ...user };
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The accessible authorize page: one "Continue as <name>" button per provider user, and Cancel. */
export function renderSocialAuthorizePage(tenant: TenantState, url: URL): string {
  const connectorId = url.searchParams.get('connector_id') ?? '';
  const connector = tenant.connectors.find(
    (candidate) => candidate.id === connectorId && candidate.type === 'Social',
  );
  const title = connector ? `Sign in with ${connector.name}` : 'Unknown provider';
  const hidden = [...url.searchParams.entries()]
    .map(
      ([name, value]) =>
        `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`,
    )
    .join('\n      ');
  const buttons = (connector?.users ?? [])
    .map(
      (user) =>
        `<li><button type="submit" name="user" value="${escapeHtml(user.id)}">Continue as ${escapeHtml(user.name ?? user.email ?? user.id)}</button>${
          user.email ? ` <span>${escapeHtml(user.email)}</span>` : ''
        }</li>`,
    )
    .join('\n        ');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escapeHtml(title)} (simulated)</title>
    <style>
      body { font-family: system-ui, sans-serif; max-width: 28rem; margin: 4rem auto; padding: 0 1rem; color: #1b1b1f; }
      ul { list-style: none; padding: 0; display: grid; gap: .75rem; }
      button { font: inherit; padding: .6rem 1rem; border-radius: .5rem; border: 1px solid #5d34f2; background: #5d34f2; color: #fff; cursor: pointer; }
      button[value="1"] { background: #fff; color: #1b1b1f; border-color: #767680; }
      button:focus-visible { outline: 3px solid #1b1b1f; outline-offset: 2px; }
      p { color: #47464f; }
    </style>
  </head>
  <body>
    <main>
      <h1>${escapeHtml(title)}</h1>
      <p>This is the account-center simulator's fake ${escapeHtml(connector?.name ?? 'social')} provider. Choose an account to continue.</p>
      <form method="get" action="${SOCIAL_AUTHORIZE_PATH}/continue">
      ${hidden}
        <ul>
        ${buttons}
        </ul>
        <button type="submit" name="cancel" value="1">Cancel</button>
      </form>
    </main>
  </body>
</html>`;
}
