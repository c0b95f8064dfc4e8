import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, waitFor, within } from 'storybook/test';
import { useUpdateAccount } from '@account-center/react';
import { DEMO_PASSWORD } from '@account-center/mock';
import { Button } from '../../primitives/button.js';
import { useFullTranslate as useTranslate } from '../../i18n/area-i18n.js';
import { simulatedAccountStory } from '../../test-utils/simulated-account.js';
import { storyI18n } from '../../test-utils/story-i18n.js';
import { VerificationDialog } from './verification-dialog.js';

/** An action that needs step-up: changing the username (§6.2, header always required). */
function ChangeUsername() {
  const t = useTranslate();
  const update = useUpdateAccount();
  return (
    <Button
      variant="primary"
      onClick={() => update.mutate({ username: 'countess_ada' }, { onError: () => undefined })}
    >
      {t('profile.username')}
    </Button>
  );
}

const meta = {
  title: 'Components/VerificationDialog',
  component: VerificationDialog,
  render: () => (
    <>
      <VerificationDialog />
      <ChangeUsername />
    </>
  ),
} satisfies Meta<typeof VerificationDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

const codeOnly = {
  seed: { users: [{ username: 'ada', password: null, primaryEmail: 'ada@example.com' }] },
};

async function openDialog(
  canvas: { findByRole: typeof screen.findByRole },
  userEvent: { click: (element: Element) => Promise<void> },
  t: Awaited<ReturnType<typeof storyI18n>>['t'],
) {
  await userEvent.click(await canvas.findByRole('button', { name: t('profile.username') }));
  return screen.findByRole('dialog', { name: t('verification.title') });
}

/** Nothing pending: the dialog is closed. */
export const Closed: Story = {
  ...simulatedAccountStory(),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(await canvas.findByRole('button', { name: t('profile.username') })).toBeVisible();
    await expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  },
};

/** The user has a password: it opens on the password, focused, with a hidden username for password managers. */
export const Password: Story = {
  ...simulatedAccountStory(),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    const dialog = await openDialog(canvas, userEvent, t);
    const password = within(dialog).getByLabelText(t('verification.passwordLabel'), {
      selector: 'input',
    });
    await waitFor(() => expect(password).toHaveFocus());
    await expect(password).toHaveAttribute('autocomplete', 'current-password');
  },
};

/** A wrong password: inline, announced, focus back in the field. */
export const WrongPassword: Story = {
  ...simulatedAccountStory(),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    const dialog = await openDialog(canvas, userEvent, t);
    const password = within(dialog).getByLabelText(t('verification.passwordLabel'), {
      selector: 'input',
    });
    await userEvent.type(password, 'not-the-password{Enter}');
    await expect(
      await within(dialog).findByText(t('errors.session.invalid_credentials')),
    ).toBeVisible();
    await expect(password).toHaveAttribute('aria-invalid', 'true');
  },
};

/** Only an email: the code is sent as the dialog opens; resend counts down. */
export const EmailCode: Story = {
  ...simulatedAccountStory(codeOnly),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    const dialog = await openDialog(canvas, userEvent, t);
    const code = await within(dialog).findByLabelText(t('verification.codeLabel'));
    await expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(
      within(dialog).getByText(
        t('verification.codeDescription', { destination: 'ada@example.com' }),
      ),
    ).toBeVisible();
  },
};

/** A wrong code: announced under the field, which is cleared and focused. */
export const WrongCode: Story = {
  ...simulatedAccountStory(codeOnly),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    const dialog = await openDialog(canvas, userEvent, t);
    const code = await within(dialog).findByLabelText(t('verification.codeLabel'));
    await userEvent.type(code, '000000');
    await expect(
      await within(dialog).findByText(t('errors.verification_code.code_mismatch')),
    ).toBeVisible();
    await waitFor(() => expect(code).toHaveValue(''));
  },
};

/** Sending was refused (429): the reason and a resend button. */
export const RateLimited: Story = {
  ...simulatedAccountStory({
    ...codeOnly,
    prepare: (simulator) =>
      simulator.faults.inject({
        route: 'POST /api/verifications/verification-code',
        status: 429,
        code: 'request.message_rate_limited',
      }),
  }),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    const dialog = await openDialog(canvas, userEvent, t);
    await expect(
      await within(dialog).findByText(t('errors.request.message_rate_limited')),
    ).toBeVisible();
    await expect(
      within(dialog).getByRole('button', { name: t('verification.resend') }),
    ).toBeVisible();
  },
};

/** Email and phone, no password: the user chooses where the code goes (nothing is sent before). */
export const ChooseMethod: Story = {
  ...simulatedAccountStory({
    seed: {
      users: [
        {
          username: 'ada',
          password: null,
          primaryEmail: 'ada@example.com',
          primaryPhone: '15555550123',
        },
      ],
    },
  }),
  play: async ({ canvas, userEvent, globals, loaded }) => {
    const { t } = await storyI18n(globals);
    const dialog = await openDialog(canvas, userEvent, t);
    await expect(await within(dialog).findByText(t('verification.chooseMethod'))).toBeVisible();
    await expect(
      within(dialog).getByRole('button', {
        name: t('verification.useEmail', { email: 'ada@example.com' }),
      }),
    ).toBeVisible();
    const { account } = loaded as { account: { simulator: { inbox: { latest(): unknown } } } };
    await expect(account.simulator.inbox.latest()).toBeUndefined();
  },
};

/** No password, email or phone: says what to do. */
export const NoMethods: Story = {
  ...simulatedAccountStory({ seed: { users: [{ username: 'ada', password: null }] } }),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    const dialog = await openDialog(canvas, userEvent, t);
    await expect(await within(dialog).findByText(t('verification.noMethods'))).toBeVisible();
  },
};

/** The server refused the record mid-action (§4.4): the dialog says so and the action retries after. */
export const Expired: Story = {
  ...simulatedAccountStory({
    prepare: (simulator) =>
      simulator.faults.inject({
        route: 'PATCH /api/my-account',
        status: 401,
        code: 'verification_record.permission_denied',
        once: true,
      }),
  }),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    const dialog = await openDialog(canvas, userEvent, t);
    await userEvent.type(
      within(dialog).getByLabelText(t('verification.passwordLabel'), { selector: 'input' }),
      `${DEMO_PASSWORD}{Enter}`,
    );
    const again = await screen.findByRole('dialog', { name: t('verification.title') });
    await waitFor(() => expect(again).toHaveAccessibleDescription(t('verification.expired')));
  },
};
