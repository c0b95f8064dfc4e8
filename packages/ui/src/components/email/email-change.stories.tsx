import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, waitFor, within } from 'storybook/test';
import { DEMO_PASSWORD } from '@account-center/mock';
import { simulatedAccountStory } from '../../test-utils/simulated-account.js';
import type { SimulatedAccount } from '../../test-utils/simulated-account.js';
import { loadingStory, readOnlyStory } from '../../test-utils/state-stories.js';
import { storyI18n } from '../../test-utils/story-i18n.js';
import { EmailChange } from './email-change.js';
import { Email } from './email.js';

const meta = {
  title: 'Components/EmailChange',
  component: EmailChange,
} satisfies Meta<typeof EmailChange>;

export default meta;
type Story = StoryObj<typeof meta>;

type I18nT = Awaited<ReturnType<typeof storyI18n>>['t'];
type Canvas = {
  findByRole: typeof screen.findByRole;
  getByLabelText: typeof screen.getByLabelText;
};
type User = {
  click: (element: Element) => Promise<void>;
  type: (element: Element, text: string) => Promise<void>;
};

/** Change → new address → Send → password in the step-up dialog → the code step. */
async function toCodeStep(canvas: Canvas, userEvent: User, t: I18nT) {
  await userEvent.click(await canvas.findByRole('button', { name: t('email.change') }));
  await userEvent.type(
    canvas.getByLabelText(t('email.label'), { selector: 'input' }),
    'countess@example.com',
  );
  await userEvent.click(await canvas.findByRole('button', { name: t('email.sendCode') }));
  const dialog = await screen.findByRole('dialog', { name: t('verification.title') });
  await userEvent.type(
    within(dialog).getByLabelText(t('verification.passwordLabel'), { selector: 'input' }),
    `${DEMO_PASSWORD}{Enter}`,
  );
}

/** The address with Change and Remove. */
export const Default: Story = {
  ...simulatedAccountStory(),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(await canvas.findByText('ada@example.com')).toBeVisible();
    await expect(canvas.getByRole('button', { name: t('common.remove') })).toBeEnabled();
  },
};

/** No email yet: Add. */
export const Empty: Story = {
  ...simulatedAccountStory({ seed: { users: [{ username: 'ada', password: 'Secret-Words-42' }] } }),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(await canvas.findByRole('button', { name: t('email.add') })).toBeVisible();
    await expect(canvas.getByText(t('common.notSet'))).toBeVisible();
  },
};

/** The address step, focused. */
export const AddressStep: Story = {
  ...simulatedAccountStory(),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    await userEvent.click(await canvas.findByRole('button', { name: t('email.change') }));
    await waitFor(() =>
      expect(canvas.getByLabelText(t('email.label'), { selector: 'input' })).toHaveFocus(),
    );
  },
};

/** A malformed address is refused before anything is sent. */
export const InvalidAddress: Story = {
  ...simulatedAccountStory(),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    await userEvent.click(await canvas.findByRole('button', { name: t('email.change') }));
    await userEvent.type(
      canvas.getByLabelText(t('email.label'), { selector: 'input' }),
      'countess{Enter}',
    );
    await expect(await canvas.findByText(t('email.invalid'))).toBeVisible();
  },
};

/** The code step: destination, code field, resend countdown, edit. */
export const CodeStep: Story = {
  ...simulatedAccountStory(),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    await toCodeStep(canvas, userEvent, t);
    await expect(
      await canvas.findByText(t('email.codeSentTo', { email: 'countess@example.com' })),
    ).toBeVisible();
    await expect(canvas.getByLabelText(t('verification.codeLabel'))).toHaveAttribute(
      'autocomplete',
      'one-time-code',
    );
  },
};

/** A wrong code: under the field, announced, cleared. */
export const WrongCode: Story = {
  ...simulatedAccountStory(),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    await toCodeStep(canvas, userEvent, t);
    const code = await canvas.findByLabelText(t('verification.codeLabel'));
    await userEvent.type(code, '000000');
    await expect(
      await canvas.findByText(t('errors.verification_code.code_mismatch')),
    ).toBeVisible();
  },
};

/**
 * The verified code's record (10 min) expired before the save went through: back at the code
 * step for the same address, told the code expired, with a new code one click away.
 */
export const CodeExpiredBeforeSave: Story = {
  ...simulatedAccountStory(),
  play: async ({ canvas, userEvent, globals, loaded }) => {
    const { t } = await storyI18n(globals);
    const { account } = loaded as { account: SimulatedAccount };
    await toCodeStep(canvas, userEvent, t);
    account.simulator.faults.inject({
      route: 'POST /api/my-account/primary-email',
      status: 500,
      once: true,
    });
    const code = await canvas.findByLabelText(t('verification.codeLabel'));
    await userEvent.type(code, account.simulator.inbox.latestCode('countess@example.com')!);
    const retry = await canvas.findByRole('button', { name: t('common.retry') });
    account.simulator.clock.advance(10 * 60_000 + 1);
    await userEvent.click(retry);
    const dialog = await screen.findByRole('dialog', { name: t('verification.title') });
    await userEvent.type(
      within(dialog).getByLabelText(t('verification.passwordLabel'), { selector: 'input' }),
      `${DEMO_PASSWORD}{Enter}`,
    );
    await expect(await canvas.findByText(t('errors.verification_code.expired'))).toBeVisible();
    await expect(canvas.getByRole('button', { name: t('verification.resend') })).toBeEnabled();
  },
};

