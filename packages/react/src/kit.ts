import { createContext, useContext } from 'react';
import { AccountApiError, isAccountApiError, isMissingRoute } from '@account-center/client';
import type {
  Account,
  AccountCenterFields,
  AccountClient,
  VerificationRequirement,
} from '@account-center/client';
import type { QueryClient } from '@tanstack/react-query';
import { VerificationCancelledError } from './errors.js';
import { accountQueries } from './queries.js';
import type { DiscoveredSettings } from './queries.js';

export type { VerificationRequirement };

/** A requirement that may ask for step-up: `always`, or only when the user has a sign-in method. */
export type StepUpRequirement = Exclude<VerificationRequirement, 'never'>;

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
   * Run a client call and note what its answer says about the field (`Edit`, `ReadOnly`, `Off`).
   * Step-up is the client's: its transport asks the provider's prompt slot when the route needs
   * the header for this user, and on `permission_denied` asks again and retries once.
   * `requirement` is informational only (the client's route table decides).
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
  /**
   * @internal Resolve once this user may call a route with this requirement (prompting if
   * needed); rejects when cancelled. Components use `useReverification` instead.
   */
  ensureVerified(
    requirement: VerificationRequirement,
    reason?: VerificationRequest['reason'],
  ): Promise<void>;
  /**
   * @internal What `useReverification` runs: step up when needed, hand the fresh record id to
   * `run` (`undefined` only when this user needs none), and on `permission_denied` ask again and
   * run once more.
   */
  reverify<T>(
    requirement: StepUpRequirement,
    run: (verificationRecordId: string | undefined) => Promise<T>,
  ): Promise<T>;
  /** The pending step-up request shown by the prompt in the slot. */
  readonly prompt: Store<VerificationRequest | null>;
  /**
   * The provider's one prompt slot: the token of the prompt that shows requests. The provider's
   * `verificationPrompt` occupies it; else the first mounted default prompt (e.g. the UI's dialog).
   */
  readonly slot: Store<object | null>;
  /**
   * Offer a prompt for the slot (`owner`: the provider's own `verificationPrompt`, which wins over
   * default ones); returns the function that withdraws it.
   */
  registerPrompt(token: object, owner?: boolean): () => void;
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
  const slot = createStore<object | null>(null);
  const occupants: { token: object; owner: boolean }[] = [];
  const elect = () => {
    const token = (occupants.find((occupant) => occupant.owner) ?? occupants[0])?.token ?? null;
    if (slot.get() !== token) slot.set(token);
  };
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
      if (!occupants.length && !handler) {
        // A developer error, so not quiet: fill the slot (`verificationPrompt`, the UI's dialog)
        // or pass `onVerificationRequired`.
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
          if (occupants.length) prompt.set(request);
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

  /** The fresh record id once this user may call such a route, prompting if needed. */
  const recordFor = async (
    requirement: VerificationRequirement,
    reason: VerificationRequest['reason'],
  ) => {
    // The client decides whether this user needs the header (§5, §6.4): the rule lives there.
    if (!fresh() && (await client.needsVerification(requirement))) {
      await ask(requirement, reason);
      if (!fresh()) {
        throw new AccountApiError({
          status: 0,
          code: 'verification_record.permission_denied',
          message: 'The verification prompt resolved without a fresh record.',
        });
      }
    }
    return client.verification.getFresh(now())?.id;
  };
  const ensureVerified = async (
    requirement: VerificationRequirement,
    reason: VerificationRequest['reason'] = 'required',
  ) => {
    await recordFor(requirement, reason);
  };
  // The transport's one step-up hook is this kit's prompt slot (also for a client the app made).
  client.setEnsureVerified((need) =>
    fresh() ? Promise.resolve() : ask(need.requirement, need.reason),
  );

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
    slot,
    async reverify(requirement, run) {
      const id = await recordFor(requirement, 'required');
      try {
        return await run(id);
      } catch (error) {
        if (!isAccountApiError(error, 'verification_record.permission_denied')) throw error;
        // §4.4: any unusable record answers this 401. Drop it (unless a newer one came), ask again.
        if (id !== undefined && client.verification.get()?.id === id) client.verification.clear();
        return run(await recordFor(requirement, 'expired'));
      }
    },
    registerPrompt(token, owner = false) {
      occupants.push({ token, owner });
      elect();
      return () => {
        occupants.splice(
          occupants.findIndex((occupant) => occupant.token === token),
          1,
        );
        elect();
        // The last prompt left while an action waited on it: cancel, so the action does not hang.
        if (!occupants.length && finish) settlePrompt(new VerificationCancelledError());
      };
    },
    async call(_requirement, run, field, factor) {
      try {
        const result = await run();
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

/** @internal `true` inside the provider's `verificationPrompt`: its prompt owns the slot. */
export const PromptOwnerContext = createContext(false);

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
