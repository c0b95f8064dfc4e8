import { queryOptions } from '@tanstack/react-query';
import type {
  AccountCenterDiscovery,
  Account,
  AccountApiError,
  AccountClient,
  BackupCodes,
  GrantList,
  LogtoConfigs,
  MfaSettings,
  MfaVerification,
  SessionList,
  SignInExperience,
  SocialIdentity,
} from '@account-center/client';
import { isWebConnector } from '@account-center/client/helpers';
import { noticeProblems, warnSettingsProblems } from './dev-warnings.js';
import { accountKeys } from './keys.js';
import type { AccountCenterKit, AccountField } from './kit.js';

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

/**
 * What settings discovery read; a part is `undefined` when it was not readable (§1.4). The
 * client's `fetchAccountCenterSettings` returns this shape with both parts, for the `settings` prop.
 */
export type DiscoveredSettings = Partial<AccountCenterDiscovery>;

/** A social connector as the sign-in experience lists it. */
export type SocialConnector = NonNullable<SignInExperience['socialConnectors']>[number];

/** Linked identities (from the account) plus the connectors that can be linked, when known. */
export interface SocialIdentities {
  linked: (SocialIdentity & { target: string })[];
  /** `undefined` when the sign-in experience was not readable: linking new ones needs `settings`. */
  connectors?: SocialConnector[];
}

const settled = <T>(promise: Promise<T>) => promise.catch(() => undefined);

type Operation<T> = (client: AccountClient, options: { signal: AbortSignal }) => Promise<T>;

// Keys leave the client out on purpose: one provider serves one signed-in user; clear
// `accountKeys.all` when the user changes.
const fetcher =
  <T>(kit: AccountCenterKit, run: Operation<T>) =>
  ({ signal }: { signal: AbortSignal }) => {
    const result = run(kit.client, { signal });
    try {
      if (process.env.NODE_ENV !== 'production') noticeProblems(kit, result);
    } catch {} // eslint-disable-line no-empty
    return result;
  };
const gated =
  <T>(kit: AccountCenterKit, field: AccountField, run: Operation<T>) =>
  ({ signal }: { signal: AbortSignal }) => {
    const result = kit.read(field, () => run(kit.client, { signal }));
    try {
      if (process.env.NODE_ENV !== 'production') noticeProblems(kit, result);
    } catch {} // eslint-disable-line no-empty
    return result;
  };

/**
 * Options factories for every read; pass the kit from `useAccountCenter()`. Reads gated by a
 * field resolve to `null` when the field is Off (`field_not_enabled`), which is not an error.
 *
 * @example
 * const kit = useAccountCenter();
 * const { data: factors } = useQuery(accountQueries.mfaFactors(kit));
 */
export const accountQueries = {
  /** `GET /api/my-account`. */
  account: (kit: AccountCenterKit) =>
    queryOptions<Account, AccountApiError>({
      ...base,
      queryKey: accountKeys.account(),
      queryFn: fetcher(kit, (client, options) => client.getAccount(options)),
    }),
  /**
   * Anonymous discovery: `/api/.well-known/account-center` (which also carries
   * `webauthnRelatedOrigins`) and `…/sign-in-exp`, each allowed to fail (unreadable
   * cross-origin in production, §1.4).
   * Settings given to the provider are used as they are.
   */
  settings: (kit: AccountCenterKit) =>
    queryOptions<DiscoveredSettings, AccountApiError>({
      queryKey: accountKeys.settings(),
      queryFn: fetcher(kit, async (client, options) => {
        const [accountCenter, signInExperience] = await Promise.all([
          settled(client.getAccountCenterSettings(options)),
          settled(client.getSignInExperience(options)),
        ]);
        try {
          if (process.env.NODE_ENV !== 'production') warnSettingsProblems(kit, { accountCenter });
        } catch {} // eslint-disable-line no-empty
        return { accountCenter, signInExperience };
      }),
      staleTime: Infinity,
      retry: false,
      initialData: kit.settings,
    }),
  /** Linked social identities plus available connectors; shares the account and settings requests. */
  socialIdentities: (kit: AccountCenterKit) =>
    queryOptions<SocialIdentities, AccountApiError>({
      ...base,
      queryKey: accountKeys.socialIdentities(),
      queryFn: fetcher(kit, async () => {
        const [account, settings] = await Promise.all([
          kit.queryClient.fetchQuery(accountQueries.account(kit)),
          kit.queryClient.fetchQuery(accountQueries.settings(kit)),
        ]);
        return {
          linked: Object.entries(account.identities ?? {}).map(([target, identity]) => ({
            ...identity,
            target,
          })),
          // Only connectors a browser can use: a `Native` one is for native apps only.
          connectors: settings.signInExperience?.socialConnectors?.filter(isWebConnector),
        };
      }),
    }),
  /** `GET …/mfa-verifications`; `null` when the `mfa` field is Off. */
  mfaFactors: (kit: AccountCenterKit) =>
    queryOptions<MfaVerification[] | null, AccountApiError>({
      ...base,
      queryKey: accountKeys.mfaFactors(),
      queryFn: gated(kit, 'mfa', (client, options) => client.listMfaVerifications(options)),
    }),
  /** `GET …/mfa-settings`; `null` when the `mfa` field is Off. */
  mfaSettings: (kit: AccountCenterKit) =>
    queryOptions<MfaSettings | null, AccountApiError>({
      ...base,
      queryKey: accountKeys.mfaSettings(),
      queryFn: gated(kit, 'mfa', (client, options) => client.getMfaSettings(options)),
    }),
  /** `GET …/logto-configs`; `null` when `passkey ?? mfa` is Off. */
  logtoConfigs: (kit: AccountCenterKit) =>
    queryOptions<LogtoConfigs | null, AccountApiError>({
      ...base,
      queryKey: accountKeys.logtoConfigs(),
      queryFn: gated(kit, 'passkey', (client, options) => client.getLogtoConfigs(options)),
    }),
  /** `GET …/mfa-verifications/backup-codes`; needs a fresh verification record. Never kept stale. */
  backupCodes: (kit: AccountCenterKit) =>
    queryOptions<BackupCodes, AccountApiError>({
      gcTime: 0,
      queryKey: accountKeys.backupCodes(),
      queryFn: fetcher(kit, (client, options) => client.getBackupCodes(options)),
    }),
  /** `GET …/sessions`; needs a fresh verification record; `null` when `session` is Off. */
  sessions: (kit: AccountCenterKit) =>
    queryOptions<SessionList | null, AccountApiError>({
      ...base,
      queryKey: accountKeys.sessions(),
      queryFn: gated(kit, 'session', (client, options) => client.listSessions(options)),
    }),
  /** `GET …/grants`; needs a fresh verification record; `null` when `session` is Off. */
  grants: (kit: AccountCenterKit, appType?: 'firstParty' | 'thirdParty') =>
    queryOptions<GrantList | null, AccountApiError>({
      ...base,
      queryKey: accountKeys.grants(appType),
      queryFn: gated(kit, 'session', (client, options) => client.listGrants({ appType }, options)),
    }),
};
