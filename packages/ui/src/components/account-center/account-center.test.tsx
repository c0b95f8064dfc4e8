import '../../styles.css';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { allFields } from '@account-center/mock';
import { useMyAccount, useSignOut, useVerificationPrompt } from '@account-center/react';
import { Button } from '../../primitives/button.js';
import { createSimulatedAccount } from '../../test-utils/simulated-account.js';
import type { SimulatedAccountOptions } from '../../test-utils/simulated-account.js';
import type { PasskeyManagerProps } from '../passkeys/passkey-manager.js';
import type { PasswordChangeProps } from '../password/password-change.js';
import { AccountCenter } from './account-center.js';
import type { AccountCenterViewProps } from './account-center.js';

/** Where `@account-center/react` keeps a pending social-link round trip. */
const SOCIAL_LINK_STORAGE_KEY = 'account-center:social-link';

async function setup(props: AccountCenterViewProps = {}, options: SimulatedAccountOptions = {}) {
  const account = createSimulatedAccount(options);
  const screen = await render(<AccountCenter {...props} />, { wrapper: account.Wrapper });
  return { ...account, screen };
}

const nav = (screen: Awaited<ReturnType<typeof setup>>['screen']) =>
  screen.getByRole('navigation', { name: 'Account sections' });

describe('AccountCenter', () => {
  it('lists the sections the settings allow and switches with aria-current', async () => {
    const { screen } = await setup();
    const profile = nav(screen).getByRole('button', { name: 'Profile' });
    const security = nav(screen).getByRole('button', { name: 'Security' });
    await expect.element(profile).toHaveAttribute('aria-current', 'page');
    await expect.element(security).not.toHaveAttribute('aria-current');
    await expect.element(screen.getByRole('heading', { name: 'Email address' })).toBeVisible();
    await security.click();
    await expect.element(security).toHaveAttribute('aria-current', 'page');
    await expect.element(profile).not.toHaveAttribute('aria-current');
    await expect.element(screen.getByRole('heading', { name: 'Password' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Email address' }).elements()).toHaveLength(0);
    expect((await axe.run(document.body)).violations).toEqual([]);
  });

  it('is keyboard navigable: Tab in, arrows between items, Enter opens', async () => {
    const { screen } = await setup();
    const profile = nav(screen).getByRole('button', { name: 'Profile' });
    await expect.element(profile).toBeVisible();
    (profile.element() as HTMLElement).focus();
    await userEvent.keyboard('{ArrowRight}');
    const security = nav(screen).getByRole('button', { name: 'Security' });
    await expect.element(security).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect.element(security).toHaveAttribute('aria-current', 'page');
    await userEvent.keyboard('{Home}');
    await expect.element(profile).toHaveFocus();
    await userEvent.keyboard('{End}');
    const devices = nav(screen).getByRole('button', { name: 'Devices' });
    await expect.element(devices).toHaveFocus();
    await userEvent.keyboard(' ');
    await expect.element(devices).toHaveAttribute('aria-current', 'page');
    await expect.element(screen.getByRole('heading', { name: 'Devices' })).toBeVisible();
  });

  it('hides Off fields and pages with nothing visible; ReadOnly shows no controls', async () => {
    const { screen } = await setup(
      {},
      {
        seed: {
          accountCenter: {
            enabled: true,
            fields: { ...allFields('Off'), password: 'ReadOnly', social: 'Off' },
          },
        },
      },
    );
    // Profile has nothing visible, so no navigation at all: Security is the only section.
    await expect.element(screen.getByRole('heading', { name: 'Password' })).toBeVisible();
    expect(screen.getByRole('navigation').elements()).toHaveLength(0);
    await expect.element(screen.getByText('Managed by your administrator.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Change password' }).elements()).toHaveLength(0);
    expect(screen.getByRole('heading', { name: 'Email address' }).elements()).toHaveLength(0);
  });

  it('says so when nothing at all is visible', async () => {
    const { screen } = await setup(
      {},
      {
        seed: {
          accountCenter: { enabled: true, fields: allFields('Off') },
          signInExperience: { mfa: { factors: [], policy: 'UserControlled' } },
        },
      },
    );
    await expect.element(screen.getByText('There’s nothing to manage here.')).toBeVisible();
  });

  it('keeps the other sections when one fails, and Try again recovers it', async () => {
    const { screen, simulator } = await setup({ defaultSection: 'security' });
    simulator.faults.inject({ route: 'GET /api/my-account/mfa-settings', status: 500 });
    await expect.element(screen.getByText('We couldn’t load this section.').first()).toBeVisible();
    await expect.element(screen.getByRole('heading', { name: 'Password' })).toBeVisible();
    await expect.element(screen.getByRole('button', { name: 'Change password' })).toBeEnabled();
    simulator.faults.clear();
    await screen.getByRole('button', { name: 'Try again' }).first().click();
    await expect
      .poll(() => screen.getByText('We couldn’t load this section.').elements().length)
      .toBe(0);
  });

  it('isolates a crashing custom section behind an error boundary with retry', async () => {
    let broken = true;
    function Billing() {
      if (broken) throw new Error('billing crashed');
      return <p>Billing works</p>;
    }
    const onSectionError = vi.fn();
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { screen } = await setup({
      sections: ['security', { id: 'billing', title: 'Billing', content: <Billing /> }],
      onSectionError,
    });
    await nav(screen).getByRole('button', { name: 'Billing' }).click();
    await expect
      .element(screen.getByText('This part of the page couldn’t be shown.'))
      .toBeVisible();
    expect(onSectionError).toHaveBeenCalledWith('billing', expect.any(Error), expect.anything());
    // The rest of the page still works.
    await nav(screen).getByRole('button', { name: 'Security' }).click();
    await expect.element(screen.getByRole('heading', { name: 'Password' })).toBeVisible();
    await nav(screen).getByRole('button', { name: 'Billing' }).click();
    broken = false;
    await screen.getByRole('button', { name: 'Try again' }).click();
    await expect.element(screen.getByText('Billing works')).toBeVisible();
    consoleError.mockRestore();
  });

  it('switches the navigation from tabs to a sidebar by container width', async () => {
    const account = createSimulatedAccount();
    const screen = await render(
      <div>
        <div style={{ inlineSize: 360 }} data-testid="narrow">
          <AccountCenter />
        </div>
        <div style={{ inlineSize: 1000 }} data-testid="wide">
          <AccountCenter />
        </div>
      </div>,
      { wrapper: account.Wrapper },
    );
    const list = (id: string) => screen.getByTestId(id).getByRole('navigation').getByRole('list');
    await expect.element(list('narrow')).toBeVisible();
    expect(getComputedStyle(list('narrow').element()).flexDirection).toBe('row');
    expect(getComputedStyle(list('wide').element()).flexDirection).toBe('column');
  });

  it('composes the providers itself when given an endpoint and a token getter', async () => {
    const account = createSimulatedAccount();
    const screen = await render(
      <AccountCenter
        endpoint={account.endpoint}
        getAccessToken={async () => account.token}
        fetch={account.fetch}
        now={() => account.simulator.clock.now()}
        locale="en"
        defaultSection="security"
      />,
    );
    await expect.element(screen.getByRole('heading', { name: 'Password' })).toBeVisible();
    await expect
      .element(screen.getByRole('button', { name: 'Security' }))
      .toHaveAttribute('aria-current', 'page');
  });

  it('opens Security when a social link is pending (the provider returned to this page)', async () => {
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
    const { screen } = await setup();
    await expect
      .element(nav(screen).getByRole('button', { name: 'Security' }))
      .toHaveAttribute('aria-current', 'page');
    // SocialConnections there claimed the round trip (and reports the state mismatch).
    await expect.element(screen.getByText(/couldn’t be matched to your session/)).toBeVisible();
    expect(sessionStorage.getItem(SOCIAL_LINK_STORAGE_KEY)).toBeNull();
  });

  it('`components` puts the app’s own component in a section part’s place, with the documented props', async () => {
    const seen: { password?: PasswordChangeProps; passkeys?: PasskeyManagerProps } = {};
    function MyPassword(props: PasswordChangeProps) {
      seen.password = props;
      return (
        <section data-testid="my-password">
          <h2>Our password rules</h2>
        </section>
      );
    }
    function MyPasskeys(props: PasskeyManagerProps) {
      seen.passkeys = props;
      return <p>Passkeys for {props.appName}</p>;
    }
    const { screen } = await setup({
      defaultSection: 'security',
      appName: 'Acme',
      componentProps: { password: { className: 'wide' } },
      components: { password: MyPassword, passkeys: MyPasskeys },
    });
    await expect.element(screen.getByRole('heading', { name: 'Our password rules' })).toBeVisible();
    await expect.element(screen.getByText('Passkeys for Acme')).toBeVisible();
    // In the kit's place: first in the page, before the (kit's) connected accounts.
    const page = document.querySelector('[data-slot="account-center-page"]')!;
    expect(page.firstElementChild?.getAttribute('data-testid')).toBe('my-password');
    expect(screen.getByRole('button', { name: 'Change password' }).elements()).toHaveLength(0);
    expect(seen.password).toEqual({ className: 'wide' });
    expect(seen.passkeys).toEqual({ appName: 'Acme' });
  });

  it('`components` swaps a part: the app’s own step-up prompt answers the kit’s request', async () => {
    function MyPrompt() {
      const { request, reject } = useVerificationPrompt();
      if (!request) return null;
      return (
        <div role="alertdialog" aria-label="Approve on your phone">
          <Button onClick={reject}>Not now</Button>
        </div>
      );
    }
    const { screen } = await setup({
      defaultSection: 'sessions',
      components: { verificationDialog: MyPrompt },
    });
    await screen.getByRole('button', { name: 'Verify to view your sessions' }).click();
    const prompt = screen.getByRole('alertdialog', { name: 'Approve on your phone' });
    await expect.element(prompt).toBeVisible();
    expect(screen.getByRole('dialog', { name: 'Confirm it’s you' }).elements()).toHaveLength(0);
    // Cancelling through the app's prompt is quiet: the button is back, no error.
    await prompt.getByRole('button', { name: 'Not now' }).click();
    await expect.element(prompt).not.toBeInTheDocument();
    await expect
      .element(screen.getByRole('button', { name: 'Verify to view your sessions' }))
      .toBeVisible();
    expect(screen.getByRole('alert').elements()).toHaveLength(0);
  });

  it('standalone, passes every provider prop through: `onSignOut` hears another tab, `syncTabs={false}` stays out', async () => {
    const account = createSimulatedAccount();
    function OtherTab() {
      const account = useMyAccount();
      const signOut = useSignOut();
      return (
        <Button disabled={!account.data} onClick={signOut}>
          Sign out in the other tab
        </Button>
      );
    }
    const synced = vi.fn();
    const unsynced = vi.fn();
    const connection = {
      endpoint: account.endpoint,
      getAccessToken: async () => account.token,
      fetch: account.fetch,
      now: () => account.simulator.clock.now(),
    };
    const screen = await render(
      <>
        <div data-testid="unsynced">
          <AccountCenter {...connection} syncTabs={false} onSignOut={unsynced} />
        </div>
        <div data-testid="synced">
          <AccountCenter {...connection} onSignOut={synced} />
        </div>
      </>,
    );
    for (const id of ['unsynced', 'synced']) {
      await expect
        .element(screen.getByTestId(id).getByRole('heading', { name: 'Email address' }))
        .toBeVisible();
    }
    const other = await render(<OtherTab />, { wrapper: account.Wrapper });
    const signOut = other.getByRole('button', { name: 'Sign out in the other tab' });
    await expect.element(signOut).toBeEnabled();
    await signOut.click();
    await expect.poll(() => synced.mock.calls.length).toBe(1);
    // The unsynced drop-in joined no channel (it would have heard it first: it joined earlier).
    expect(unsynced).not.toHaveBeenCalled();
  });
});