/** A dropped connection while checking the code: the message shows and the code stays. */
export const NetworkErrorKeepsCode: Story = {
  ...simulatedAccountStory(),
  play: async ({ canvas, userEvent, globals, loaded }) => {
    const { t } = await storyI18n(globals);
    const { account } = loaded as { account: SimulatedAccount };
    await toCodeStep(canvas, userEvent, t);
    account.simulator.faults.inject({
      route: 'POST /api/verifications/verification-code/verify',
      networkError: true,
      once: true,
    });
    const code = await canvas.findByLabelText(t('verification.codeLabel'));
    const sent = account.simulator.inbox.latestCode('countess@example.com')!;
    await userEvent.type(code, sent);
    await expect(await canvas.findByText(t('errors.network'))).toBeVisible();
    await expect(code).toHaveValue(sent);
  },
};

/** The new address belongs to someone else: the save fails after the code, with Retry and Edit. */
export const AddressTaken: Story = {
  ...simulatedAccountStory(),
  play: async ({ canvas, userEvent, globals, loaded }) => {
    const { t } = await storyI18n(globals);
    const { account } = loaded as { account: SimulatedAccount };
    await userEvent.click(await canvas.findByRole('button', { name: t('email.change') }));
    await userEvent.type(
      canvas.getByLabelText(t('email.label'), { selector: 'input' }),
      'grace@example.com{Enter}',
    );
    const dialog = await screen.findByRole('dialog', { name: t('verification.title') });
    await userEvent.type(
      within(dialog).getByLabelText(t('verification.passwordLabel'), { selector: 'input' }),
      `${DEMO_PASSWORD}{Enter}`,
    );
    const code = await canvas.findByLabelText(t('verification.codeLabel'));
    await userEvent.type(code, account.simulator.inbox.latestCode('grace@example.com')!);
    await expect(await canvas.findByText(new RegExp(t('email.bindFailed')))).toBeVisible();
    await expect(canvas.getByRole('button', { name: t('common.retry') })).toBeVisible();
  },
};

/** Remove asks first, naming the address. */
export const ConfirmRemove: Story = {
  ...simulatedAccountStory(),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    await userEvent.click(await canvas.findByRole('button', { name: t('common.remove') }));
    const dialog = await screen.findByRole('alertdialog', {
      name: t('email.removeTitle', { email: 'ada@example.com' }),
    });
    await expect(dialog).toHaveAccessibleDescription(t('email.removeDescription'));
  },
};

/** The visible data proves it is the last sign-in identifier: Remove is disabled, with the reason. */
export const LastIdentifier: Story = {
  ...simulatedAccountStory({
    seed: {
      users: [
        {
          username: null,
          password: 'Secret-Words-42',
          primaryEmail: 'ada@example.com',
          identities: {},
        },
      ],
    },
  }),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    const remove = await canvas.findByRole('button', { name: t('common.remove') });
    await expect(remove).toBeDisabled();
    await expect(remove).toHaveAccessibleDescription(t('email.lastIdentifier'));
  },
};

/** Admin-managed: the address and a hint, no actions. */
export const ReadOnly: Story = readOnlyStory('email');

/** Loading: skeleton, busy region. */
export const Loading: Story = loadingStory('GET /api/my-account', 'email-change');

/** The account could not be read: a message and a retry. */
export const LoadError: Story = {
  ...simulatedAccountStory({
    prepare: (simulator) =>
      simulator.faults.inject({
        route: 'GET /api/my-account',
        status: 403,
        code: 'auth.forbidden',
        once: true,
      }),
  }),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    await userEvent.click(await canvas.findByRole('button', { name: t('common.retry') }));
    await expect(await canvas.findByText('ada@example.com')).toBeVisible();
  },
};

/**
 * Composed from the `Email` parts: the change form above the address, and no Remove. The flow
 * behaves as in `EmailChange`.
 */
export const Composed: Story = {
  ...simulatedAccountStory(),
  render: () => (
    <Email.Root>
      <Email.Header />
      <Email.Content>
        <Email.ChangeForm />
        <Email.Value>
          <Email.ChangeTrigger />
        </Email.Value>
      </Email.Content>
    </Email.Root>
  ),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    const change = await canvas.findByRole('button', { name: t('email.change') });
    await expect(canvas.queryByRole('button', { name: t('common.remove') })).toBeNull();
    await userEvent.click(change);
    const address = canvas.getByLabelText(t('email.label'), { selector: 'input' });
    await waitFor(() => expect(address).toHaveFocus());
    // The form comes before the address, as composed.
    const value = canvas.getByText('ada@example.com');
    await expect(
      address.compareDocumentPosition(value) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  },
};
