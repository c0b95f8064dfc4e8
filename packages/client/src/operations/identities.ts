/** Operations on linked social identities and provider tokens (contract §5, §6.7). */
import type { AccountRoute } from '../route.js';
import { providerAccessTokenSchema } from '../schemas/identities.js';
import type { ProviderAccessToken } from '../schemas/identities.js';
import type { AccountTransport, RequestOptions } from '../transport.js';

const base = '/api/my-account/identities';

export const addIdentityRoute: AccountRoute = {
  method: 'POST',
  path: base,
  scope: 'identities',
  scopeFailureStatus: 401,
  verification: 'when-user-has-method',
};
export const replaceIdentityRoute: AccountRoute = {
  method: 'PUT',
  path: base,
  scope: 'identities',
  scopeFailureStatus: 401,
  verification: 'when-user-has-method',
};
// Unlike its siblings, a missing scope here answers 400 (§5).
export const deleteIdentityRoute: AccountRoute = {
  method: 'DELETE',
  path: `${base}/:target`,
  scope: 'identities',
  scopeFailureStatus: 400,
  verification: 'when-user-has-method',
};
// Provider-token routes answer 403 auth.forbidden for a missing scope (§5); bodies are secrets.
export const getIdentityAccessTokenRoute: AccountRoute = {
  method: 'GET',
  path: `${base}/:target/access-token`,
  scope: 'identities',
  scopeFailureStatus: 403,
  verification: 'never',
  reuseOnNotModified: false,
};
export const updateIdentityAccessTokenRoute: AccountRoute = {
  method: 'PUT',
  path: `${base}/:target/access-token`,
  scope: 'identities',
  scopeFailureStatus: 403,
  verification: 'never',
};
export const getSsoIdentityAccessTokenRoute: AccountRoute = {
  method: 'GET',
  path: '/api/my-account/sso-identities/:connectorId/access-token',
  scope: 'identities',
  scopeFailureStatus: 403,
  verification: 'never',
  reuseOnNotModified: false,
};

/** Link a social identity from a verified Social record (`POST …/identities`, §6.7). */
export function addIdentity(
  transport: AccountTransport,
  input: { newIdentifierVerificationRecordId: string },
  options?: RequestOptions,
): Promise<void> {
  return transport.request({ route: addIdentityRoute, json: input }, options);
}

/** Link or replace the identity for that connector target (`PUT …/identities`, §6.7). */
export function replaceIdentity(
  transport: AccountTransport,
  input: { newIdentifierVerificationRecordId: string },
  options?: RequestOptions,
): Promise<void> {
  return transport.request({ route: replaceIdentityRoute, json: input }, options);
}

/** Unlink the identity of a connector target such as `google` (§6.7). */
export function deleteIdentity(
  transport: AccountTransport,
  target: string,
  options?: RequestOptions,
): Promise<void> {
  return transport.request(
    {
      route: deleteIdentityRoute,
      path: `${base}/${encodeURIComponent(target)}`,
    },
    options,
  );
}

/** Read the stored provider token of a social identity (§6.7). */
export function getIdentityAccessToken(
  transport: AccountTransport,
  target: string,
  options?: RequestOptions,
): Promise<ProviderAccessToken> {
  return transport.request(
    {
      route: getIdentityAccessTokenRoute,
      path: `${base}/${encodeURIComponent(target)}/access-token`,
      schema: providerAccessTokenSchema,
    },
    options,
  );
}

/** Store a fresh provider token from a verified Social record (§6.7). */
export function updateIdentityAccessToken(
  transport: AccountTransport,
  target: string,
  input: { verificationRecordId: string },
  options?: RequestOptions,
): Promise<ProviderAccessToken> {
  return transport.request(
    {
      route: updateIdentityAccessTokenRoute,
      path: `${base}/${encodeURIComponent(target)}/access-token`,
      json: input,
      schema: providerAccessTokenSchema,
    },
    options,
  );
}

/** Read the stored provider token of an enterprise-SSO identity (§6.7). */
export function getSsoIdentityAccessToken(
  transport: AccountTransport,
  connectorId: string,
  options?: RequestOptions,
): Promise<ProviderAccessToken> {
  return transport.request(
    {
      route: getSsoIdentityAccessTokenRoute,
      path: `/api/my-account/sso-identities/${encodeURIComponent(connectorId)}/access-token`,
      schema: providerAccessTokenSchema,
    },
    options,
  );
}
