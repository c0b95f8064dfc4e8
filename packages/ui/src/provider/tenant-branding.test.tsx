import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server.browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { contrastRatio } from '@account-center/client/helpers';
import '../styles.css';
import { AccountCenter } from '../components/account-center/account-center.js';
import { Button } from '../primitives/button.js';
import { Dialog, DialogContent, DialogDescription, DialogTitle } from '../primitives/dialog.js';
import { createSimulatedAccount } from '../test-utils/simulated-account.js';
import type { SimulatedAccountOptions } from '../test-utils/simulated-account.js';
import { AccountCenterUiProvider } from './account-center-ui-provider.js';
import type { AccountCenterUiProviderProps } from './account-center-ui-provider.js';

afterEach(() => {
  vi.restoreAllMocks();
});

type SignInExperienceSeed = NonNullable<
  NonNullable<SimulatedAccountOptions['seed']>['signInExperience']
>;

/** The drop-in on a simulated tenant with this sign-in experience. */
function dropIn(
  signInExperience: SignInExperienceSeed,
  props: Partial<AccountCenterUiProviderProps> = {},
) {
  const account = createSimulatedAccount({ seed: { signInExperience } });
  return (
    <AccountCenter
      endpoint={account.endpoint}
      getAccessToken={async () => account.token}
      fetch={account.fetch}
      queryClient={account.queryClient}
      locale={props.locale ?? 'en'}
      appName="Acme"
      theme={props.theme === 'system' ? undefined : props.theme}
      branding={props.branding}
    />
  );
}

