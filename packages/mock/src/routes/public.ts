/**
 * Anonymous routes: the well-known documents (§2) and the simulator's own dev pages (fake
 * social provider, uploaded avatars).
 */

import type { PublicRouteDefinition, PublicRouteHandler } from '../context.js';
import { htmlResponse, jsonResponse, textResponse } from '../http.js';
import { phrasesBody, resolvePhraseLanguage } from '../phrases.js';
import { authorizeSocial, renderSocialAuthorizePage, SOCIAL_AUTHORIZE_PATH } from '../social.js';
import type { CustomProfileFieldRow } from '../management/state.js';
import type { TenantState } from '../types.js';

/** The account-center object (§3.1); `trustedDevice` already stripped when dev features are off. */
export function accountCenterView(tenant: TenantState): Record<string, unknown> {
  return { ...structuredClone(tenant.accountCenter) };
}

/** The custom-profile-field catalog ordered by `sieOrder`; ties keep storage order (facts §3). */
export function customProfileFieldCatalog(tenant: TenantState): CustomProfileFieldRow[] {
  return [...(tenant.management?.customProfileFields ?? [])]
    .sort((a, b) => a.sieOrder - b.sieOrder)
    .map((field) => structuredClone(field));
}

/**
 * The public sign-in experience as Logto 1.42 publishes it (recorded): the row without
 * `emailBlocklistPolicy` (and without `trustedDevice` when dev features are off), the social
 * connectors in `socialSignInConnectorTargets` with their `platform`, and the custom profile
 * fields: `customProfileFieldCatalog` (the whole catalog) and `customProfileFields` (the sign-up
 * subset in `signUpProfileFields` order, the whole catalog while that is `null`).
 */
export function signInExperienceView(tenant: TenantState): Record<string, unknown> {
  const {
    emailBlocklistPolicy: _internal,
    trustedDevice,
    ...row
  } = structuredClone(tenant.signInExperience);
  const management = tenant.management;
  const targets = management?.socialSignInConnectorTargets ?? null;
  const socialConnectors = tenant.connectors.filter(
    (connector) =>
      connector.type === 'Social' && (targets === null || targets.includes(connector.target)),
  );
  const catalog = customProfileFieldCatalog(tenant);
  const signUpFields = row.signUpProfileFields;
  return {
    ...row,
    socialSignInConnectorTargets: targets ?? [
      ...new Set(socialConnectors.map((connector) => connector.target)),
    ],
    ...(tenant.devFeatures ? { trustedDevice } : {}),
    socialConnectors: socialConnectors.map((connector) => ({
      id: connector.id,
      target: connector.target,
      name: { en: connector.name },
      logo: connector.logo,
      logoDark: null,
      platform: management?.socialPlatforms[connector.id] ?? 'Universal',
      isStandard: false,
    })),
    ssoConnectors: [],
    forgotPassword: {
      email: tenant.connectors.some((connector) => connector.type === 'Email'),
      phone: tenant.connectors.some((connector) => connector.type === 'Sms'),
    },
    isDevelopmentTenant: false,
    customProfileFields:
      signUpFields === null
        ? catalog
        : signUpFields.flatMap(({ name }) => catalog.filter((field) => field.name === name)),
    customProfileFieldCatalog: catalog,
  };
}

const getAccountCenter: PublicRouteHandler = ({ tenant }) =>
  jsonResponse(200, accountCenterView(tenant));

const getSignInExperience: PublicRouteHandler = ({ tenant }) =>
  jsonResponse(200, signInExperienceView(tenant));

const getPhrases: PublicRouteHandler = ({ tenant, url, request }) => {
  const languageTag = resolvePhraseLanguage(tenant, url, request);
  return jsonResponse(200, phrasesBody(tenant, languageTag), { 'content-language': languageTag });
};

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
  { method: 'GET', path: '/api/.well-known/experience', handler: getSignInExperience },
  { method: 'GET', path: '/api/.well-known/phrases', handler: getPhrases },
  { method: 'GET', path: '/.well-known/webauthn', handler: getWebAuthnOrigins },
  { method: 'GET', path: SOCIAL_AUTHORIZE_PATH, handler: socialAuthorizePage },
  { method: 'GET', path: `${SOCIAL_AUTHORIZE_PATH}/continue`, handler: socialAuthorizeContinue },
  { method: 'GET', path: '/__mock/user-assets/:userId/:assetId', handler: getUserAsset },
];
