import { createContext, useContext } from 'react';
import { AccountApiError, isAccountApiError, isMissingRoute } from '@account-center/client';
import type { Account, AccountCenterFields, AccountClient } from '@account-center/client';
import type { QueryClient } from '@tanstack/react-query';
import { VerificationCancelledError } from './errors.js';
import { accountQueries } from './queries.js';
import type { DiscoveredSettings } from './queries.js';

/** When a route needs the `logto-verification-id` header (§5 legend: A / C / –). */
export type VerificationRequirement = 'always' | 'when-user-has-method' | 'never';

/** Account-center field names (§3.1), from the client's schema; `trustedDevice` has no route here. */
export type AccountField = Exclude<keyof AccountCenterFields, 'trustedDevice'>;

/** A way this user can prove their identity (step-up). */
export type VerificationMethodOption =
  { type: 'password' } | { type: 'email'; value: string } | { type: 'phone'; value: string };

/** What the step-up prompt is asked to do. */
export interface VerificationRequest {
  /** Whether the route always needs the header or only because this user has a sign-in method. */
  requirement: VerificationRequirement;
  /** `expired`: the server refused the record mid-flow; the action resumes after this prompt. */
  reason: 'required' | 'expired';
  /** The methods this user has (password also when the profile hides it). */
  methods: VerificationMethodOption[];
}

/** The app's own step-up UI: resolve after verifying (or when a fresh record exists), reject to cancel. */
export type VerificationHandler = (request: VerificationRequest) => Promise<void>;

/** A tiny external store shaped for `useSyncExternalStore`. */
export interface Store<T> {
  get(): T;
  set(value: T): void;
  subscribe(listener: () => void): () => void;
}

