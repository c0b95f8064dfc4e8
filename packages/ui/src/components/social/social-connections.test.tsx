import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { DEMO_PASSWORD, DEMO_USER_ID, socialOnlyUserSeed } from '@account-center/mock';
import type { SocialAuthorizeOptions } from '@account-center/mock';
import { en } from '../../i18n/locales/en.js';
import { fr } from '../../i18n/locales/fr.js';
import { createSimulatedAccount } from '../../test-utils/simulated-account.js';
import { TestStepUp } from '../../test-utils/test-step-up.js';
import { VerificationDialog } from '../verification/verification-dialog.js';
import { SocialConnections } from './social-connections.js';
import { SocialLinkCallback } from './social-link-callback.js';

const original = location.href;

beforeEach(() => sessionStorage.clear());
afterEach(() => {
  history.replaceState(null, '', original);
  sessionStorage.clear();
});

/** Click Connect (or another button), let the fake provider answer, and come back with its query. */
async function startAndReturn(
  account: ReturnType<typeof createSimulatedAccount>,
  navigate: ReturnType<typeof vi.fn>,
  provider: string,
  options: SocialAuthorizeOptions & { button?: string } = {},
) {
  const page = await render(
    <>
      <TestStepUp />
      <SocialConnections />
    </>,
    { wrapper: account.Wrapper },
  );
  await page.getByRole('button', { name: options.button ?? `Connect ${provider}` }).click();
  await vi.waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
  const authorizationUri = navigate.mock.calls[0]![0] as string;
  const back = account.simulator.social.authorize(authorizationUri, options);
  await page.unmount();
  // The provider sends the browser back to the redirect URI (this page) with its query.
  history.replaceState(null, '', back);
}

