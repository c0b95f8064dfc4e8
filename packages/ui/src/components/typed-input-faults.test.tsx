/**
 * The typed-input cells of the fault matrix, at component level, one write per form: the write
 * fails (a 500 before the server applies anything, or a dropped connection), the form shows a
 * localized message and still holds what the user typed, the same action is retried, it succeeds,
 * and the server holds exactly one effect. One named test per form and fault.
 */
import { useState } from 'react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import type { RenderResult } from 'vitest-browser-react';
import { isQuietError, useUpdateAccount } from '@account-center/react';
import { DEMO_PASSWORD, DEMO_USER_ID, mfaUserSeed } from '@account-center/mock';
import type { FaultSpec } from '@account-center/mock';
import { createSimulatedAccount } from '../test-utils/simulated-account.js';
import type { SimulatedAccount, SimulatedAccountOptions } from '../test-utils/simulated-account.js';
import { TestStepUp } from '../test-utils/test-step-up.js';
import { DeleteAccount } from './delete-account/delete-account.js';
import { EmailChange } from './email/email-change.js';
import { MfaSettings } from './mfa-settings/mfa-settings.js';
import { PasswordChange } from './password/password-change.js';
import { PhoneChange } from './phone/phone-change.js';
import { ProfileForm } from './profile/profile-form.js';
import { VerificationDialog } from './verification/verification-dialog.js';

interface Fault {
  name: string;
  spec: Omit<FaultSpec, 'route'>;
  /** The localized (English) message the user must see. */
  message: string;
}

const FAULTS: Fault[] = [
  {
    name: '500 before apply',
    spec: { status: 500 },
    message: 'The server ran into a problem. Please try again later.',
  },
  {
    name: 'network error',
    spec: { networkError: true },
    message: 'We couldn’t reach the server. Check your connection and try again.',
  },
];

interface Run {
  account: SimulatedAccount;
  screen: RenderResult;
}

interface FormCell {
  name: string;
  /** The write the fault hits, as `METHOD /path`. */
  route: string;
  options?: SimulatedAccountOptions;
  ui: (run: { onDeleteAccount: () => Promise<void> }) => ReactNode;
  /** Everything before the write (opening the form, an earlier step). */
  open?: (run: Run) => Promise<void>;
  /** Type the input and submit; resolves to a check that what was typed is still there. */
  enter: (run: Run) => Promise<() => Promise<unknown>>;
  /** The same action again. */
  retry: (run: Run) => Promise<void>;
  /** Waits for the success the user sees, then checks the server. */
  done: (run: Run & { onDeleteAccount: ReturnType<typeof vi.fn> }) => Promise<void>;
}

/** A button whose action needs step-up (`PATCH /my-account` with a username, §6.2). */
function RenameButton() {
  const update = useUpdateAccount();
  const [result, setResult] = useState('');
  return (
    <>
      <button
        type="button"
        onClick={() =>
          update.mutateAsync({ username: 'countess_ada' }).then(
            () => setResult('saved'),
            (error: unknown) => setResult(isQuietError(error) ? 'cancelled' : 'failed'),
          )
        }
      >
        Rename
      </button>
      <output>{result}</output>
    </>
  );
}

const stepUp = ({ screen }: Run) => screen.getByRole('dialog', { name: 'Confirm it’s you' });

/** Opens the email/phone form, types the address, passes step-up; the code field is next. */
async function openIdentifier(run: Run, type: 'email' | 'phone') {
  const section = run.screen.getByRole('region', {
    name: type === 'email' ? 'Email address' : 'Phone number',
  });
  await section
    .getByRole('button', { name: type === 'email' ? 'Change email address' : 'Add phone number' })
    .click();
  if (type === 'email') {
    await section.getByLabelText('Email address').fill('countess@example.com');
  } else {
    await section.getByLabelText('Country or region').selectOptions('KR');
    await section.getByLabelText('Phone number').fill('010-2345-6789');
  }
  await section.getByRole('button', { name: 'Send code' }).click();
  await stepUp(run).getByLabelText('Password', { exact: true }).fill(DEMO_PASSWORD);
  await stepUp(run).getByRole('button', { name: 'Verify' }).click();
  await expect.element(section.getByLabelText('Verification code')).toHaveFocus();
}

/** Types the code (it submits by itself when complete). */
async function enterCode({ screen, account }: Run, to: string) {
  const field = screen.getByLabelText('Verification code');
  const code = account.simulator.inbox.latestCode(to)!;
  await field.fill(code);
  return () => expect.element(field).toHaveValue(code);
}

const STRONG = 'Violet-Harbor-Lantern-58';

