import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server.browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { createSimulatedAccount } from '../../test-utils/simulated-account.js';
import { AccountCenter } from './account-center.js';

/** Where `@account-center/react` keeps a pending social-link round trip. */
const SOCIAL_LINK_STORAGE_KEY = 'account-center:social-link';

afterEach(() => {
  sessionStorage.clear();
  vi.restoreAllMocks();
});

describe('AccountCenter rendered on a server (Next.js, Remix…)', () => {
  it('hydrates the server HTML without a mismatch while a social link is pending, then opens Security', async () => {
    const account = createSimulatedAccount();
    // The account and settings in the cache, as an app that prefetched them on its server has.
    const warm = await render(<AccountCenter />, { wrapper: account.Wrapper });
    await expect
      .element(warm.getByRole('button', { name: 'Profile' }))
      .toHaveAttribute('aria-current', 'page');
    await expect.element(warm.getByRole('heading', { name: 'Email address' })).toBeVisible();
    await warm.unmount();

    const app = (
      <account.Wrapper>
        <AccountCenter />
      </account.Wrapper>
    );
    // The server has no sessionStorage: its HTML opens the first section.
    const html = renderToString(app);
    expect(html).toContain('Email address');

    // Back from the social provider: the round trip is pending in this tab's storage.
    sessionStorage.setItem(
      SOCIAL_LINK_STORAGE_KEY,
      JSON.stringify({
        verificationRecordId: 'none',
        state: 'not-this-one',
        connectorId: 'github',
        returnTo: location.href,
        replace: false,
        expiresAt: Date.now() + 600_000,
      }),
    );
    const consoleErrors = vi.spyOn(console, 'error');
    const recoverable: unknown[] = [];
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const root = hydrateRoot(container, app, {
      onRecoverableError: (error) => recoverable.push(error),
    });
    await expect
      .element(page.getByRole('button', { name: 'Security' }))
      .toHaveAttribute('aria-current', 'page');
    await expect.element(page.getByText(/couldn’t be matched to your session/)).toBeVisible();
    expect(recoverable).toEqual([]);
    expect(consoleErrors).not.toHaveBeenCalled();
    root.unmount();
    container.remove();
  });
});
