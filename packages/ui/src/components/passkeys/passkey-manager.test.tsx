import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { DEMO_PASSWORD } from '@account-center/mock';
import { useTenantConfig, useMfaFactors } from '@account-center/react';
import '../../styles.css';
import { createSimulatedAccount } from '../../test-utils/simulated-account.js';
import type {
  SimulatedAccount,
  SimulatedAccountOptions,
} from '../../test-utils/simulated-account.js';
import { PasskeyManager } from './passkey-manager.js';
import { parseUserAgent } from '../../lib/user-agent.js';
import { VerificationDialog } from '../verification/verification-dialog.js';
import { withVirtualAuthenticator } from '../../../../../scripts/virtual-authenticator.js';

/** Renders once the settings and the MFA factors have answered. */
function Settled() {
  const settings = useTenantConfig();
  const factors = useMfaFactors();
  return settings.isLoading || factors.isPending ? null : <p>settled</p>;
}

const authenticator = withVirtualAuthenticator();

afterEach(() => {
  vi.restoreAllMocks();
});

async function renderManager(options: SimulatedAccountOptions = {}) {
  const account = createSimulatedAccount(options);
  const screen = await render(
    <>
      <PasskeyManager />
      <VerificationDialog />
    </>,
    { wrapper: account.Wrapper },
  );
  return { ...account, screen };
}

async function stepUp(screen: Awaited<ReturnType<typeof renderManager>>['screen']) {
  await userEvent.fill(screen.getByLabelText('Password', { exact: true }), DEMO_PASSWORD);
  await screen.getByRole('button', { name: 'Verify' }).click();
}

const { browser, os } = parseUserAgent(navigator.userAgent);
const thisDevice = `${browser} on ${os}`;

