/**
 * Anonymous routes: the well-known documents (§2) and the simulator's own dev pages (fake
 * social provider, uploaded avatars).
 */

import type { PublicRouteDefinition, PublicRouteHandler } from '../context.js';
import { htmlResponse, jsonResponse, textResponse } from '../http.js';
import { authorizeSocial, renderSocialAuthorizePage, SOCIAL_AUTHORIZE_PATH } from '../social.js';
import type { TenantState } from '../types.js';

/** The account-center object (§3.1); `trustedDevice` already stripped when dev features are off. */
export function accountCenterView(tenant: TenantState): Record<string, unknown> {
  return { ...structuredClone(tenant.accountCenter) };
}

/** The public sign-in experience, with the social connectors it lists. */
export function signInExperienceView(tenant: TenantState): Record<string, unknown> {
  // `usernamePolicy` is the simulator's own knob, not a sign-in-experience key.
  const { usernamePolicy: _internal, ...signInExperience } = structuredClone(
    tenant.signInExperience,
  );
  return {
    ...signInExperience,
    socialConnectors: tenant.connectors
      .filter((connector) => connector.type === 'Social')
      .map((connector) => ({
        id: connector.id,
        target: connector.target,
        name: { en: connector.name },
        logo: connector.logo,
        logoDark: null,
        platform: 'Web',
        isStandard: false,
      })),
    ssoConnectors: [],
    forgotPassword: {
      email: tenant.connectors.some((connector) => connector.type === 'Email'),
      phone: tenant.connectors.some((connector) => connector.type === 'Sms'),
    },
    isDevelopmentTenant: false,
  };
}

const getAccountCenter: PublicRouteHandler = ({ tenant }) =>
  jsonResponse(200, accountCenterView(tenant));

const getSignInExperience: PublicRouteHandler = ({ tenant }) =>
  jsonResponse(200, signInExperienceView(tenant));

const getWebAuthnOrigins: PublicRouteHandler = ({ tenant }) =>
  jsonResponse(200, { origins: [...tenant.accountCenter.webauthnRelatedOrigins] });

const socialAuthorizePage: PublicRouteHandler = ({ tenant, url }) =>
  htmlResponse(200, renderSocialAuthorizePage(tenant, url));

/** The page's form target: redirects back to the app like the real provider would. */
const socialAuthorizeContinue: PublicRouteHandler = ({ tenant, url, services }) => {
  const authorizationUri = new URL(url);
  authorizationUri.pathname = SOCIAL_AUTHORIZE_PATH;
  const user = url.searchParams.get('user') ?? undefined;
  const cancel = url.searchParams.get('cancel') === '1';
  authorizationUri.searchParams.delete('user');
  authorizationUri.searchParams.delete('cancel');
  try {
    const location = authorizeSocial(
      tenant,
      authorizationUri.toString(),
      { ...(user ? { user } : {}), cancel },
      services.now(),
    );
    return new Response(null, { status: 302, headers: { location } });
  } catch (error) {
    return textResponse(
      400,
      error instanceof Error ? error.message : 'Invalid authorization request',
    );
  }
};

const getUserAsset: PublicRouteHandler = ({ tenant, params }) => {
  const asset = tenant.assets[params.assetId!];
  if (!asset) return textResponse(404, 'Not Found');
  const binary = atob(asset.base64);
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return new Response(bytes, {
    status: 200,
    headers: { 'content-type': asset.type, 'cache-control': 'public, max-age=31536000' },
  });
};

/** The anonymous routes. */
export const publicRoutes: PublicRouteDefinition[] = [
  { method: 'GET', path: '/api/.well-known/account-center', handler: getAccountCenter },
  { method: 'GET', path: '/api/.well-known/sign-in-exp', handler: getSignInExperience },
  { method: 'GET', path: '/.well-known/webauthn', handler: getWebAuthnOrigins },
  { method: 'GET', path: SOCIAL_AUTHORIZE_PATH, handler: socialAuthorizePage },
  { method: 'GET', path: `${SOCIAL_AUTHORIZE_PATH}/continue`, handler: socialAuthorizeContinue },
  { method: 'GET', path: '/__mock/user-assets/:userId/:assetId', handler: getUserAsset },
];