function createStore<T>(value: T): Store<T> {
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      value = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * What the kit learnt from server answers: `Off` (field_not_enabled), `ReadOnly`
 * (field_not_editable), `Edit` (a write succeeded), `readable` (a gated read succeeded), and
 * `disabled` for MFA factors answered with `session.mfa.mfa_factor_not_enabled`.
 */
export type Observations = Partial<
  Record<string, 'Off' | 'ReadOnly' | 'Edit' | 'readable' | 'disabled'>
>;

/**
 * Everything the hooks share: the client, the QueryClient, the step-up gate and the clock.
 * Get it with `useAccountCenter()`; options factories take it.
 */
export interface AccountCenterKit {
  readonly client: AccountClient;
  readonly queryClient: QueryClient;
  /** Clock in epoch ms (injectable for tests). */
  now(): number;
  /** Full-page navigation used by the social-link redirect. */
  navigate(url: string): void;
  /**
   * Run a client call that may need the verification header: asks the registered prompt first
   * when the route needs it for this user and no fresh record exists; on
   * `401 verification_record.permission_denied` clears the record, prompts once more and retries
   * once with the same input.
   */
  call<T>(
    requirement: VerificationRequirement,
    run: () => Promise<T>,
    field?: AccountField,
    factor?: string,
  ): Promise<T>;
  /**
   * Run a gated read: a `field_not_enabled` answer resolves to `null` (the field is Off), and so
   * does a route the server does not have (`isMissingRoute`, an older Logto).
   */
  read<T>(field: AccountField, run: () => Promise<T>): Promise<T | null>;
  /** Resolve once this user may call a route with this requirement (prompting if needed); rejects when cancelled. */
  ensureVerified(
    requirement: VerificationRequirement,
    reason?: VerificationRequest['reason'],
  ): Promise<void>;
  /** The pending step-up request shown by a registered dialog. */
  readonly prompt: Store<VerificationRequest | null>;
  /** Register a dialog; returns the unregister function. */
  registerPrompt(): () => void;
  /** Finish the pending step-up: without an error it resumes the action, with one it rejects it. */
  settlePrompt(error?: AccountApiError): void;
  readonly observations: Store<Observations>;
  /** Settings given to the provider (filled on the server). */
  readonly settings?: DiscoveredSettings;
}

/** The methods this user can verify with, from the cached account. */
export function verificationMethods(account: Account | undefined): VerificationMethodOption[] {
  const user = (account ?? {}) as {
    hasPassword?: boolean;
    primaryEmail?: string | null;
    primaryPhone?: string | null;
  };
  const methods: VerificationMethodOption[] = [];
  // A profile that hides `hasPassword` (field Off or no `profile` scope) cannot tell: offer it.
  if (user.hasPassword !== false) methods.push({ type: 'password' });
  if (user.primaryEmail) methods.push({ type: 'email', value: user.primaryEmail });
  if (user.primaryPhone) methods.push({ type: 'phone', value: user.primaryPhone });
  return methods;
}

interface KitOptions {
  now: () => number;
  navigate: (url: string) => void;
  /** Read at prompt time so a changing prop is honoured. */
  handler: () => VerificationHandler | undefined;
  settings?: DiscoveredSettings;
}

/** Build the kit; the provider does this once per client. */
export function createKit(
  client: AccountClient,
  queryClient: QueryClient,
  options: KitOptions,
): AccountCenterKit {
  const { now } = options;
  const prompt = createStore<VerificationRequest | null>(null);
  const observations = createStore<Observations>({});
  let dialogs = 0;
  let pending: Promise<void> | undefined;
  let finish: ((error?: AccountApiError) => void) | undefined;

  const observe = (key: string | undefined, value: Observations[string]) => {
    if (key && observations.get()[key] !== value)
      observations.set({ ...observations.get(), [key]: value });
  };
  const fresh = () => client.verification.isFresh(now());

  const settlePrompt = (error?: AccountApiError) => {
    const done = finish;
    finish = pending = undefined;
    prompt.set(null);
    done?.(error);
  };
  // A record set while a prompt is pending (by our dialog or the app's) resumes the action.
  client.verification.subscribe(() => {
    if (finish && fresh()) settlePrompt();
  });

  const ask = (
    requirement: VerificationRequirement,
    reason: VerificationRequest['reason'],
  ): Promise<void> => {
    if (!pending) {
      const handler = options.handler();
      if (!dialogs && !handler) {
        // A developer error, so not quiet: mount the UI's dialog or pass `onVerificationRequired`.
        return Promise.reject(
          new AccountApiError({
            status: 0,
            code: 'verification_prompt_missing',
            message: 'No verification prompt.',
          }),
        );
      }
      pending = new Promise<void>((resolve, reject) => {
        finish = (error) => (error ? reject(error) : resolve());
      });
      // The methods come from the account, read (once, cached) before the prompt opens.
      void queryClient
        .fetchQuery(accountQueries.account(kit))
        .catch(() => undefined)
        .then((account) => {
          const request: VerificationRequest = {
            requirement,
            reason,
            methods: verificationMethods(account),
          };
          if (!finish) return;
          if (dialogs) prompt.set(request);
          else
            handler!(request).then(
              () => settlePrompt(),
              (error: unknown) =>
                settlePrompt(isAccountApiError(error) ? error : new VerificationCancelledError()),
            );
        });
    }
    return pending;
  };

  // §6.4/§6.7: "C" routes need the header only when the user has a password, email or phone.
  const needsHeader = async (requirement: VerificationRequirement) =>
    requirement === 'always' ||
    (requirement === 'when-user-has-method' &&
      (await queryClient.fetchQuery(accountQueries.account(kit))).hasSecurityVerificationMethod !==
        false);

  const ensureVerified = async (
    requirement: VerificationRequirement,
    reason: VerificationRequest['reason'] = 'required',
  ) => {
    if (!fresh() && (await needsHeader(requirement))) await ask(requirement, reason);
  };

  const kit: AccountCenterKit = {
    client,
    queryClient,
    now,
    navigate: options.navigate,
    settings: options.settings,
    prompt,
    observations,
    settlePrompt,
    ensureVerified,
    registerPrompt() {
      dialogs += 1;
      return () => {
        // The last dialog left while an action waited on it: cancel, so the action does not hang.
        if (!--dialogs && finish) settlePrompt(new VerificationCancelledError());
      };
    },
    async call(requirement, run, field, factor) {
      try {
        await ensureVerified(requirement);
        let result;
        try {
          result = await run();
        } catch (error) {
          if (!isAccountApiError(error, 'verification_record.permission_denied')) throw error;
          // §4.4: any unusable record answers this 401. Drop it, ask again, retry once.
          client.verification.clear();
          await ask(requirement, 'expired');
          result = await run();
        }
        observe(field, 'Edit');
        return result;
      } catch (error) {
        const code = (error as AccountApiError).code;
        if (code === 'account_center.field_not_editable') observe(field, 'ReadOnly');
        if (code === 'account_center.field_not_enabled') observe(field, 'Off');
        if (code === 'session.mfa.mfa_factor_not_enabled') observe(factor, 'disabled');
        throw error;
      }
    },
    read(field, run) {
      return run().then(
        (data) => {
          if (!observations.get()[field]) observe(field, 'readable');
          return data;
        },
        (error: unknown) => {
          // An older Logto without this route: the feature is not there (hidden), not broken.
          // The field itself is not marked Off: its other routes may exist.
          if (isMissingRoute(error)) return null;
          if (!isAccountApiError(error, 'account_center.field_not_enabled')) throw error;
          observe(field, 'Off');
          return null;
        },
      );
    },
  };
  return kit;
}

/** @internal React context carrying the kit. */
export const KitContext = createContext<AccountCenterKit | null>(null);

/**
 * The kit of the nearest `<AccountCenterProvider>`: client, QueryClient and step-up gate.
 *
 * @example
 * const kit = useAccountCenter();
 * const query = useQuery(accountQueries.account(kit));
 */
export function useAccountCenter(): AccountCenterKit {
  const kit = useContext(KitContext);
  if (!kit) throw new Error('Missing <AccountCenterProvider>.');
  return kit;
}
