import { StrictMode } from 'react';
import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEMO_PASSWORD,
  DEMO_USER_ID,
  GITHUB_CONNECTOR_ID,
  GOOGLE_CONNECTOR_ID,
} from '@account-center/mock';
import { useAccountMutation } from '../hooks.js';
import { useAccountCenter } from '../kit.js';
import { setup } from '../test-utils/setup.js';
import { useVerification, useVerificationPrompt } from '../verification.js';
import { SOCIAL_LINK_STORAGE_KEY, useSocialLink, useSocialLinkCallback } from './social-link.js';

beforeEach(() => {
  sessionStorage.clear();
});

/** Start a link on one "page" and return where the provider sends the browser back. */
async function startLink(t: ReturnType<typeof setup>, options: { verify?: boolean } = {}) {
  const navigate = vi.fn();
  const { result, unmount } = renderHook(
    () => ({
      social: useSocialLink(),
      verification: useVerification(),
      prompt: useVerificationPrompt(),
    }),
    {
      wrapper: setup.withProvider(t, { navigate }),
    },
  );
  if (options.verify !== false) {
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
    });
  }
  await act(async () => {
    await result.current.social.link(GITHUB_CONNECTOR_ID, { returnTo: '/account#social' });
  });
  expect(result.current.social.state).toBe('redirecting');
  expect(navigate).toHaveBeenCalledTimes(1);
  const authorizationUri = navigate.mock.calls[0]![0] as string;
  unmount();
  return { authorizationUri, back: new URL(t.simulator.social.authorize(authorizationUri)) };
}

/** The return "page": a new provider (as after a full reload), the callback hook and a dialog. */
function renderCallback(t: ReturnType<typeof setup>, search: string) {
  return renderHook(
    () => ({
      callback: useSocialLinkCallback({ search }),
      prompt: useVerificationPrompt(),
      verification: useVerification(),
    }),
    {
      wrapper: setup.withProvider(t, {}),
    },
  );
}

