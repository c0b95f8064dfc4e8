import { createContext, useContext } from 'react';
import { AccountApiError, isAccountApiError } from '@account-center/client';
import type { Account, AccountClient } from '@account-center/client';
import type { QueryClient } from '@tanstack/react-query';
import { clientState, createStore, observe, readGated } from './client-state.js';
import { VerificationCancelledError } from './errors.js';
import { accountQueries } from './queries.js';
import type {
  AccountKit,
  TenantDocuments,
  VerificationHandler,
  VerificationMethodOption,
  VerificationRequest,
  VerificationRequirement,
} from './types.js';

export type {
  AccountKit,
  AccountField,
  Observations,
  StepUpRequirement,
  Store,
  VerificationHandler,
  VerificationMethodOption,
  VerificationRequest,
  VerificationRequirement,
} from './types.js';

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

type StepUp = NonNullable<Parameters<AccountClient['setEnsureVerified']>[0]>;

/** Each kit's step-up for the transport, which asks the kit registered for its client. */
const stepUps = new WeakMap<AccountKit, StepUp>();

interface KitOptions {
  now: () => number;
  navigate: (url: string) => void;
  /** Read at prompt time so a changing prop is honoured. */
  handler: () => VerificationHandler | undefined;
  settings?: TenantDocuments;
}

/**
 * Build the kit; the provider does this once per client and registers it (`registerKit`), so
 * options factories given only the client find its step-up gate (see {@link kitFor}).
 */
export function createKit(
  client: AccountClient,
  queryClient: QueryClient,
  options: KitOptions,
): AccountKit {
  const { now } = options;
  const prompt = createStore<VerificationRequest | null>(null);
  const state = clientState(client);
  const { observations } = state;
  if (options.settings) state.settings = options.settings;
  const slot = createStore<object | null>(null);
  const occupants: { token: object; owner: boolean }[] = [];
  const elect = () => {
    const token = (occupants.find((occupant) => occupant.owner) ?? occupants[0])?.token ?? null;
    if (slot.get() !== token) slot.set(token);
  };
  let pending: Promise<void> | undefined;
  let finish: ((error?: AccountApiError) => void) | undefined;

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
        .fetchQuery(accountQueries.myAccount(client))
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
  // The transport's one step-up hook is the prompt slot of the kit registered for this client
  // (also for a client the app made). StrictMode builds a second, discarded kit for the same
  // client: the hook asks the registered one, not whichever was built last.
  const stepUp: StepUp = (need) =>
    fresh() ? Promise.resolve() : ask(need.requirement, need.reason);
  client.setEnsureVerified((need) => {
    const current = clientState(client).kit;
    return current && stepUps.get(current) ? stepUps.get(current)!(need) : stepUp(need);
  });

  const kit: AccountKit = {
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
    // Step-up is the client's: its transport asks the prompt slot when the route needs the
    // header for this user, and on `permission_denied` asks again and retries once.
    async call(_requirement, run, field, factor) {
      try {
        const result = await run();
        observe(client, field, 'Edit');
        return result;
      } catch (error) {
        const code = (error as AccountApiError).code;
        if (code === 'account_center.field_not_editable') observe(client, field, 'ReadOnly');
        if (code === 'account_center.field_not_enabled') observe(client, field, 'Off');
        if (code === 'session.mfa.mfa_factor_not_enabled') observe(client, factor, 'disabled');
        throw error;
      }
    },
    read: (field, run) => readGated(client, field, run),
  };
  stepUps.set(kit, stepUp);
  return kit;
}

/**
 * Make `kit` the one factories find for its client. The provider calls it for the kit it puts
 * in context on every render (StrictMode builds a second, discarded kit for the same client).
 */
export function registerKit(kit: AccountKit): void {
  clientState(kit.client).kit = kit;
}

/**
 * The kit for a client: the one its provider built, else one without a prompt (a write that
 * needs step-up then rejects with `verification_prompt_missing` unless a fresh record exists),
 * e.g. for a mutation run outside any provider.
 */
export function kitFor(client: AccountClient, queryClient: QueryClient): AccountKit {
  const state = clientState(client);
  return (state.kit ??= createKit(client, queryClient, {
    now: Date.now,
    navigate: (url) => window.location.assign(url),
    handler: () => undefined,
  }));
}

/** @internal React context carrying the kit. */
export const KitContext = createContext<AccountKit | null>(null);

/** @internal `true` inside the provider's `verificationPrompt`: its prompt owns the slot. */
export const PromptOwnerContext = createContext(false);

/**
 * The kit of the nearest `<AccountCenterProvider>`: client, QueryClient and step-up gate.
 *
 * @example
 * const kit = useAccountKit();
 * const query = useQuery(accountQueries.myAccount(client));
 */
export function useAccountKit(): AccountKit {
  const kit = useContext(KitContext);
  if (!kit) throw new Error('Missing <AccountCenterProvider>.');
  return kit;
}
