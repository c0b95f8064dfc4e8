import { StrictMode } from 'react';
import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEMO_PASSWORD,
  DEMO_USER_ID,
  GITHUB_CONNECTOR_ID,
  GOOGLE_CONNECTOR_ID,
} from '@account-center/mock';
import { useUnlinkSocialIdentity, useUpdateSocialAccessToken } from '../../mutation-hooks.js';
import { useAccountKit } from '../../kit.js';
import { loadSteps } from '../../steps/load.js';
import { setup } from '../../test-utils/setup.js';
import type { VerificationRequest } from '../../kit.js';
import { useVerification, useVerificationPrompt } from '../../verification.js';
import { SOCIAL_LINK_STORAGE_KEY, useSocialLink, useSocialLinkCallback } from './hook.js';
import type { SocialLinkOptions } from './hook.js';

beforeEach(() => {
  sessionStorage.clear();
});

type Setup = ReturnType<typeof setup>;

/** Start a link on one "page" and return where the provider sends the browser back. */
async function startLink(
  t: Setup,
  options: { verify?: boolean; connectorId?: string; link?: SocialLinkOptions; user?: string } = {},
) {
  const navigate = vi.fn();
  const { result, unmount } = renderHook(
    () => ({
      kit: useAccountKit(),
      social: useSocialLink(),
      verification: useVerification(),
      prompt: useVerificationPrompt(),
    }),
    {
      wrapper: setup.withProvider(t, { navigate }),
    },
  );
  if (options.verify) {
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
    });
  }
  const identityRecordId = result.current.kit.client.verification.get()?.id;
  await act(async () => {
    await result.current.social.link(
      options.connectorId ?? GITHUB_CONNECTOR_ID,
      options.link ?? { returnTo: '/account#social' },
    );
  });
  expect(result.current.social.state).toBe('redirecting');
  expect(navigate).toHaveBeenCalledTimes(1);
  // Nothing was asked before the redirect: the identity record would not survive it.
  expect(result.current.prompt.request).toBeNull();
  const authorizationUri = navigate.mock.calls[0]![0] as string;
  unmount();
  return {
    authorizationUri,
    identityRecordId,
    back: new URL(
      t.simulator.social.authorize(authorizationUri, options.user ? { user: options.user } : {}),
    ),
  };
}

/**
 * The return "page": a new provider (as after a full reload), the callback hook and a dialog;
 * `prompts` collects each step-up request the dialog was shown.
 */
function renderCallback(t: Setup, search: string | undefined) {
  const prompts: VerificationRequest[] = [];
  const rendered = renderHook(
    () => {
      const prompt = useVerificationPrompt();
      if (prompt.request && !prompts.includes(prompt.request)) prompts.push(prompt.request);
      return {
        callback: useSocialLinkCallback(search === undefined ? {} : { search }),
        prompt,
        verification: useVerification(),
      };
    },
    {
      wrapper: setup.withProvider(t, {}),
    },
  );
  return { ...rendered, prompts };
}

/** Answer the step-up dialog of the return page with the password. */
async function stepUp(result: ReturnType<typeof renderCallback>['result']) {
  await waitFor(() => expect(result.current.prompt.request).not.toBeNull());
  await act(async () => {
    await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
  });
}

const identities = (t: Setup) => Object.keys(t.simulator.admin.getUser(DEMO_USER_ID)!.identities);

