/**
 * Cross-tab sync: a write that succeeds (or ends ambiguously) in one tab makes the user's other
 * tabs re-read what it changed, and a sign-out carries over. One `BroadcastChannel` per endpoint
 * and user (the name holds a hash of both); messages carry only query-key roots and the word
 * `sign-out`: never data, never a token, record id or secret. Loaded lazily by the provider, once
 * the signed-in user is known.
 */
import type { Mutation, QueryClient } from '@tanstack/react-query';
import type { accountKeys as AccountKeys } from './keys.js';
import type { AccountMutationName } from './mutations.js';

// The provider hands the key factory over, so this lazy chunk shares no module with the entry.
let accountKeys: typeof AccountKeys;

/**
 * What each write may change, as the key roots the other tabs re-read. Typed over every mutation
 * name, so a new write cannot be forgotten here.
 */
const syncKeys = (
  ACCOUNT: readonly string[],
  MFA: readonly string[],
  SESSIONS: readonly string[],
): Record<AccountMutationName, readonly (readonly string[])[]> => ({
  updateAccount: [ACCOUNT],
  updateProfile: [ACCOUNT],
  // "Sign out of all other devices" goes with it.
  updatePassword: [ACCOUNT, SESSIONS],
  // The upload alone changes nothing the user sees; `updateAccount({ avatar })` does.
  uploadAvatar: [],
  updatePrimaryEmail: [ACCOUNT],
  deletePrimaryEmail: [ACCOUNT],
  updatePrimaryPhone: [ACCOUNT],
  deletePrimaryPhone: [ACCOUNT],
  addIdentity: [ACCOUNT],
  replaceIdentity: [ACCOUNT],
  deleteIdentity: [ACCOUNT],
  updateIdentityAccessToken: [ACCOUNT],
  addMfaVerification: [MFA],
  replaceTotp: [MFA],
  renameMfaVerification: [MFA],
  deleteMfaVerification: [MFA],
  updateMfaSettings: [MFA],
  updateLogtoConfigs: [MFA],
  deleteSession: [SESSIONS],
  deleteGrant: [SESSIONS],
  deleteOtherSessions: [SESSIONS],
  revokeAppGrants: [SESSIONS],
});

/** What goes over the channel. */
export type TabSyncMessage = { type: 'invalidate'; keys: string[][] } | { type: 'sign-out' };

/** FNV-1a (32 bit), hex: keeps the endpoint and user id out of the channel name. */
function hash(text: string): string {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value.toString(16).padStart(8, '0');
}

/** The channel name for one endpoint and user. */
export function tabSyncChannelName(endpoint: string, userId: string): string {
  return `account-center:${hash(`${endpoint.replace(/\/+$/, '')}\n${userId}`)}`;
}

/**
 * Whether a failed write may still have changed the server: no answer (network, timeout, abort),
 * a 5xx, an unreadable answer or a partial bulk failure. A 4xx changed nothing, and neither did a
 * step-up or passkey prompt the user cancelled (nothing was sent).
 */
function mayHaveChanged(error: unknown): boolean {
  const { status, code } = (error ?? {}) as { status?: unknown; code?: unknown };
  if (typeof code === 'string' && code.endsWith('_cancelled')) return false;
  return !(typeof status === 'number' && status >= 400 && status < 500);
}

/** Key roots a settled mutation asks the other tabs to re-read (none for other mutations). */
function keysFor(mutation: Mutation<unknown, unknown, unknown, unknown>): string[][] {
  const [scope, name] = mutation.options.mutationKey ?? [];
  if (scope !== accountKeys.all[0] || typeof name !== 'string') return [];
  const table = syncKeys(accountKeys.account(), accountKeys.mfa(), accountKeys.sessionsRoot());
  const keys = (table as Record<string, readonly (readonly string[])[] | undefined>)[name];
  return keys ? keys.map((key) => [...key]) : [];
}

/** Only well-formed messages from the kit are acted on. */
function parse(data: unknown): TabSyncMessage | undefined {
  const message = data as { type?: unknown; keys?: unknown } | null;
  if (message?.type === 'sign-out') return { type: 'sign-out' };
  if (message?.type !== 'invalidate' || !Array.isArray(message.keys)) return undefined;
  const keys = message.keys.filter(
    (key): key is string[] =>
      Array.isArray(key) &&
      key[0] === accountKeys.all[0] &&
      key.length <= 3 &&
      key.every((part) => typeof part === 'string'),
  );
  return { type: 'invalidate', keys };
}

/** Options of {@link connectTabSync}. */
export interface TabSyncOptions {
  queryClient: QueryClient;
  endpoint: string;
  userId: string;
  /** Another tab of this user signed out (called after the kit dropped its cache). */
  onSignOut: () => void;
}

/** A running sync: `signOut` tells the other tabs, `close` stops listening. */
export interface TabSync {
  signOut(): void;
  close(): void;
}

/**
 * Connects one QueryClient to the user's other tabs: settled writes post the key roots they may
 * have changed, and messages from other tabs invalidate those roots here. No-op without
 * `BroadcastChannel` (server rendering, very old browsers).
 */
export function connectTabSync(options: TabSyncOptions): TabSync {
  const { queryClient } = options;
  if (typeof BroadcastChannel === 'undefined') return { signOut() {}, close() {} };
  const channel = new BroadcastChannel(tabSyncChannelName(options.endpoint, options.userId));
  const post = (message: TabSyncMessage) => channel.postMessage(message);

  const unsubscribe = queryClient.getMutationCache().subscribe((event) => {
    if (event.type !== 'updated') return;
    const { action } = event;
    if (action.type !== 'success' && !(action.type === 'error' && mayHaveChanged(action.error)))
      return;
    const keys = keysFor(event.mutation);
    if (keys.length > 0) post({ type: 'invalidate', keys });
  });

  channel.onmessage = (event: MessageEvent) => {
    const message = parse(event.data);
    if (!message) return;
    if (message.type === 'sign-out') {
      // The kit forgets this user first, then the app signs this tab out.
      queryClient.removeQueries({ queryKey: accountKeys.all });
      options.onSignOut();
      return;
    }
    for (const queryKey of message.keys) void queryClient.invalidateQueries({ queryKey });
  };

  return {
    signOut: () => post({ type: 'sign-out' }),
    close() {
      unsubscribe();
      channel.close();
    },
  };
}

/**
 * The provider's side: joins the channel of the user the account read names (and moves to
 * another user's channel when a new token brings one), until `close`.
 */
export function startTabSync(
  keys: typeof AccountKeys,
  queryClient: QueryClient,
  endpoint: string,
  onSignOut: () => void,
): TabSync {
  accountKeys = keys;
  let sync: TabSync | undefined;
  let userId: string | undefined;
  const follow = () => {
    const id = queryClient.getQueryData<{ id?: string }>(accountKeys.account())?.id;
    if (!id || id === userId) return;
    userId = id;
    sync?.close();
    sync = connectTabSync({ queryClient, endpoint, userId: id, onSignOut });
  };
  follow();
  const unsubscribe = queryClient.getQueryCache().subscribe(follow);
  return {
    signOut: () => sync?.signOut(),
    close() {
      unsubscribe();
      sync?.close();
    },
  };
}
