import { act, renderHook, waitFor } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEMO_USER_ID } from '@account-center/mock';
import { useMyAccount } from './hooks.js';
import { useUpdateAccount } from './mutation-hooks.js';
import { accountKeys } from './keys.js';
import { useSignOut } from './tab-sync.js';
import { tabSyncChannelName } from './tab-sync-channel.js';
import type { TabSyncMessage } from './tab-sync-channel.js';
import { setup } from './test-utils/setup.js';

// Its own endpoint: other test files share this origin (and the seeded user).
const ENDPOINT = 'http://tab-sync.test';

/** Two "tabs": one simulated tenant, two providers, each with its own QueryClient. */
function twoTabs(props: { onSignOut?: () => void } = {}) {
  const t = setup();
  const clients = [new QueryClient(), new QueryClient()] as const;
  const tab = (queryClient: QueryClient, extra: object = {}) =>
    setup.withProvider(t, { endpoint: ENDPOINT, queryClient, syncTabs: true, ...extra });
  return { t, clients, first: tab(clients[0]), second: tab(clients[1], props) };
}

/** Everything posted on the user's channel, as a third tab would see it. */
function listen(userId = DEMO_USER_ID) {
  const channel = new BroadcastChannel(tabSyncChannelName(ENDPOINT, userId));
  const messages: TabSyncMessage[] = [];
  channel.onmessage = (event: MessageEvent) => messages.push(event.data as TabSyncMessage);
  closers.push(() => channel.close());
  return messages;
}

const closers: (() => void)[] = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

describe('tab sync', () => {
  it('a write in one tab shows in the other without a reload', async () => {
    const { first, second } = twoTabs();
    const a = renderHook(() => ({ account: useMyAccount(), update: useUpdateAccount() }), {
      wrapper: first,
    });
    const b = renderHook(() => useMyAccount(), { wrapper: second });
    await waitFor(() => expect(a.result.current.account.data?.name).toBe('Ada Lovelace'));
    await waitFor(() => expect(b.result.current.data?.name).toBe('Ada Lovelace'));

    await act(async () => {
      await a.result.current.update.mutateAsync({ name: 'Ada King' });
    });
    await waitFor(() => expect(b.result.current.data?.name).toBe('Ada King'));
  });

  it('posts only the key roots to re-read: after a success or an ambiguous failure, not a 4xx', async () => {
    const { t, first } = twoTabs();
    const messages = listen();
    const a = renderHook(() => ({ account: useMyAccount(), update: useUpdateAccount() }), {
      wrapper: first,
    });
    await waitFor(() => expect(a.result.current.account.isSuccess).toBe(true));

    // Refused (4xx): nothing changed, nothing posted.
    t.simulator.faults.inject({
      route: 'PATCH /api/my-account',
      status: 422,
      code: 'user.name_invalid',
      once: true,
    });
    await act(() => a.result.current.update.mutateAsync({ name: 'Refused' }).catch(() => {}));
    // No answer: the write may have happened.
    t.simulator.faults.inject({ route: 'PATCH /api/my-account', networkError: true, once: true });
    await act(() => a.result.current.update.mutateAsync({ name: 'Lost' }).catch(() => {}));
    await act(() => a.result.current.update.mutateAsync({ name: 'Ada King' }));

    const invalidateAccount = { type: 'invalidate', keys: [[...accountKeys.account()]] };
    await waitFor(() => expect(messages).toEqual([invalidateAccount, invalidateAccount]));
    // No data, no secret: only the key roots.
    expect(JSON.stringify(messages)).not.toMatch(/Ada King|Lost|mock_at_/);
  });

  it('a sign-out in one tab carries over to the other, which drops its cache', async () => {
    const onSignOut = vi.fn();
    const { clients, first, second } = twoTabs({ onSignOut });
    const a = renderHook(() => ({ account: useMyAccount(), signOut: useSignOut() }), {
      wrapper: first,
    });
    const b = renderHook(() => useMyAccount(), { wrapper: second });
    await waitFor(() => expect(a.result.current.account.isSuccess).toBe(true));
    await waitFor(() => expect(b.result.current.isSuccess).toBe(true));
    const cached = (client: QueryClient) => client.getQueryData(accountKeys.account());

    act(() => a.result.current.signOut());
    expect(cached(clients[0])).toBeUndefined();
    await waitFor(() => expect(onSignOut).toHaveBeenCalledTimes(1));
    expect(cached(clients[1])).toBeUndefined();
  });

  it('another user’s or endpoint’s tabs hear nothing', async () => {
    const { first } = twoTabs();
    const otherUser = listen('someone-else');
    const sameUser = listen();
    const otherEndpoint: TabSyncMessage[] = [];
    const channel = new BroadcastChannel(tabSyncChannelName('http://other.test', DEMO_USER_ID));
    channel.onmessage = (event: MessageEvent) => otherEndpoint.push(event.data as TabSyncMessage);
    closers.push(() => channel.close());
    const a = renderHook(() => ({ account: useMyAccount(), update: useUpdateAccount() }), {
      wrapper: first,
    });
    await waitFor(() => expect(a.result.current.account.isSuccess).toBe(true));
    await act(() => a.result.current.update.mutateAsync({ name: 'Ada King' }));
    await waitFor(() => expect(sameUser).toHaveLength(1));
    expect(otherUser).toEqual([]);
    expect(otherEndpoint).toEqual([]);
  });
});