describe('social link', () => {
  it('keeps only state, the social record, connector, return address and expiry in sessionStorage (never the step-up record id)', async () => {
    const t = setup();
    // Verified for something else just before: that record id must still not be stored.
    const { authorizationUri, identityRecordId } = await startLink(t, { verify: true });
    expect(identityRecordId).toEqual(expect.any(String));
    const raw = sessionStorage.getItem(SOCIAL_LINK_STORAGE_KEY)!;
    const stored = JSON.parse(raw) as Record<string, unknown>;
    expect(Object.keys(stored).sort()).toEqual([
      'connectorId',
      'expiresAt',
      'replace',
      'returnTo',
      'state',
      'verificationRecordId',
    ]);
    expect(stored).toMatchObject({
      connectorId: GITHUB_CONNECTOR_ID,
      returnTo: '/account#social',
      replace: false,
      // The Social record's lifetime (10 min, §4.1) on the kit's clock.
      expiresAt: t.simulator.clock.now() + 600_000,
    });
    expect(stored.state).toMatch(/^[0-9a-f]{32}$/);
    expect(new URL(authorizationUri).searchParams.get('state')).toBe(stored.state);
    expect(raw).not.toContain(identityRecordId);
    expect(Object.keys(sessionStorage)).toEqual([SOCIAL_LINK_STORAGE_KEY]);
    expect(Object.keys(localStorage).filter((key) => key.startsWith('account-center'))).toEqual([]);
  });

  it('asks for step-up once, after the return and before the bind, then binds', async () => {
    const t = setup();
    const { back } = await startLink(t);
    expect(t.requests('POST', '/api/verifications/password')).toHaveLength(0);
    const { result, prompts } = renderCallback(t, back.search);
    await waitFor(() => expect(result.current.prompt.request).not.toBeNull());
    // The provider's answer is verified first; only the bind waits on the dialog.
    expect(result.current.callback.state).toBe('binding');
    expect(t.requests('POST', '/api/verifications/social/verify')).toHaveLength(1);
    expect(t.requests('POST', '/api/my-account/identities')).toHaveLength(0);
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
    });
    await waitFor(() => expect(result.current.callback.state).toBe('done'));
    expect(prompts).toHaveLength(1);
    expect(t.requests('POST', '/api/verifications/password')).toHaveLength(1);
    expect(t.requests('POST', '/api/verifications/social')).toHaveLength(1);
    expect(result.current.callback.returnTo).toBe('/account#social');
    expect(sessionStorage.getItem(SOCIAL_LINK_STORAGE_KEY)).toBeNull();
    expect(identities(t).sort()).toEqual(['github', 'google']);
  });

  it('claims the round trip once: a second callback on the page (and StrictMode) stays idle', async () => {
    const t = setup();
    const { back } = await startLink(t);
    const Provider = setup.withProvider(t, {});
    const { result } = renderHook(
      () => ({
        first: useSocialLinkCallback({ search: back.search }),
        second: useSocialLinkCallback({ search: back.search }),
        prompt: useVerificationPrompt(),
        verification: useVerification(),
      }),
      {
        wrapper: ({ children }) => (
          <StrictMode>
            <Provider>{children}</Provider>
          </StrictMode>
        ),
      },
    );
    await waitFor(() => expect(result.current.prompt.request).not.toBeNull());
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
    });
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
    expect(identities(t)).toEqual(['google']);
  });

  it('drops an expired round trip on the next load of a page that links', async () => {
    const t = setup();
    await startLink(t);
    t.simulator.clock.advance(600_000);
    const { result } = renderHook(() => useSocialLink(), { wrapper: setup.withProvider(t, {}) });
    await waitFor(() => expect(sessionStorage.getItem(SOCIAL_LINK_STORAGE_KEY)).toBeNull());
    expect(result.current.state).toBe('idle');
  });

  it('keeps a round trip that has not expired when a page that links loads', async () => {
    const t = setup();
    await startLink(t);
    t.simulator.clock.advance(599_000);
    const { result } = renderHook(() => useSocialLink(), { wrapper: setup.withProvider(t, {}) });
    await waitFor(() => expect(result.current.state).toBe('idle'));
    expect(sessionStorage.getItem(SOCIAL_LINK_STORAGE_KEY)).not.toBeNull();
  });

  it('drops a stored entry of the old format (with a step-up record) on load', async () => {
    const t = setup();
    sessionStorage.setItem(
      SOCIAL_LINK_STORAGE_KEY,
      JSON.stringify({
        verificationRecordId: 'social-1',
        state: 'abc',
        connectorId: GITHUB_CONNECTOR_ID,
        returnTo: '/account',
        replace: false,
        identity: { id: 'identity-1', expiresAt: new Date().toISOString(), method: 'password' },
      }),
    );
    renderHook(() => useSocialLink(), { wrapper: setup.withProvider(t, {}) });
    await waitFor(() => expect(sessionStorage.getItem(SOCIAL_LINK_STORAGE_KEY)).toBeNull());
  });

  it('answers an expired round trip on its return with social_link_expired, without verifying', async () => {
    const t = setup();
    const { back } = await startLink(t);
    t.simulator.clock.advance(600_000);
    const { result } = renderCallback(t, back.search);
    await waitFor(() => expect(result.current.callback.state).toBe('error'));
    expect(result.current.callback).toMatchObject({
      error: { code: 'social_link_expired' },
      canRetry: false,
      returnTo: '/account#social',
    });
    expect(sessionStorage.getItem(SOCIAL_LINK_STORAGE_KEY)).toBeNull();
    expect(t.requests('POST', '/api/verifications/social/verify')).toHaveLength(0);
    expect(result.current.prompt.request).toBeNull();
  });

  it.each([
    ['javascript:', 'javascript:alert(document.domain)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['plain http off loopback', 'http://evil.example/authorize'],
  ])('refuses a %s authorization URI: error, no navigation, nothing stored', async (_, uri) => {
    const t = setup({ socialProviderUrl: () => uri });
    const navigate = vi.fn();
    const { result } = renderHook(() => useSocialLink(), {
      wrapper: setup.withProvider(t, { navigate }),
    });
    await act(async () => {
      await result.current.link(GITHUB_CONNECTOR_ID);
    });
    expect(result.current.state).toBe('idle');
    expect(result.current.error?.code).toBe('social_unsafe_authorization_uri');
    expect(navigate).not.toHaveBeenCalled();
    expect(sessionStorage.getItem(SOCIAL_LINK_STORAGE_KEY)).toBeNull();
  });

  it.each(['http://localhost:4000/authorize', 'http://127.0.0.1:4000/authorize'])(
    'navigates to a loopback http authorization URI (%s)',
    async (base) => {
      const t = setup({ socialProviderUrl: (params) => `${base}?state=${params.state}` });
      const navigate = vi.fn();
      const { result } = renderHook(() => useSocialLink(), {
        wrapper: setup.withProvider(t, { navigate }),
      });
      await act(async () => {
        await result.current.link(GITHUB_CONNECTOR_ID);
      });
      expect(result.current).toMatchObject({ state: 'redirecting', error: null });
      expect(navigate).toHaveBeenCalledTimes(1);
      expect((navigate.mock.calls[0]![0] as string).startsWith(`${base}?`)).toBe(true);
    },
  );

  it.each(['https://evil.example/account', '//evil.example/account', 'javascript:alert(1)'])(
    'does not hand out a hostile returnTo (%s), neither as given nor when the stored one is altered',
    async (hostile) => {
      const t = setup();
      const { back } = await startLink(t, { link: { returnTo: hostile } });
      const stored = JSON.parse(sessionStorage.getItem(SOCIAL_LINK_STORAGE_KEY)!) as {
        returnTo: string;
      };
      expect(stored.returnTo).toBe('/');
      // A script on the origin rewrites the entry while the user is at the provider.
      sessionStorage.setItem(
        SOCIAL_LINK_STORAGE_KEY,
        JSON.stringify({ ...stored, returnTo: hostile }),
      );
      const { result } = renderCallback(t, back.search);
      await stepUp(result);
      await waitFor(() => expect(result.current.callback.state).toBe('done'));
      expect(result.current.callback.returnTo).toBeUndefined();
    },
  );

  it('removes code and state from the address on arrival, before the bind, keeping other parameters and the hash (bare hook)', async () => {
    const t = setup();
    const { back } = await startLink(t);
    const before = location.href;
    history.replaceState(null, '', `${location.pathname}${back.search}&keep=1#frag`);
    try {
      expect(new URLSearchParams(location.search).get('code')).not.toBeNull();
      const { result } = renderCallback(t, undefined);
      // The bind waits on step-up here: the address is already clean.
      await waitFor(() => expect(result.current.prompt.request).not.toBeNull());
      expect(t.requests('POST', '/api/my-account/identities')).toHaveLength(0);
      expect(location.search).toBe('?keep=1');
      expect(location.hash).toBe('#frag');
      await act(async () => {
        await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
      });
      await waitFor(() => expect(result.current.callback.state).toBe('done'));
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('a double link() starts one verification and navigates once', async () => {
    const t = setup();
    const navigate = vi.fn();
    const { result } = renderHook(() => useSocialLink(), {
      wrapper: setup.withProvider(t, { navigate }),
    });
    await act(async () => {
      await Promise.all([
        result.current.link(GITHUB_CONNECTOR_ID),
        result.current.link(GITHUB_CONNECTOR_ID),
      ]);
    });
    expect(result.current.state).toBe('redirecting');
    expect(t.requests('POST', '/api/verifications/social')).toHaveLength(1);
    expect(navigate).toHaveBeenCalledTimes(1);
  });

  it('a double retry binds once', async () => {
    const t = setup();
    const { back } = await startLink(t);
    t.simulator.faults.inject({
      route: 'POST /api/my-account/identities',
      status: 503,
      once: true,
    });
    const { result } = renderCallback(t, back.search);
    await stepUp(result);
    await waitFor(() => expect(result.current.callback.state).toBe('error'));
    expect(result.current.callback.canRetry).toBe(true);
    await act(async () => {
      await Promise.all([result.current.callback.retry(), result.current.callback.retry()]);
    });
    expect(result.current.callback.state).toBe('done');
    // The failed attempt and one retry.
    expect(t.requests('POST', '/api/my-account/identities')).toHaveLength(2);
    expect(identities(t)).toContain('github');
  });

  it('surfaces a provider identity owned by another account as an error after return', async () => {
    const t = setup();
    t.simulator.admin.setSocialProviderUsers(GITHUB_CONNECTOR_ID, [
      { id: 'github-grace', name: 'Grace Hopper' },
    ]);
    const { back } = await startLink(t);
    const { result } = renderCallback(t, back.search);
    await stepUp(result);
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
    await stepUp(result);
    await waitFor(() => expect(result.current.callback.state).toBe('error'));
    expect(result.current.callback.canRetry).toBe(true);
    await act(async () => {
      await result.current.callback.retry();
    });
    expect(result.current.callback.state).toBe('done');
    expect(t.requests('POST', '/api/verifications/social/verify')).toHaveLength(1);
    expect(Object.keys(t.simulator.admin.getUser(DEMO_USER_ID)!.identities)).toContain('github');
  });

  it('Switch account replaces the identity of the same target (PUT), asking step-up once after the return', async () => {
    const t = setup();
    const { back } = await startLink(t, {
      connectorId: GOOGLE_CONNECTOR_ID,
      link: { replace: true },
      user: 'google-alan-1912',
    });
    const stored = sessionStorage.getItem(SOCIAL_LINK_STORAGE_KEY)!;
    expect(Object.keys(JSON.parse(stored) as object)).not.toContain('identity');
    expect(t.requests('POST', '/api/verifications/password')).toHaveLength(0);
    const { result, prompts } = renderCallback(t, back.search);
    await stepUp(result);
    await waitFor(() => expect(result.current.callback.state).toBe('done'));
    expect(prompts).toHaveLength(1);
    expect(t.requests('PUT', '/api/my-account/identities')).toHaveLength(1);
    expect(t.simulator.admin.getUser(DEMO_USER_ID)!.identities.google?.userId).toBe(
      'google-alan-1912',
    );
  });

  it('updateIdentityAccessToken stores a fresh provider token set from a verified social record', async () => {
    const t = setup();
    const { result } = renderHook(
      () => ({ kit: useAccountKit(), update: useUpdateSocialAccessToken() }),
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
    // The flows' steps chunk (preloaded on mount) has settled: still nothing started.
    await act(() => loadSteps());
    expect(result.current.callback.state).toBe('idle');
    expect(
      t.log.filter((entry) => entry.path.includes('/social') || entry.path.includes('/identities')),
    ).toEqual([]);
  });

  it('unlinks an identity', async () => {
    const t = setup();
    const { result } = renderHook(
      () => ({ unlink: useUnlinkSocialIdentity(), verification: useVerification() }),
      { wrapper: t.wrapper },
    );
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
      await result.current.unlink.mutateAsync('google');
    });
    expect(t.simulator.admin.getUser(DEMO_USER_ID)!.identities).toEqual({});
  });
});
