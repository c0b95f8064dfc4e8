/**
 * What the kit keeps per client, so that options factories need only the client: what server
 * answers showed about fields (observations), the settings given to the provider, and the kit a
 * provider built for it. A leaf module (imports types only, plus the client's error helpers).
 */
import { isAccountApiError, isMissingRoute } from '@account-center/client';
import type { AccountClient } from '@account-center/client';
import type { AccountKit, AccountField, TenantDocuments, Observations, Store } from './types.js';

export function createStore<T>(value: T): Store<T> {
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

interface ClientState {
  observations: Store<Observations>;
  settings?: TenantDocuments;
  kit?: AccountKit;
}

const states = new WeakMap<AccountClient, ClientState>();

/** The per-client state, created on first use. */
export function clientState(client: AccountClient): ClientState {
  let state = states.get(client);
  if (!state) states.set(client, (state = { observations: createStore<Observations>({}) }));
  return state;
}

/** Record what an answer showed about a field (or an MFA factor). */
export function observe(
  client: AccountClient,
  key: string | undefined,
  value: Observations[string],
) {
  const { observations } = clientState(client);
  if (key && observations.get()[key] !== value)
    observations.set({ ...observations.get(), [key]: value });
}

/**
 * A gated read: a `field_not_enabled` answer resolves to `null` (the field is Off), and so does a
 * route the server does not have (`isMissingRoute`, an older Logto).
 */
export function readGated<T>(
  client: AccountClient,
  field: AccountField,
  run: () => Promise<T>,
): Promise<T | null> {
  return run().then(
    (data) => {
      if (!clientState(client).observations.get()[field]) observe(client, field, 'readable');
      return data;
    },
    (error: unknown) => {
      // An older Logto without this route: the feature is not there (hidden), not broken.
      // The field itself is not marked Off: its other routes may exist.
      if (isMissingRoute(error)) return null;
      if (!isAccountApiError(error, 'account_center.field_not_enabled')) throw error;
      observe(client, field, 'Off');
      return null;
    },
  );
}
