import { queryOptions } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type {
  Account,
  AccountApiError,
  AccountClient,
  BackupCodes,
  GrantList,
  LogtoConfigs,
  MfaSettings,
  MfaVerification,
  SessionList,
} from '@account-center/client';
import { isWebConnector } from '@account-center/client';
import { clientState, readGated } from './client-state.js';
import { noticeProblems, warnSettingsProblems } from './dev-warnings.js';
import { accountKeys } from './keys.js';
import type { AccountField, TenantDocuments, SocialIdentities } from './types.js';

/**
 * Retry only what may pass next time: network failures and 5xx, twice. Never when the server
 * said how long to wait (`Retry-After`, e.g. a gateway's 503): the backoff (1 s, 2 s) would come
 * sooner, so the error stays and the UI says when to try again. The provider sets it as the
 * default of the kit's keys unless the app's QueryClient has its own `retry` default.
 */
export const retryRead = (count: number, error: AccountApiError) =>
  count < 2 &&
  error.code !== 'aborted' &&
  error.retryAfter === undefined &&
  (error.status === 0 || error.status >= 500);

const base = { staleTime: 30_000 };

const settled = <T>(promise: Promise<T>) => promise.catch(() => undefined);

type Operation<T> = (client: AccountClient, options: { signal: AbortSignal }) => Promise<T>;

/** Dev-only: warn once about tenant settings that hide everything (see dev-warnings). */
const notice = (client: AccountClient, result: Promise<unknown>) => {
  try {
    if (process.env.NODE_ENV !== 'production')
      noticeProblems({ client, settings: clientState(client).settings }, result);
  } catch {} // eslint-disable-line no-empty
  return result;
};

// Keys leave the client out on purpose: one provider serves one signed-in user; clear
// `accountKeys.all` when the user changes.
const fetcher =
  <T>(client: AccountClient, run: Operation<T>) =>
  ({ signal }: { signal: AbortSignal }) =>
    notice(client, run(client, { signal })) as Promise<T>;
const gated =
  <T>(client: AccountClient, field: AccountField, run: Operation<T>) =>
  ({ signal }: { signal: AbortSignal }) =>
    notice(
      client,
      readGated(client, field, () => run(client, { signal })),
    ) as Promise<T | null>;

/** Linked identities from the account, connectors from the settings: both cached reads. */
const readSocialIdentities =
  (client: AccountClient) =>
  async ({ client: queryClient }: { client: QueryClient }): Promise<SocialIdentities> => {
    const [account, settings] = await Promise.all([
      queryClient.fetchQuery(accountQueries.myAccount(client)),
      queryClient.fetchQuery(accountQueries.settings(client)),
    ]);
    return {
      linked: Object.entries(account.identities ?? {}).map(([target, identity]) => ({
        ...identity,
        target,
      })),
      // Only connectors a browser can use: a `Native` one is for native apps only.
      connectors: settings.signInExperience?.socialConnectors?.filter(isWebConnector),
    };
  };

/**
 * Options factories for every read; pass the account client (the provider's, or one made with
 * `createAccountClient`), so they work in router loaders, `ensureQueryData`, prefetching and on
 * the server as well as in components. Reads gated by a field resolve to `null` when the field
 * is Off (`field_not_enabled`), which is not an error.
 *
 * @example
 * await queryClient.ensureQueryData(accountQueries.myAccount(client));
 * const { data: factors } = useQuery(accountQueries.mfaFactors(client));
 */
export const accountQueries = {
  /** `GET /api/my-account`. */
  myAccount: (client: AccountClient) =>
    queryOptions<Account, AccountApiError>({
      ...base,
      queryKey: accountKeys.account(),
      queryFn: fetcher(client, (client, options) => client.getAccount(options)),
    }),
  /**
   * Anonymous discovery: `/api/.well-known/account-center` (which also carries
   * `webauthnRelatedOrigins`) and `…/sign-in-exp`, each allowed to fail (unreadable
   * cross-origin in production, §1.4).
   * Settings given to the provider are used as they are.
   */
  settings: (client: AccountClient) =>
    queryOptions<TenantDocuments, AccountApiError>({
      queryKey: accountKeys.settings(),
      queryFn: fetcher(client, async (client, options) => {
        const [accountCenter, signInExperience] = await Promise.all([
          settled(client.getAccountCenterSettings(options)),
          settled(client.getSignInExperience(options)),
        ]);
        try {
          if (process.env.NODE_ENV !== 'production')
            warnSettingsProblems({ client }, { accountCenter });
        } catch {} // eslint-disable-line no-empty
        return { accountCenter, signInExperience };
      }),
      staleTime: Infinity,
      retry: false,
      initialData: () => clientState(client).settings,
    }),
  /** Linked social identities plus available connectors; shares the account and settings requests. */
  socialIdentities: (client: AccountClient) =>
    queryOptions<SocialIdentities, AccountApiError>({
      ...base,
      queryKey: accountKeys.socialIdentities(),
      queryFn: readSocialIdentities(client),
    }),
  /** `GET …/mfa-verifications`; `null` when the `mfa` field is Off. */
  mfaFactors: (client: AccountClient) =>
    queryOptions<MfaVerification[] | null, AccountApiError>({
      ...base,
      queryKey: accountKeys.mfaFactors(),
      queryFn: gated(client, 'mfa', (client, options) => client.listMfaVerifications(options)),
    }),
  /** `GET …/mfa-settings`; `null` when the `mfa` field is Off. */
  mfaSettings: (client: AccountClient) =>
    queryOptions<MfaSettings | null, AccountApiError>({
      ...base,
      queryKey: accountKeys.mfaSettings(),
      queryFn: gated(client, 'mfa', (client, options) => client.getMfaSettings(options)),
    }),
  /** `GET …/logto-configs`; `null` when `passkey ?? mfa` is Off. */
  logtoConfigs: (client: AccountClient) =>
    queryOptions<LogtoConfigs | null, AccountApiError>({
      ...base,
      queryKey: accountKeys.logtoConfigs(),
      queryFn: gated(client, 'passkey', (client, options) => client.getLogtoConfigs(options)),
    }),
  /** `GET …/mfa-verifications/backup-codes`; needs a fresh verification record. Never kept stale. */
  backupCodes: (client: AccountClient) =>
    queryOptions<BackupCodes, AccountApiError>({
      gcTime: 0,
      queryKey: accountKeys.backupCodes(),
      queryFn: fetcher(client, (client, options) => client.getBackupCodes(options)),
    }),
  /** `GET …/sessions`; needs a fresh verification record; `null` when `session` is Off. */
  sessions: (client: AccountClient) =>
    queryOptions<SessionList | null, AccountApiError>({
      ...base,
      queryKey: accountKeys.sessions(),
      queryFn: gated(client, 'session', (client, options) => client.listSessions(options)),
    }),
  /** `GET …/grants`; needs a fresh verification record; `null` when `session` is Off. */
  grants: (client: AccountClient, appType?: 'firstParty' | 'thirdParty') =>
    queryOptions<GrantList | null, AccountApiError>({
      ...base,
      queryKey: accountKeys.grants(appType),
      queryFn: gated(client, 'session', (client, options) =>
        client.listGrants({ appType }, options),
      ),
    }),
};
