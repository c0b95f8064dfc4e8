import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server.browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { Dialog, DialogContent, DialogTitle } from '../../primitives/dialog.js';
import { LiveRegion } from '../../primitives/live-region.js';
import { VisuallyHidden } from '../../primitives/visually-hidden.js';
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

describe('server HTML under a strict style-src (no unsafe-inline, no hashes)', () => {
  it('has no style attribute, and the client hides the live region and hidden text through the CSSOM', async () => {
    const account = createSimulatedAccount();
    const warm = await render(<AccountCenter />, { wrapper: account.Wrapper });
    await expect.element(warm.getByRole('heading', { name: 'Email address' })).toBeVisible();
    await warm.unmount();

    const app = (
      <account.Wrapper>
        <AccountCenter />
        <VisuallyHidden>Only for screen readers</VisuallyHidden>
        <LiveRegion />
        <Dialog defaultOpen>
          <DialogContent aria-describedby={undefined}>
            <DialogTitle>Rename passkey</DialogTitle>
          </DialogContent>
        </Dialog>
      </account.Wrapper>
    );
    const html = renderToString(app);
    expect(html).toContain('Email address');
    expect(html).toContain('Only for screen readers');
    expect(html).toContain('data-slot="live-region"');
    expect(html).not.toMatch(/\sstyle=/);

    const consoleErrors = vi.spyOn(console, 'error');
    const recoverable: unknown[] = [];
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const root = hydrateRoot(container, app, {
      onRecoverableError: (error) => recoverable.push(error),
    });
    await expect.element(page.getByRole('dialog', { name: 'Rename passkey' })).toBeVisible();
    const hidden = container.querySelector<HTMLElement>('[data-slot="visually-hidden"]')!;
    await expect.poll(() => hidden.style.position).toBe('absolute');
    expect(hidden.style.clip).toBe('rect(0px, 0px, 0px, 0px)');
    const region = container.querySelector<HTMLElement>('[data-slot="live-region"]')!;
    expect(region.style.position).toBe('absolute');
    expect(region.style.width).toBe('1px');
    expect(recoverable).toEqual([]);
    expect(consoleErrors).not.toHaveBeenCalled();
    root.unmount();
    container.remove();
  });
});
