import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server.browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { AccountCenter } from '../components/account-center/account-center.js';
import { Button } from '../primitives/button.js';
import { AccountCenterUiProvider } from '../provider/account-center-ui-provider.js';
import { createSimulatedAccount } from '../test-utils/simulated-account.js';
import { chooseLocale } from './auto-locale.js';
import { loadMessages } from './catalogues.js';

const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'languages')!;

/** The browser's language list as a user would set it, announced with `languagechange`. */
function setBrowserLanguages(languages: string[]) {
  Object.defineProperty(navigator, 'languages', { configurable: true, get: () => languages });
  window.dispatchEvent(new Event('languagechange'));
}

afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(navigator, 'languages');
  Object.defineProperty(Navigator.prototype, 'languages', original);
});

describe('chooseLocale', () => {
  it('takes the first supported match: app choice, browser, tenant fallback, English', () => {
    expect(chooseLocale({ requested: 'ko', preferred: ['de'] })).toBe('ko');
    expect(chooseLocale({ requested: 'auto', preferred: ['xx', 'de-AT', 'fr'] })).toBe('de-AT');
    expect(chooseLocale({ requested: 'xx', preferred: ['ja'] })).toBe('ja');
    expect(chooseLocale({ preferred: ['xx'], languageInfo: { fallbackLanguage: 'fr' } })).toBe(
      'fr',
    );
    expect(chooseLocale({ preferred: ['xx'], languageInfo: { fallbackLanguage: 'zz' } })).toBe(
      'en',
    );
    expect(chooseLocale({ preferred: ['en-GB', 'de'] })).toBe('en-GB');
  });

  it('skips the browser languages when the tenant turned detection off', () => {
    expect(
      chooseLocale({
        preferred: ['de'],
        languageInfo: { autoDetect: false, fallbackLanguage: 'fr' },
      }),
    ).toBe('fr');
    // The app's own choice still wins.
    expect(
      chooseLocale({ requested: 'ko', preferred: ['de'], languageInfo: { autoDetect: false } }),
    ).toBe('ko');
  });
});

describe('locale="auto" (the default)', () => {
  it('shows the browser language and follows languagechange', async () => {
    setBrowserLanguages(['xx-YY', 'de-DE']);
    const screen = await render(
      <AccountCenterUiProvider data-testid="root">
        <Button>OK</Button>
      </AccountCenterUiProvider>,
    );
    await expect.element(screen.getByTestId('root')).toHaveAttribute('lang', 'de-DE');
    setBrowserLanguages(['ko-KR']);
    await expect.element(screen.getByTestId('root')).toHaveAttribute('lang', 'ko-KR');
  });

  it("uses the tenant's fallback language, not the browser's, when the tenant turned detection off", async () => {
    setBrowserLanguages(['de-DE']);
    const account = createSimulatedAccount({
      seed: { signInExperience: { languageInfo: { autoDetect: false, fallbackLanguage: 'fr' } } },
    });
    const screen = await render(
      <AccountCenter
        endpoint={account.endpoint}
        getAccessToken={async () => account.token}
        fetch={account.fetch}
        queryClient={account.queryClient}
        data-testid="drop-in"
      />,
    );
    await expect.element(screen.getByRole('button', { name: 'Sécurité' })).toBeVisible();
    await expect
      .poll(() => screen.container.querySelector('[data-slot="root"]')?.getAttribute('lang'))
      .toBe('fr');
  });

  it('sends the resolved locale as Accept-Language, and the new one after languagechange', async () => {
    setBrowserLanguages(['ja-JP']);
    const account = createSimulatedAccount();
    const sent: (string | null)[] = [];
    const recordingFetch: typeof fetch = (input, init) => {
      sent.push(new Headers(init?.headers).get('accept-language'));
      return account.fetch(input, init);
    };
    const screen = await render(
      <AccountCenter
        endpoint={account.endpoint}
        getAccessToken={async () => account.token}
        fetch={recordingFetch}
        queryClient={account.queryClient}
      />,
    );
    await expect.element(screen.getByRole('button', { name: 'プロフィール' })).toBeVisible();
    expect(sent.length).toBeGreaterThan(0);
    expect(new Set(sent)).toEqual(new Set(['ja-JP']));

    setBrowserLanguages(['ko']);
    await expect.element(screen.getByRole('button', { name: '프로필' })).toBeVisible();
    sent.length = 0;
    await account.queryClient.refetchQueries();
    expect(sent.length).toBeGreaterThan(0);
    expect(new Set(sent)).toEqual(new Set(['ko']));
  });

  it('renders on a server without navigator and hydrates without a mismatch, then follows the browser', async () => {
    await Promise.all(['fr', 'de'].map((locale) => loadMessages(locale)));
    setBrowserLanguages(['de-DE']);
    const account = createSimulatedAccount({
      seed: { signInExperience: { languageInfo: { autoDetect: true, fallbackLanguage: 'fr' } } },
    });
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
      />
    );
    // The server knows no browser languages: the tenant's fallback.
    const html = renderToString(app);
    expect(html).toMatch(/data-slot="root"[^>]* lang="fr"/);
    const consoleErrors = vi.spyOn(console, 'error');
    const recoverable: unknown[] = [];
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const root = hydrateRoot(container, app, {
      onRecoverableError: (error) => recoverable.push(error),
    });
    await expect.element(page.getByRole('button', { name: 'Profil' })).toBeVisible();
    await expect
      .poll(() => container.querySelector('[data-slot="root"]')?.getAttribute('lang'))
      .toBe('de-DE');
    expect(recoverable).toEqual([]);
    expect(consoleErrors).not.toHaveBeenCalled();
    root.unmount();
    container.remove();
  });
});
