/**
 * Anonymous `/.well-known` documents (contract §2). No token is sent. In production a browser on
 * another origin cannot read `/api/.well-known/*` (no CORS, §1.4): fetch them server-side with
 * {@link fetchAccountCenterSettings} and hand the result to the app.
 */
import type { AccountRoute } from '../route.js';
import {
  accountCenterSettingsSchema,
  signInExperienceSchema,
  webAuthnRelatedOriginsSchema,
} from '../schemas/well-known.js';
import type {
  AccountCenterSettings,
  SignInExperience,
  WebAuthnRelatedOrigins,
} from '../schemas/well-known.js';
import { createAccountTransport } from '../transport.js';
import type { AccountTransport, AccountTransportOptions, RequestOptions } from '../transport.js';

export const getAccountCenterSettingsRoute: AccountRoute = {
  method: 'GET',
  path: '/api/.well-known/account-center',
  verification: 'never',
  anonymous: true,
};
export const getSignInExperienceRoute: AccountRoute = {
  method: 'GET',
  path: '/api/.well-known/sign-in-exp',
  verification: 'never',
  anonymous: true,
};
// At the root, not under /api (§2).
export const getWebAuthnRelatedOriginsRoute: AccountRoute = {
  method: 'GET',
  path: '/.well-known/webauthn',
  verification: 'never',
  anonymous: true,
};

/** Read the account-center settings (fields, related origins, delete-account URL), §3.1. */
export function getAccountCenterSettings(
  transport: AccountTransport,
  options?: RequestOptions,
): Promise<AccountCenterSettings> {
  return transport.request(
    {
      route: getAccountCenterSettingsRoute,
      schema: accountCenterSettingsSchema,
    },
    options,
  );
}

/** Read the sign-in experience (MFA factors, password policy, social connectors), §2. */
export function getSignInExperience(
  transport: AccountTransport,
  options?: RequestOptions,
): Promise<SignInExperience> {
  return transport.request(
    {
      route: getSignInExperienceRoute,
      schema: signInExperienceSchema,
    },
    options,
  );
}

/** Read the WebAuthn related-origins document served at the rpId host (§2, §6.8). */
export function getWebAuthnRelatedOrigins(
  transport: AccountTransport,
  options?: RequestOptions,
): Promise<WebAuthnRelatedOrigins> {
  return transport.request(
    {
      route: getWebAuthnRelatedOriginsRoute,
      schema: webAuthnRelatedOriginsSchema,
    },
    options,
  );
}

/** Options for {@link fetchAccountCenterSettings}. */
export interface FetchAccountCenterSettingsOptions
  extends Pick<AccountTransportOptions, 'fetch' | 'locale' | 'timeoutMs'>, RequestOptions {}

/** What a browser app needs to know about the tenant: both anonymous settings documents. */
export interface AccountCenterDiscovery {
  /** Fields, related origins and delete-account URL (§3.1). */
  accountCenter: AccountCenterSettings;
  /** Password policy, MFA factors and policy, social connectors (§2). */
  signInExperience: SignInExperience;
}

/**
 * Fetch the account-center settings and the sign-in experience without a client or token, in
 * server code that hands them to a browser app: in production a browser on another origin cannot
 * read them (no CORS on `/api/.well-known/*`, §1.4). The two documents are read in parallel.
 *
 * @example
 * const settings = await fetchAccountCenterSettings('https://tenant.logto.app');
 * // <AccountCenterProvider settings={settings} …/>
 */
export async function fetchAccountCenterSettings(
  endpoint: string,
  options: FetchAccountCenterSettingsOptions = {},
): Promise<AccountCenterDiscovery> {
  const { signal, fetch, locale, timeoutMs } = options;
  const transport = createAccountTransport({ endpoint, fetch, locale, timeoutMs });
  const [accountCenter, signInExperience] = await Promise.all([
    getAccountCenterSettings(transport, { signal }),
    getSignInExperience(transport, { signal }),
  ]);
  return { accountCenter, signInExperience };
}