describe('SocialConnections', () => {
  it('lists connectors with linked state and the linked account', async () => {
    const account = createSimulatedAccount();
    const screen = await render(<SocialConnections />, { wrapper: account.Wrapper });
    const list = screen.getByRole('list', { name: 'Sign-in accounts' });
    await expect.element(list).toBeVisible();
    const items = list.getByRole('listitem');
    await expect
      .element(items.nth(0))
      .toHaveTextContent(/Google.*Connected.*ada\.lovelace@gmail\.example/);
    await expect.element(items.nth(1)).toHaveTextContent(/GitHub.*Not connected/);
    await expect.element(screen.getByRole('button', { name: 'Disconnect Google' })).toBeVisible();
    await expect.element(screen.getByRole('button', { name: 'Connect GitHub' })).toBeVisible();
  });

  it('offers no connector the tenant marks Native (not usable in a browser)', async () => {
    const account = createSimulatedAccount({
      seed: { management: { socialPlatforms: { 'mock-github': 'Native' } } },
    });
    const screen = await render(<SocialConnections />, { wrapper: account.Wrapper });
    const list = screen.getByRole('list', { name: 'Sign-in accounts' });
    await expect.element(list.getByRole('listitem')).toHaveLength(1);
    await expect.element(list.getByRole('listitem')).toHaveTextContent(/Google.*Connected/);
    expect(screen.getByRole('button', { name: 'Connect GitHub' }).query()).toBeNull();
  });

  it('shows only http(s) logos, named after the connector, and the dark logo in dark theme', async () => {
    const logo = `${location.origin}/logos/google.svg`;
    const logoDark = `${location.origin}/logos/google-dark.svg`;
    const account = createSimulatedAccount({
      theme: 'dark',
      provider: {
        settings: {
          signInExperience: {
            socialConnectors: [
              { id: 'mock-google', target: 'google', name: { en: 'Google' }, logo, logoDark },
              // A script URL is never rendered.
              {
                id: 'mock-github',
                target: 'github',
                name: { en: 'GitHub' },
                logo: 'javascript:alert(1)',
              },
            ],
          },
        },
      },
    });
    const screen = await render(<SocialConnections />, { wrapper: account.Wrapper });
    await expect
      .element(screen.getByRole('img', { name: 'Google' }))
      .toHaveAttribute('src', logoDark);
    await expect.element(screen.getByRole('button', { name: 'Connect GitHub' })).toBeVisible();
    expect(document.querySelector('img[src^="javascript"]')).toBeNull();
    await expect.element(screen.getByRole('img', { name: 'GitHub' })).not.toBeInTheDocument();
  });

  it('links through the provider and finishes on the return page', async () => {
    const navigate = vi.fn();
    const account = createSimulatedAccount({ provider: { navigate } });
    await startAndReturn(account, navigate, 'GitHub');

    const callback = await render(
      <>
        <TestStepUp />
        <SocialLinkCallback />
      </>,
      { wrapper: account.Wrapper },
    );
    await expect.element(callback.getByText('GitHub connected.')).toBeVisible();
    // The way back is the same-origin path the link started on.
    const { pathname, search, hash } = new URL(original);
    await expect
      .element(callback.getByRole('link', { name: 'Back to your account' }))
      .toHaveAttribute('href', pathname + search + hash);
    // The provider's code is gone from the address bar.
    expect(new URL(location.href).searchParams.has('code')).toBe(false);
    await callback.unmount();

    const screen = await render(<SocialConnections />, { wrapper: account.Wrapper });
    await expect
      .element(screen.getByRole('listitem').filter({ hasText: 'GitHub' }))
      .toHaveTextContent(/Connected.*ada@users\.noreply\.github\.example/);
    expect(Object.keys(account.simulator.admin.getUser(DEMO_USER_ID)!.identities).sort()).toEqual([
      'github',
      'google',
    ]);
  });

  it('finishes the link once when the section and a callback share the page', async () => {
    const navigate = vi.fn();
    const account = createSimulatedAccount({ provider: { navigate } });
    await startAndReturn(account, navigate, 'GitHub');

    const screen = await render(
      <>
        <TestStepUp />
        <SocialConnections />
        <SocialLinkCallback />
      </>,
      { wrapper: account.Wrapper },
    );
    await expect.element(screen.getByText('GitHub connected.')).toBeVisible();
    // The second callback found nothing pending: no failure banner.
    expect(screen.getByRole('alert').elements()).toHaveLength(0);
    expect(Object.keys(account.simulator.admin.getUser(DEMO_USER_ID)!.identities).sort()).toEqual([
      'github',
      'google',
    ]);
  });

  it('keeps a failure after the round trip visible as a banner in the section', async () => {
    const navigate = vi.fn();
    const account = createSimulatedAccount({ provider: { navigate } });
    await startAndReturn(account, navigate, 'GitHub', { cancel: true });

    const screen = await render(
      <>
        <TestStepUp />
        <SocialConnections />
      </>,
      { wrapper: account.Wrapper },
    );
    const banner = screen.getByRole('alert');
    await expect.element(banner).toHaveTextContent(/We couldn’t connect your GitHub account\./);
    await expect.element(banner).toHaveTextContent(/cancelled at the provider/);
    await expect.element(screen.getByRole('button', { name: 'Connect GitHub' })).toBeVisible();
    await screen.getByRole('button', { name: 'Dismiss' }).click();
    await expect.element(screen.getByRole('alert')).not.toBeInTheDocument();
    expect(Object.keys(account.simulator.admin.getUser(DEMO_USER_ID)!.identities)).toEqual([
      'google',
    ]);
  });

  it('asks “Confirm it’s you” once, after the return, and finishes the link', async () => {
    const navigate = vi.fn();
    const account = createSimulatedAccount({ provider: { navigate } });
    const prompts: string[] = [];
    // Connect goes straight to the provider: no step-up before the redirect.
    const start = await render(
      <>
        <TestStepUp onPrompt={(reason) => prompts.push(reason)} />
        <SocialConnections />
      </>,
      { wrapper: account.Wrapper },
    );
    await start.getByRole('button', { name: 'Connect GitHub' }).click();
    await vi.waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
    expect(prompts).toEqual([]);
    const back = account.simulator.social.authorize(navigate.mock.calls[0]![0] as string);
    await start.unmount();
    history.replaceState(null, '', back);
    const screen = await render(
      <>
        <VerificationDialog />
        <SocialConnections />
      </>,
      { wrapper: account.Wrapper },
    );
    const dialog = screen.getByRole('dialog', { name: 'Confirm it’s you' });
    await userEvent.fill(dialog.getByLabelText('Password', { exact: true }), DEMO_PASSWORD);
    await userEvent.keyboard('{Enter}');
    await expect.element(screen.getByText('GitHub connected.')).toBeVisible();
    await expect.element(dialog).not.toBeInTheDocument();
    // No second trip to the provider.
    expect(navigate).toHaveBeenCalledTimes(1);
    expect(account.simulator.admin.getUser(DEMO_USER_ID)!.identities).toHaveProperty('github');
  });

  it.each([
    ['en', 'javascript:alert(document.domain)', en],
    ['fr', 'http://evil.example/authorize', fr],
  ] as const)(
    'refuses an unsafe provider page with a localized message (%s) and does not navigate',
    async (locale, uri, messages) => {
      const navigate = vi.fn();
      const account = createSimulatedAccount({
        locale,
        socialProviderUrl: () => uri,
        provider: { navigate },
      });
      const screen = await render(<SocialConnections />, { wrapper: account.Wrapper });
      const connect = screen.getByRole('button', {
        name: messages.social.connectProvider.replace('{provider}', 'GitHub'),
      });
      await connect.click();
      await expect
        .element(screen.getByRole('alert'))
        .toHaveTextContent(messages.social.unsafeProviderPage);
      await expect.element(connect).toBeEnabled();
      expect(navigate).not.toHaveBeenCalled();
      expect(sessionStorage.length).toBe(0);
    },
  );

  it('hands onSuccess and the way back only a same-origin address', async () => {
    const navigate = vi.fn();
    const onSuccess = vi.fn();
    const account = createSimulatedAccount({ provider: { navigate } });
    const start = await render(<SocialConnections returnTo="https://evil.example/account" />, {
      wrapper: account.Wrapper,
    });
    await start.getByRole('button', { name: 'Connect GitHub' }).click();
    await vi.waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
    const back = account.simulator.social.authorize(navigate.mock.calls[0]![0] as string);
    await start.unmount();
    // A script on the page rewrites the stored way back while the user is at the provider.
    const key = 'account-center:social-link';
    const stored = JSON.parse(sessionStorage.getItem(key)!) as object;
    sessionStorage.setItem(key, JSON.stringify({ ...stored, returnTo: '//evil.example/x' }));
    history.replaceState(null, '', back);
    const screen = await render(
      <>
        <TestStepUp />
        <SocialLinkCallback onSuccess={onSuccess} fallbackHref="/account" />
      </>,
      { wrapper: account.Wrapper },
    );
    await expect.element(screen.getByText('GitHub connected.')).toBeVisible();
    expect(onSuccess).toHaveBeenCalledExactlyOnceWith('/account');
    await expect
      .element(screen.getByRole('link', { name: 'Back to your account' }))
      .toHaveAttribute('href', '/account');
  });

  it('says the link expired when the provider answers after the round trip’s lifetime', async () => {
    const navigate = vi.fn();
    const account = createSimulatedAccount({ provider: { navigate } });
    await startAndReturn(account, navigate, 'GitHub');
    account.simulator.clock.advance(10 * 60_000);
    const screen = await render(
      <>
        <TestStepUp />
        <SocialLinkCallback />
      </>,
      { wrapper: account.Wrapper },
    );
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent(/took too long and expired\. Nothing was changed/);
    await expect.element(screen.getByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(sessionStorage.length).toBe(0);
    expect(new URL(location.href).searchParams.has('code')).toBe(false);
    expect(account.simulator.admin.getUser(DEMO_USER_ID)!.identities).not.toHaveProperty('github');
  });

  it('unlinks after confirmation', async () => {
    const account = createSimulatedAccount();
    const screen = await render(
      <>
        <TestStepUp />
        <SocialConnections />
      </>,
      { wrapper: account.Wrapper },
    );
    const trigger = screen.getByRole('button', { name: 'Disconnect Google' });
    await trigger.click();
    const dialog = screen.getByRole('alertdialog', { name: 'Disconnect Google?' });
    await expect.element(dialog).toHaveTextContent(/won’t be able to sign in with your Google/);
    await dialog.getByRole('button', { name: 'Disconnect' }).click();
    await expect.element(dialog).not.toBeInTheDocument();
    await expect
      .element(screen.getByRole('listitem').filter({ hasText: 'Google' }))
      .toHaveTextContent(/Not connected/);
    expect(account.simulator.admin.getUser(DEMO_USER_ID)!.identities).toEqual({});
  });

  it('disables Disconnect with a reason when it is the last identifier', async () => {
    const account = createSimulatedAccount({ seed: { users: [socialOnlyUserSeed()] } });
    const screen = await render(<SocialConnections />, { wrapper: account.Wrapper });
    const button = screen.getByRole('button', { name: 'Disconnect' });
    await expect.element(button).toBeDisabled();
    await expect
      .element(button)
      .toHaveAccessibleDescription(/Add another way to sign in before disconnecting/);
  });

  it('switches a linked account to another one of the same provider, in place', async () => {
    const navigate = vi.fn();
    const account = createSimulatedAccount({ provider: { navigate } });
    await startAndReturn(account, navigate, 'Google', {
      button: 'Switch account for Google',
      user: { id: 'google-ada-work', email: 'ada@work.example', name: 'Ada at work' },
    });
    const callback = await render(
      <>
        <TestStepUp />
        <SocialLinkCallback />
      </>,
      { wrapper: account.Wrapper },
    );
    await expect.element(callback.getByText('Google connected.')).toBeVisible();
    await callback.unmount();

    const { identities } = account.simulator.admin.getUser(DEMO_USER_ID)!;
    expect(Object.keys(identities)).toEqual(['google']);
    expect(identities.google!.userId).toBe('google-ada-work');
    const screen = await render(<SocialConnections />, { wrapper: account.Wrapper });
    await expect
      .element(screen.getByRole('listitem').filter({ hasText: 'Google' }))
      .toHaveTextContent(/Connected.*ada@work\.example/);
  });

  it('offers Switch account even when the account is the only way to sign in', async () => {
    const account = createSimulatedAccount({ seed: { users: [socialOnlyUserSeed()] } });
    const screen = await render(<SocialConnections />, { wrapper: account.Wrapper });
    await expect.element(screen.getByRole('button', { name: 'Disconnect' })).toBeDisabled();
    await expect
      .element(screen.getByRole('button', { name: 'Switch account for Google' }))
      .toBeEnabled();
  });

  it('still lists and unlinks linked accounts when connectors are unknown', async () => {
    // Settings given to the provider without the sign-in experience: connectors are unknown.
    const account = createSimulatedAccount({ provider: { settings: {} } });
    const screen = await render(
      <>
        <TestStepUp />
        <SocialConnections />
      </>,
      { wrapper: account.Wrapper },
    );
    await expect.element(screen.getByRole('listitem')).toHaveTextContent(/Google.*Connected/);
    await expect.element(screen.getByText('GitHub')).not.toBeInTheDocument();
    await screen.getByRole('button', { name: 'Disconnect Google' }).click();
    await screen.getByRole('alertdialog').getByRole('button', { name: 'Disconnect' }).click();
    await expect.element(screen.getByText('No accounts are connected.')).toBeVisible();
  });

  it('isolates a linked account label with U+202E (right-to-left override) in its row', async () => {
    const label = '\u202Eevil@example.com';
    const account = createSimulatedAccount({
      prepare: (simulator) => {
        const google = simulator.admin.getUser(DEMO_USER_ID)!.identities.google!;
        simulator.admin.updateUser(DEMO_USER_ID, {
          identities: { google: { ...google, details: { ...google.details, email: label } } },
        });
      },
    });
    const screen = await render(<SocialConnections />, { wrapper: account.Wrapper });
    const shown = screen.getByRole('listitem').nth(0).getByText(label);
    await expect.element(shown).toBeVisible();
    expect(shown.element().closest('bdi')?.textContent).toBe(label);
  });

  it('is not rendered when the social field is Off', async () => {
    const account = createSimulatedAccount({
      prepare: (simulator) =>
        simulator.admin.updateAccountCenter({ fields: { name: 'Edit', email: 'Edit' } }),
    });
    const screen = await render(
      <div data-testid="host">
        <SocialConnections />
      </div>,
      { wrapper: account.Wrapper },
    );
    await vi.waitFor(() => expect(account.queryClient.isFetching()).toBe(0));
    await expect.element(screen.getByTestId('host')).toBeEmptyDOMElement();
  });
});