describe('social link', () => {
  it('creates the verification with a random state and keeps only the round trip in sessionStorage', async () => {
    const t = setup();
    const { authorizationUri } = await startLink(t);
    const stored = JSON.parse(sessionStorage.getItem(SOCIAL_LINK_STORAGE_KEY)!) as Record<
      string,
      unknown
    >;
    expect(stored).toMatchObject({
      connectorId: GITHUB_CONNECTOR_ID,
      returnTo: '/account#social',
      replace: false,
      identity: { method: 'password' },
    });
    expect(stored.state).toMatch(/^[0-9a-f]{32}$/);
    expect(new URL(authorizationUri).searchParams.get('state')).toBe(stored.state);
    expect(Object.keys(sessionStorage)).toEqual([SOCIAL_LINK_STORAGE_KEY]);
    expect(Object.keys(localStorage).filter((key) => key.startsWith('account-center'))).toEqual([]);
  });

  it('on return checks state, verifies with the query as connectorData, binds, and cleans up', async () => {
    const t = setup();
    const { back } = await startLink(t);
    const { result } = renderCallback(t, back.search);
    await waitFor(() => expect(result.current.callback.state).toBe('done'));
    expect(result.current.callback.returnTo).toBe('/account#social');
    expect(sessionStorage.getItem(SOCIAL_LINK_STORAGE_KEY)).toBeNull();
    expect(Object.keys(t.simulator.admin.getUser(DEMO_USER_ID)!.identities).sort()).toEqual([
      'github',
      'google',
    ]);
    // The restored identity record was used: no prompt on this page.
    expect(result.current.prompt.request).toBeNull();
  });

  it('claims the round trip once: a second callback on the page (and StrictMode) stays idle', async () => {
    const t = setup();
    const { back } = await startLink(t);
    const Provider = setup.withProvider(t, {});
    const { result } = renderHook(
      () => ({
        first: useSocialLinkCallback({ search: back.search }),
        second: useSocialLinkCallback({ search: back.search }),
      }),
      {
        wrapper: ({ children }) => (
          <StrictMode>
            <Provider>{children}</Provider>
          </StrictMode>
        ),
      },
    );
    await waitFor(() => expect(result.current.first.state).toBe('done'));
    expect(result.current.second).toMatchObject({ state: 'idle', error: null, canRetry: false });
    expect(t.requests('POST', '/api/verifications/social/verify')).toHaveLength(1);
    expect(t.requests('POST', '/api/my-account/identities')).toHaveLength(1);
    expect(sessionStorage.getItem(SOCIAL_LINK_STORAGE_KEY)).toBeNull();
  });

  it('refuses a mismatched state and removes the stored round trip', async () => {
    const t = setup();
    const { back } = await startLink(t);
    back.searchParams.set('state', 'forged');
    const { result } = renderCallback(t, back.search);
    await waitFor(() => expect(result.current.callback.state).toBe('error'));
    expect(result.current.callback.error?.code).toBe('social_state_mismatch');
    expect(result.current.callback.canRetry).toBe(false);
    expect(sessionStorage.getItem(SOCIAL_LINK_STORAGE_KEY)).toBeNull();
    expect(t.requests('POST', '/api/verifications/social/verify')).toHaveLength(0);
    expect(Object.keys(t.simulator.admin.getUser(DEMO_USER_ID)!.identities)).toEqual(['google']);
  });

  it('runs step-up after return when the identity record expired meanwhile, without repeating the provider step', async () => {
    const t = setup();
    const { back } = await startLink(t);
    // Past the identity record's freshness (10 min minus the 30 s margin), within the social record's life.
    t.simulator.clock.advance(9.75 * 60_000);
    const { result } = renderCallback(t, back.search);
    await waitFor(() => expect(result.current.prompt.request).not.toBeNull());
    expect(result.current.callback.state).toBe('binding');
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
    });
    await waitFor(() => expect(result.current.callback.state).toBe('done'));
    expect(t.requests('POST', '/api/verifications/social')).toHaveLength(1);
    expect(Object.keys(t.simulator.admin.getUser(DEMO_USER_ID)!.identities)).toContain('github');
  });

  it('surfaces a provider identity owned by another account as an error after return', async () => {
    const t = setup();
    t.simulator.admin.setSocialProviderUsers(GITHUB_CONNECTOR_ID, [
      { id: 'github-grace', name: 'Grace Hopper' },
    ]);
    const { back } = await startLink(t);
    const { result } = renderCallback(t, back.search);
    await waitFor(() => expect(result.current.callback.state).toBe('error'));
    expect(result.current.callback.error).toMatchObject({
      status: 422,
      code: 'user.identity_already_in_use',
    });
    expect(result.current.callback.canRetry).toBe(false);
    expect(result.current.callback).not.toHaveProperty('recordId');
  });

  it('offers a retry when binding failed for a reason that may pass, and binds on retry', async () => {
    const t = setup();
    const { back } = await startLink(t);
    t.simulator.faults.inject({
      route: 'POST /api/my-account/identities',
      status: 503,
      once: true,
    });
    const { result } = renderCallback(t, back.search);
    await waitFor(() => expect(result.current.callback.state).toBe('error'));
    expect(result.current.callback.canRetry).toBe(true);
    await act(async () => {
      await result.current.callback.retry();
    });
    expect(result.current.callback.state).toBe('done');
    expect(t.requests('POST', '/api/verifications/social/verify')).toHaveLength(1);
    expect(Object.keys(t.simulator.admin.getUser(DEMO_USER_ID)!.identities)).toContain('github');
  });

  it('replaces the identity of the same target with replace: true (PUT)', async () => {
    const t = setup();
    const navigate = vi.fn();
    const { result, unmount } = renderHook(
      () => ({ social: useSocialLink(), verification: useVerification() }),
      {
        wrapper: setup.withProvider(t, { navigate }),
      },
    );
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
      await result.current.social.link(GOOGLE_CONNECTOR_ID, { replace: true });
    });
    unmount();
    const back = new URL(
      t.simulator.social.authorize(navigate.mock.calls[0]![0] as string, {
        user: 'google-alan-1912',
      }),
    );
    const { result: callback } = renderCallback(t, back.search);
    await waitFor(() => expect(callback.current.callback.state).toBe('done'));
    expect(t.requests('PUT', '/api/my-account/identities')).toHaveLength(1);
    expect(t.simulator.admin.getUser(DEMO_USER_ID)!.identities.google?.userId).toBe(
      'google-alan-1912',
    );
  });

  it('updateIdentityAccessToken stores a fresh provider token set from a verified social record', async () => {
    const t = setup();
    const { result } = renderHook(
      () => ({ kit: useAccountCenter(), update: useAccountMutation('updateIdentityAccessToken') }),
      {
        wrapper: t.wrapper,
      },
    );
    const { verificationRecordId, authorizationUri } =
      await result.current.kit.client.createSocialVerification({
        connectorId: GOOGLE_CONNECTOR_ID,
        state: 'state-1',
        redirectUri: 'http://localhost/callback',
      });
    const back = new URL(t.simulator.social.authorize(authorizationUri));
    await result.current.kit.client.verifySocialVerification({
      verificationRecordId,
      connectorData: Object.fromEntries(back.searchParams),
    });
    let token: { access_token: string } | undefined;
    await act(async () => {
      token = await result.current.update.mutateAsync({ target: 'google', verificationRecordId });
    });
    expect(token?.access_token).toEqual(expect.any(String));
  });

  it('stays idle with nothing pending and sends nothing', async () => {
    const t = setup();
    const { result } = renderCallback(t, '?code=x&state=y');
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(result.current.callback.state).toBe('idle');
    expect(
      t.log.filter((entry) => entry.path.includes('/social') || entry.path.includes('/identities')),
    ).toEqual([]);
  });

  it('unlinks an identity', async () => {
    const t = setup();
    const { result } = renderHook(
      () => ({ unlink: useAccountMutation('deleteIdentity'), verification: useVerification() }),
      { wrapper: t.wrapper },
    );
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
      await result.current.unlink.mutateAsync('google');
    });
    expect(t.simulator.admin.getUser(DEMO_USER_ID)!.identities).toEqual({});
  });
});