const FORMS: FormCell[] = [
  {
    name: 'email change (the code)',
    route: 'POST /api/verifications/verification-code/verify',
    ui: () => <EmailChange />,
    open: (run) => openIdentifier(run, 'email'),
    enter: (run) => enterCode(run, 'countess@example.com'),
    retry: ({ screen }) => screen.getByRole('button', { name: 'Verify' }).click(),
    done: async ({ screen, account }) => {
      await expect
        .element(screen.getByRole('button', { name: 'Change email address' }))
        .toHaveFocus();
      expect(account.simulator.getState().users[0]?.primaryEmail).toBe('countess@example.com');
      expect(account.simulator.inbox.to('countess@example.com')).toHaveLength(1);
    },
  },
  {
    name: 'phone change (the code)',
    route: 'POST /api/verifications/verification-code/verify',
    ui: () => <PhoneChange />,
    open: (run) => openIdentifier(run, 'phone'),
    enter: (run) => enterCode(run, '821023456789'),
    retry: ({ screen }) => screen.getByRole('button', { name: 'Verify' }).click(),
    done: async ({ screen, account }) => {
      await expect
        .element(screen.getByRole('button', { name: 'Change phone number' }))
        .toHaveFocus();
      expect(account.simulator.getState().users[0]?.primaryPhone).toBe('821023456789');
      expect(account.simulator.inbox.to('821023456789')).toHaveLength(1);
    },
  },
  {
    name: 'password change (the new password)',
    route: 'POST /api/my-account/password',
    ui: () => (
      <>
        <TestStepUp />
        <PasswordChange />
      </>
    ),
    open: ({ screen }) => screen.getByRole('button', { name: 'Change password' }).click(),
    enter: async ({ screen }) => {
      const input = screen.getByLabelText('New password', { exact: true });
      await userEvent.type(input, STRONG);
      await userEvent.type(screen.getByLabelText('Confirm new password', { exact: true }), STRONG);
      await userEvent.click(
        screen.getByRole('checkbox', { name: 'Sign out of all other devices' }),
      );
      await screen.getByRole('button', { name: 'Save' }).click();
      return () => expect.element(input).toHaveValue(STRONG);
    },
    retry: ({ screen }) => screen.getByRole('button', { name: 'Try again' }).click(),
    done: async ({ screen, account }) => {
      await expect.element(screen.getByText('Your password has been changed.')).toBeVisible();
      const hash = account.simulator.getState().users[0]?.passwordHash;
      expect(hash).toBeTruthy();
    },
  },
  {
    name: 'step-up dialog (password)',
    route: 'POST /api/verifications/password',
    ui: () => (
      <>
        <VerificationDialog />
        <RenameButton />
      </>
    ),
    open: ({ screen }) => screen.getByRole('button', { name: 'Rename' }).click(),
    enter: async (run) => {
      const input = stepUp(run).getByLabelText('Password', { exact: true });
      await userEvent.type(input, DEMO_PASSWORD);
      await userEvent.keyboard('{Enter}');
      return () => expect.element(input).toHaveValue(DEMO_PASSWORD);
    },
    retry: (run) => stepUp(run).getByRole('button', { name: 'Verify' }).click(),
    done: async ({ screen, account }) => {
      await expect.element(screen.getByText('saved')).toBeVisible();
      expect(account.simulator.getState().users[0]?.username).toBe('countess_ada');
    },
  },
  {
    name: 'step-up dialog (the code)',
    route: 'POST /api/verifications/verification-code/verify',
    options: {
      seed: { users: [{ username: 'ada', password: null, primaryEmail: 'ada@example.com' }] },
    },
    ui: () => (
      <>
        <VerificationDialog />
        <RenameButton />
      </>
    ),
    open: async (run) => {
      await run.screen.getByRole('button', { name: 'Rename' }).click();
      await expect.element(stepUp(run).getByLabelText('Verification code')).toHaveFocus();
    },
    enter: (run) => enterCode(run, 'ada@example.com'),
    retry: (run) => stepUp(run).getByRole('button', { name: 'Verify' }).click(),
    done: async ({ screen, account }) => {
      await expect.element(screen.getByText('saved')).toBeVisible();
      expect(account.simulator.getState().users[0]?.username).toBe('countess_ada');
      expect(account.simulator.inbox.to('ada@example.com')).toHaveLength(1);
    },
  },
  {
    name: 'delete account (the phrase, at its step-up)',
    route: 'POST /api/verifications/password',
    ui: ({ onDeleteAccount }) => (
      <>
        <VerificationDialog />
        <DeleteAccount onDeleteAccount={onDeleteAccount} />
      </>
    ),
    open: async ({ screen }) => {
      await screen.getByRole('button', { name: 'Delete account' }).click();
    },
    enter: async (run) => {
      const dialog = run.screen.getByRole('alertdialog', { name: 'Delete your account?' });
      const phrase = dialog.getByLabelText('Type “delete my account” to confirm');
      await userEvent.type(phrase, 'delete my account');
      await dialog.getByRole('button', { name: 'Delete account' }).click();
      const password = stepUp(run).getByLabelText('Password', { exact: true });
      await userEvent.type(password, DEMO_PASSWORD);
      await userEvent.keyboard('{Enter}');
      return async () => {
        await expect.element(password).toHaveValue(DEMO_PASSWORD);
        await expect.element(phrase).toHaveValue('delete my account');
      };
    },
    retry: (run) => stepUp(run).getByRole('button', { name: 'Verify' }).click(),
    done: async ({ screen, onDeleteAccount }) => {
      await expect.poll(() => onDeleteAccount.mock.calls.length).toBe(1);
      await expect.element(screen.getByRole('alertdialog')).not.toBeInTheDocument();
    },
  },
  {
    name: 'MFA settings (turning the second step off)',
    route: 'PATCH /api/my-account/mfa-settings',
    options: { seed: { users: [mfaUserSeed()] } },
    ui: () => (
      <>
        <TestStepUp />
        <MfaSettings />
      </>
    ),
    enter: async ({ screen }) => {
      const control = screen.getByRole('switch', { name: 'Ask for a second step when I sign in' });
      await control.click();
      await screen.getByRole('alertdialog').getByRole('button', { name: 'Turn off' }).click();
      // The choice waits in its confirmation; the switch still shows the server's state.
      return async () => {
        await expect
          .element(screen.getByRole('alertdialog', { name: 'Turn off two-step verification?' }))
          .toBeVisible();
        // Behind the modal confirmation, so hidden from the accessibility tree for now.
        await expect
          .element(
            screen.getByRole('switch', {
              name: 'Ask for a second step when I sign in',
              includeHidden: true,
            }),
          )
          .toBeChecked();
      };
    },
    retry: ({ screen }) =>
      screen.getByRole('alertdialog').getByRole('button', { name: 'Turn off' }).click(),
    done: async ({ screen, account }) => {
      await expect
        .element(screen.getByRole('switch', { name: 'Ask for a second step when I sign in' }))
        .not.toBeChecked();
      const user = account.simulator.getState().users.find((entry) => entry.id === 'mfauser00001');
      expect(user?.logtoConfig.mfa.skipMfaOnSignIn).toBe(true);
    },
  },
  {
    name: 'profile form (the name)',
    route: 'PATCH /api/my-account',
    ui: () => <ProfileForm />,
    enter: async ({ screen }) => {
      const name = screen.getByLabelText('Name', { exact: true });
      await name.fill('Augusta Ada King');
      await screen.getByRole('button', { name: 'Save changes' }).click();
      return () => expect.element(name).toHaveValue('Augusta Ada King');
    },
    retry: ({ screen }) => screen.getByRole('button', { name: 'Save changes' }).click(),
    done: async ({ screen, account }) => {
      await expect.element(screen.getByRole('button', { name: 'Save changes' })).toBeDisabled();
      expect(
        account.simulator.getState().users.find((user) => user.id === DEMO_USER_ID)?.name,
      ).toBe('Augusta Ada King');
    },
  },
];