describe('PasskeyManager', () => {
  it('adds a passkey (step-up → OS prompt → name), renames it and removes it', async () => {
    const { screen, simulator } = await renderManager();
    const section = screen.getByRole('region', { name: 'Passkeys' });
    await expect.element(section.getByText('No passkeys yet.')).toBeVisible();
    const add = section.getByRole('button', { name: 'Add a passkey' });
    // Options are fetched before the click.
    await expect.element(add).not.toHaveAttribute('aria-busy');

    await add.click();
    await stepUp(screen);
    // After step-up, the OS prompt opens from this click.
    await section.getByRole('button', { name: 'Create passkey' }).click();

    const name = section.getByRole('textbox', { name: 'Passkey name' });
    await expect.element(name).toHaveValue(thisDevice);
    // A blank name is rejected inline.
    await userEvent.clear(name);
    await section.getByRole('button', { name: 'Save' }).click();
    await expect.element(name).toHaveAccessibleDescription(/Enter a name for this passkey\./);
    await expect.element(name).toHaveAttribute('aria-invalid', 'true');
    await userEvent.fill(name, 'Work laptop');
    await section.getByRole('button', { name: 'Save' }).click();

    const list = section.getByRole('list', { name: 'Your passkeys' });
    await expect.element(list.getByText('Work laptop')).toBeVisible();
    await expect.element(list.getByText('Never used')).toBeVisible();
    await expect.element(screen.getByRole('status').first()).toHaveTextContent('Passkey added.');
    // The first second factor: backup codes are offered right away (bar 33).
    await expect.element(section.getByText('Get backup codes')).toBeVisible();
    expect(
      simulator.getState().users[0]!.mfaVerifications.filter((entry) => entry.type === 'WebAuthn'),
    ).toHaveLength(1);
    expect((await axe.run(document.body)).violations).toEqual([]);

    // Rename inline (the record from the step-up is reused: no second prompt).
    await list.getByRole('button', { name: 'Rename Work laptop' }).click();
    const rename = list.getByRole('textbox', { name: 'Rename passkey' });
    await expect.element(rename).toHaveFocus();
    await userEvent.clear(rename);
    await list.getByRole('button', { name: 'Save' }).click();
    await expect.element(rename).toHaveAttribute('aria-invalid', 'true');
    await userEvent.fill(rename, 'Personal laptop');
    await userEvent.keyboard('{Enter}');
    await expect.element(list.getByText('Personal laptop')).toBeVisible();
    await expect
      .element(list.getByRole('button', { name: 'Rename Personal laptop' }))
      .toHaveFocus();

    // Remove with a confirmation naming it.
    await list.getByRole('button', { name: 'Remove Personal laptop' }).click();
    const dialog = screen.getByRole('alertdialog', { name: 'Remove Personal laptop?' });
    await dialog.getByRole('button', { name: 'Remove' }).click();
    await expect.element(section.getByText('No passkeys yet.')).toBeVisible();
    expect(
      simulator.getState().users[0]!.mfaVerifications.filter((entry) => entry.type === 'WebAuthn'),
    ).toHaveLength(0);
  });

  it('is quiet when the user cancels the OS prompt, and says so when the device is already registered', async () => {
    const { screen, simulator } = await renderManager();
    const section = screen.getByRole('region', { name: 'Passkeys' });
    await section.getByRole('button', { name: 'Add a passkey' }).click();
    await stepUp(screen);

    await authenticator.setUserVerified(false);
    try {
      await section.getByRole('button', { name: 'Create passkey' }).click();
      // Back to Add, with no message.
      await expect
        .element(section.getByRole('button', { name: 'Add a passkey' }))
        .not.toHaveAttribute('aria-busy', { timeout: 10_000 });
      expect(section.getByRole('alert').elements()).toHaveLength(0);
    } finally {
      await authenticator.setUserVerified(true);
    }

    // Register once, then try again on the same authenticator with the same excludeCredentials.
    await section.getByRole('button', { name: 'Add a passkey' }).click();
    await userEvent.click(section.getByRole('button', { name: 'Save' }));
    await expect.element(section.getByRole('list', { name: 'Your passkeys' })).toBeVisible();
    await section.getByRole('button', { name: 'Add another passkey' }).click();
    await expect
      .element(section.getByRole('alert'))
      .toHaveTextContent('This device already has a passkey for your account.');
    expect(
      simulator.getState().users[0]!.mfaVerifications.filter((entry) => entry.type === 'WebAuthn'),
    ).toHaveLength(1);
  });

  it('explains a SecurityError to the user and the related-origins fix to the developer', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // The API on another host: its rp.id is not a registrable suffix of this page's origin.
    const { screen } = await renderManager({
      provider: { endpoint: 'https://auth.example.test' },
    });
    const section = screen.getByRole('region', { name: 'Passkeys' });
    await section.getByRole('button', { name: 'Add a passkey' }).click();
    await stepUp(screen);
    await section.getByRole('button', { name: 'Create passkey' }).click();
    await expect
      .element(section.getByRole('alert'), { timeout: 15_000 })
      .toHaveTextContent('Passkeys aren’t available on this site right now.');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('webauthnRelatedOrigins'));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Related Origin Requests'));
  });

  it('lists seeded passkeys with a name from the user agent, and dates', async () => {
    const { screen } = await renderManager({
      seed: {
        users: [
          {
            username: 'ada',
            password: DEMO_PASSWORD,
            mfa: {
              webAuthn: [
                {
                  agent:
                    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
                },
                { name: 'YubiKey', agent: 'curl/8' },
              ],
            },
          },
        ],
      },
    });
    const list = screen.getByRole('list', { name: 'Your passkeys' });
    await expect.element(list.getByText('Chrome on macOS')).toBeVisible();
    await expect.element(list.getByText('YubiKey')).toBeVisible();
    await expect.element(list.getByText(/^Added /).first()).toBeVisible();
  });

  it('keeps a name with U+202E (right-to-left override) from reordering its row and its labels', async () => {
    const name = '\u202Egpj.exe';
    const { screen } = await renderManager({
      seed: {
        users: [{ username: 'ada', password: DEMO_PASSWORD, mfa: { webAuthn: [{ name }] } }],
      },
    });
    const list = screen.getByRole('list', { name: 'Your passkeys' });
    await expect.element(list.getByText(name)).toBeVisible();
    const title = list.getByText(name).element();
    // Shown inside an isolate, so the override ends with the name.
    expect(title.closest('bdi')?.textContent).toBe(name);
    // Sentences built around it isolate it too (FSI … PDI, plain text).
    await expect
      .element(list.getByRole('button', { name: `Remove \u2068${name}\u2069` }))
      .toBeVisible();
  });

  it('ReadOnly lists passkeys without controls, with the admin hint', async () => {
    const readOnly = await renderManager({
      seed: {
        accountCenter: { fields: { mfa: 'ReadOnly', passkey: 'ReadOnly' } },
        users: [{ username: 'ada', password: DEMO_PASSWORD, mfa: { webAuthn: [{ name: 'Key' }] } }],
      },
    });
    const section = readOnly.screen.getByRole('region', { name: 'Passkeys' });
    await expect.element(section.getByText('Key')).toBeVisible();
    await expect.element(section.getByText('Managed by your administrator.')).toBeVisible();
    expect(section.getByRole('button').elements()).toHaveLength(0);
  });

  it('with mfa Off and passkey Edit, offers Add and explains the list is unavailable', async () => {
    const addOnly = await renderManager({
      seed: { accountCenter: { fields: { mfa: 'Off', passkey: 'Edit' } } },
    });
    const other = addOnly.screen.getByRole('region', { name: 'Passkeys' });
    await expect
      .element(
        other.getByText('Your saved passkeys can’t be shown here, but you can add a new one.'),
      )
      .toBeVisible();
    await expect.element(other.getByRole('button', { name: 'Add a passkey' })).toBeVisible();
  });

  it('on a Logto without the registration route, lists passkeys and offers no Add', async () => {
    let answered = false;
    const account: SimulatedAccount = createSimulatedAccount({
      seed: {
        users: [{ username: 'ada', password: DEMO_PASSWORD, mfa: { webAuthn: [{ name: 'Key' }] } }],
      },
      prepare: (simulator) =>
        simulator.faults.inject({
          route: 'POST /api/verifications/web-authn/registration',
          status: 404,
        }),
      provider: {
        fetch: async (input, init) => {
          const response = await account.fetch(input, init);
          const url = input instanceof Request ? input.url : String(input);
          if (url.endsWith('/web-authn/registration')) answered = true;
          return response;
        },
      },
    });
    const screen = await render(<PasskeyManager />, { wrapper: account.Wrapper });
    const section = screen.getByRole('region', { name: 'Passkeys' });
    await expect.element(section.getByRole('button', { name: 'Rename Key' })).toBeVisible();
    await vi.waitFor(() => expect(answered).toBe(true));
    // Let the rejected options settle into a render before checking what is not there.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(section.getByRole('button', { name: /passkey/i }).elements()).toHaveLength(0);
    expect(section.getByRole('alert').elements()).toHaveLength(0);
  });

  it('is not rendered when passkeys are Off', async () => {
    const account = createSimulatedAccount({
      seed: { accountCenter: { fields: { mfa: 'Edit', passkey: 'Off' } } },
    });
    const screen = await render(
      <>
        <PasskeyManager />
        <Settled />
      </>,
      { wrapper: account.Wrapper },
    );
    await expect.element(screen.getByText('settled')).toBeInTheDocument();
    expect(screen.container.querySelector('[data-slot="passkey-manager"]')).toBeNull();
  });

  it('disables Add with a reason when the browser has no WebAuthn', async () => {
    const saved = window.PublicKeyCredential;
    // @ts-expect-error simulating a browser without WebAuthn
    delete window.PublicKeyCredential;
    try {
      const { screen } = await renderManager();
      const add = screen.getByRole('button', { name: 'Add a passkey' });
      await expect.element(add).toBeDisabled();
      await expect
        .element(add)
        .toHaveAccessibleDescription('This browser or device doesn’t support passkeys.');
    } finally {
      window.PublicKeyCredential = saved;
    }
  });
});