const rgbToHex = (value: string) => {
  const channels = value
    .match(/\d+(\.\d+)?/g)!
    .slice(0, 3)
    .map(Number);
  return `#${channels.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
};

/** The colours a user sees on the Save button and behind the page. */
async function primaryButtonColours() {
  const root = page.elementLocator(document.querySelector('[data-slot="root"]')!).element();
  const token = (name: string) =>
    getComputedStyle(root).getPropertyValue(name).trim().toLowerCase();
  return {
    primary: token('--ac-primary'),
    foreground: token('--ac-primary-foreground'),
    background: rgbToHex(getComputedStyle(root).backgroundColor),
  };
}

const yellowish = {
  color: { primaryColor: '#F5C518', isDarkModeEnabled: true, darkPrimaryColor: '#3A1D8C' },
  branding: {
    logoUrl: 'https://cdn.example.com/logo.svg',
    darkLogoUrl: 'https://cdn.example.com/logo-dark.svg',
  },
};

describe('branding="tenant"', () => {
  it("wears the tenant's primary colour, adjusted to AA against the page, with a readable text colour", async () => {
    const screen = await render(dropIn(yellowish, { branding: 'tenant', theme: 'light' }));
    await expect.element(screen.getByRole('button', { name: 'Profile' })).toBeVisible();
    // Too light on white as given (1.6:1): darkened until it reaches 4.5:1, same hue.
    await expect.poll(async () => (await primaryButtonColours()).primary).not.toBe('#5b34e0');
    const { primary, foreground, background } = await primaryButtonColours();
    expect(primary).not.toBe('#f5c518');
    expect(contrastRatio('#f5c518', background)).toBeLessThan(3);
    expect(contrastRatio(primary, background)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(primary, foreground)).toBeGreaterThanOrEqual(4.5);
    // CSSOM, not a style attribute (CSP).
    expect(document.querySelector('[data-slot="root"]')?.hasAttribute('style')).toBe(false);
  });

  it('uses the dark primary colour in dark mode, lightened to AA against the dark page', async () => {
    const screen = await render(dropIn(yellowish, { branding: 'tenant', theme: 'dark' }));
    await expect.element(screen.getByRole('button', { name: 'Profile' })).toBeVisible();
    await expect.poll(async () => (await primaryButtonColours()).primary).not.toBe('#a48bfa');
    const { primary, foreground, background } = await primaryButtonColours();
    expect(background).toBe('#111114');
    expect(contrastRatio('#3a1d8c', background)).toBeLessThan(3);
    expect(contrastRatio(primary, background)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(primary, foreground)).toBeGreaterThanOrEqual(4.5);
  });

  it("keeps the app's tokens by default", async () => {
    // `auto` reads the tenant's settings too (its languageInfo), branding or not.
    const screen = await render(dropIn(yellowish, { theme: 'light', locale: 'auto' }));
    await expect.element(screen.getByRole('button', { name: 'Profile' })).toBeVisible();
    await expect.element(screen.getByRole('heading', { name: 'Email address' })).toBeVisible();
    expect((await primaryButtonColours()).primary).toBe('#5b34e0');
    expect(document.querySelector('[data-slot="root"]')?.className).toBe('ac-root');
    expect(screen.container.querySelector('img')).toBeNull();
  });

  it('shows the light or dark logo, named by the app', async () => {
    const light = await render(dropIn(yellowish, { branding: 'tenant', theme: 'light' }));
    await expect
      .element(light.getByRole('img', { name: 'Acme' }))
      .toHaveAttribute('src', 'https://cdn.example.com/logo.svg');
    await light.unmount();
    const dark = await render(dropIn(yellowish, { branding: 'tenant', theme: 'dark' }));
    await expect
      .element(dark.getByRole('img', { name: 'Acme' }))
      .toHaveAttribute('src', 'https://cdn.example.com/logo-dark.svg');
  });

  it('renders no logo from a URL that is not https (or http on this machine)', async () => {
    const screen = await render(
      dropIn(
        {
          branding: {
            logoUrl: 'http://cdn.example.com/logo.svg',
            darkLogoUrl: 'javascript:alert(1)',
          },
        },
        { branding: 'tenant', theme: 'dark' },
      ),
    );
    await expect.element(screen.getByRole('button', { name: 'Profile' })).toBeVisible();
    await expect.element(screen.getByRole('heading', { name: 'Email address' })).toBeVisible();
    expect(screen.container.querySelector('img')).toBeNull();
  });

  it('stays light when the tenant turned dark mode off', async () => {
    const screen = await render(
      dropIn(
        { ...yellowish, color: { ...yellowish.color, isDarkModeEnabled: false } },
        { branding: 'tenant' },
      ),
    );
    await expect.element(screen.getByRole('button', { name: 'Profile' })).toBeVisible();
    await expect
      .poll(() => document.querySelector('[data-slot="root"]')?.getAttribute('data-theme'))
      .toBe('light');
    await expect
      .element(screen.getByRole('img', { name: 'Acme' }))
      .toHaveAttribute('src', 'https://cdn.example.com/logo.svg');
  });

  it('carries the tenant tokens into dialogs rendered in a portal', async () => {
    const account = createSimulatedAccount({ seed: { signInExperience: yellowish } });
    const screen = await render(
      <AccountCenterUiProvider branding="tenant" theme="light" locale="en">
        <Dialog defaultOpen>
          <DialogContent>
            <DialogTitle>Title</DialogTitle>
            <DialogDescription>Description</DialogDescription>
            <Button variant="primary">Go</Button>
          </DialogContent>
        </Dialog>
      </AccountCenterUiProvider>,
      { wrapper: ({ children }) => <account.Wrapper>{children}</account.Wrapper> },
    );
    const button = screen.getByRole('button', { name: 'Go' });
    await expect
      .poll(() =>
        getComputedStyle(button.element()).getPropertyValue('--ac-primary').trim().toLowerCase(),
      )
      .not.toBe('#5b34e0');
  });

  it('renders on a server without a style attribute and hydrates without a mismatch', async () => {
    const account = createSimulatedAccount({ seed: { signInExperience: yellowish } });
    const settings = {
      accountCenter: account.simulator.admin.getAccountCenter(),
      signInExperience: account.simulator.admin.getSignInExperience(),
    };
    const app = (
      <AccountCenter
        endpoint={account.endpoint}
        getAccessToken={async () => account.token}
        fetch={account.fetch}
        queryClient={account.queryClient}
        settings={settings as never}
        locale="en"
        appName="Acme"
        theme="light"
        branding="tenant"
      />
    );
    const html = renderToString(app);
    // No tenant colour in the server HTML (CSP): it arrives with the branding chunk.
    expect(html).not.toMatch(/--ac-|#f5c518|#3a1d8c|ac-brand-/i);
    expect(html).not.toMatch(/data-slot="root"[^>]* style=/);
    const consoleErrors = vi.spyOn(console, 'error');
    const recoverable: unknown[] = [];
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const root = hydrateRoot(container, app, {
      onRecoverableError: (error) => recoverable.push(error),
    });
    await expect
      .element(page.getByRole('img', { name: 'Acme' }))
      .toHaveAttribute('src', 'https://cdn.example.com/logo.svg');
    const hydratedRoot = container.querySelector('[data-slot="root"]')!;
    expect(hydratedRoot.className).toMatch(/ac-brand-/);
    expect(hydratedRoot.hasAttribute('style')).toBe(false);
    expect(recoverable).toEqual([]);
    expect(consoleErrors).not.toHaveBeenCalled();
    root.unmount();
    container.remove();
  });
});