/** The simulator's fetch, with each answered request's method, path and status logged. */
function countingAccount(options: SimulatedAccountOptions = {}) {
  const answered: Array<{ route: string; status: number }> = [];
  const account: SimulatedAccount = createSimulatedAccount({
    ...options,
    provider: {
      fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
        const request = new Request(input, init);
        const route = `${request.method} ${new URL(request.url).pathname}`;
        const response = await account.fetch(request);
        answered.push({ route, status: response.status });
        return response;
      },
    },
  });
  /** How many times `route` succeeded. */
  const successes = (route: string) =>
    answered.filter((entry) => entry.route === route && entry.status < 300).length;
  return { account, successes };
}

describe('typed input survives a failed write, and the retry applies it once', () => {
  for (const form of FORMS) {
    describe(form.name, () => {
      for (const fault of FAULTS) {
        it(`${fault.name}: message, input kept, retry succeeds once`, async () => {
          const { account, successes } = countingAccount(form.options);
          const onDeleteAccount = vi.fn(async () => undefined);
          const screen = await render(form.ui({ onDeleteAccount }), {
            wrapper: account.Wrapper,
          });
          const run = { account, screen };
          await form.open?.(run);
          account.simulator.faults.inject({ route: form.route, ...fault.spec, once: true });
          const kept = await form.enter(run);
          await expect
            .element(screen.getByText(fault.message, { exact: false }).first())
            .toBeVisible();
          await kept();
          expect(successes(form.route)).toBe(0);

          await form.retry(run);
          await form.done({ ...run, onDeleteAccount });
          expect(successes(form.route)).toBe(1);
        });
      }
    });
  }
});
