import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, waitFor, within } from 'storybook/test';
import { DEMO_PASSWORD, allFields } from '@account-center/mock';
import { simulatedAccountStory } from '../../test-utils/simulated-account.js';
import { loadingStory, readOnlyStory } from '../../test-utils/state-stories.js';
import { storyI18n } from '../../test-utils/story-i18n.js';
import { PhoneChange } from './phone-change.js';
import { Phone } from './phone.js';
import { isolateLtr } from './phone-display.js';

const meta = {
  title: 'Components/PhoneChange',
  component: PhoneChange,
} satisfies Meta<typeof PhoneChange>;

export default meta;
type Story = StoryObj<typeof meta>;

const withPhone = {
  seed: {
    users: [
      {
        username: 'ada',
        password: DEMO_PASSWORD,
        primaryEmail: 'ada@example.com',
        primaryPhone: '821012345678',
      },
    ],
  },
};

/** The stored digits shown internationally, with Change and Remove. */
export const Default: Story = {
  ...simulatedAccountStory(withPhone),
  play: async ({ canvas, globals }) => {
    const { t, dir } = await storyI18n(globals);
    await expect(await canvas.findByText(isolateLtr('+82 10 1234 5678', dir))).toBeVisible();
    await expect(canvas.getByRole('button', { name: t('phone.change') })).toBeVisible();
  },
};

/** No phone yet: Add. */
export const Empty: Story = {
  ...simulatedAccountStory(),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(await canvas.findByRole('button', { name: t('phone.add') })).toBeVisible();
  },
};

/** Country and national number, with the carrier-rates note. */
export const NumberStep: Story = {
  ...simulatedAccountStory(),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    await userEvent.click(await canvas.findByRole('button', { name: t('phone.add') }));
    await expect(await canvas.findByLabelText(t('phone.country'))).toBeVisible();
    await waitFor(() =>
      expect(canvas.getByLabelText(t('phone.label'), { selector: 'input' })).toHaveFocus(),
    );
    await expect(canvas.getByText(t('phone.carrierRates'))).toBeVisible();
  },
};

/** A number too short for its country is refused before anything is sent, saying why. */
export const InvalidNumber: Story = {
  ...simulatedAccountStory(),
  play: async ({ canvas, userEvent, globals }) => {
    const { t, locale } = await storyI18n(globals);
    await userEvent.click(await canvas.findByRole('button', { name: t('phone.add') }));
    await userEvent.selectOptions(await canvas.findByLabelText(t('phone.country')), 'US');
    await userEvent.type(
      canvas.getByLabelText(t('phone.label'), { selector: 'input' }),
      '12{Enter}',
    );
    const country = new Intl.DisplayNames([locale], { type: 'region' }).of('US')!;
    await expect(await canvas.findByText(t('phone.tooShort', { country }))).toBeVisible();
  },
};

/** A pasted international number picks its country and is sent as E.164 digits. */
export const PastedInternational: Story = {
  ...simulatedAccountStory(),
  play: async ({ canvas, userEvent, globals }) => {
    const { t, dir } = await storyI18n(globals);
    await userEvent.click(await canvas.findByRole('button', { name: t('phone.add') }));
    const number = await canvas.findByLabelText(t('phone.label'), { selector: 'input' });
    await userEvent.click(number);
    await userEvent.paste('0044 20 7946 0958');
    await expect(canvas.getByLabelText(t('phone.country'))).toHaveValue('GB');
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: t('verification.title') });
    await userEvent.type(
      within(dialog).getByLabelText(t('verification.passwordLabel'), { selector: 'input' }),
      `${DEMO_PASSWORD}{Enter}`,
    );
    await expect(
      await canvas.findByText(
        t('phone.codeSentTo', { phone: isolateLtr('+44 20 7946 0958', dir) }),
      ),
    ).toBeVisible();
  },
};

/** The code step names the number, formatted. */
export const CodeStep: Story = {
  ...simulatedAccountStory(),
  play: async ({ canvas, userEvent, globals }) => {
    const { t, dir } = await storyI18n(globals);
    await userEvent.click(await canvas.findByRole('button', { name: t('phone.add') }));
    await userEvent.selectOptions(await canvas.findByLabelText(t('phone.country')), 'KR');
    await userEvent.type(
      canvas.getByLabelText(t('phone.label'), { selector: 'input' }),
      '010-2345-6789{Enter}',
    );
    const dialog = await screen.findByRole('dialog', { name: t('verification.title') });
    await userEvent.type(
      within(dialog).getByLabelText(t('verification.passwordLabel'), { selector: 'input' }),
      `${DEMO_PASSWORD}{Enter}`,
    );
    await expect(
      await canvas.findByText(
        t('phone.codeSentTo', { phone: isolateLtr('+82 10 2345 6789', dir) }),
      ),
    ).toBeVisible();
  },
};

/** The phone is provably the only identifier: Remove disabled with the reason. */
export const LastIdentifier: Story = {
  ...simulatedAccountStory({
    seed: {
      users: [
        {
          username: null,
          password: DEMO_PASSWORD,
          primaryEmail: null,
          primaryPhone: '821012345678',
          identities: {},
        },
      ],
    },
  }),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    const remove = await canvas.findByRole('button', { name: t('common.remove') });
    await expect(remove).toBeDisabled();
    await expect(remove).toHaveAccessibleDescription(t('phone.lastIdentifier'));
  },
};

/** The UI can't see every identifier (username Off): the server's refusal gets a clear message. */
export const LastIdentifierRefused: Story = {
  ...simulatedAccountStory({
    seed: {
      users: [
        {
          username: null,
          password: DEMO_PASSWORD,
          primaryEmail: null,
          primaryPhone: '821012345678',
          identities: {},
        },
      ],
      accountCenter: { fields: { ...allFields('Edit'), username: 'Off' } },
    },
  }),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    await userEvent.click(await canvas.findByRole('button', { name: t('common.remove') }));
    const confirm = await screen.findByRole('alertdialog');
    await userEvent.click(within(confirm).getByRole('button', { name: t('common.remove') }));
    const dialog = await screen.findByRole('dialog', { name: t('verification.title') });
    await userEvent.type(
      within(dialog).getByLabelText(t('verification.passwordLabel'), { selector: 'input' }),
      `${DEMO_PASSWORD}{Enter}`,
    );
    await expect(await within(confirm).findByText(t('phone.lastIdentifier'))).toBeVisible();
  },
};

/** Admin-managed: the number and a hint, no actions. */
export const ReadOnly: Story = readOnlyStory('phone', withPhone);

/** Loading: skeleton, busy region. */
export const Loading: Story = loadingStory('GET /api/my-account', 'phone-change');

/**
 * Composed from the `Phone` parts: Change in the header, Remove in a footer of its own. Both
 * behave as in `PhoneChange`.
 */
export const Composed: Story = {
  ...simulatedAccountStory(withPhone),
  render: () => (
    <Phone.Root>
      <Phone.Header>
        <Phone.Title />
        <Phone.ChangeTrigger />
      </Phone.Header>
      <Phone.Content>
        <Phone.Value>
          <Phone.ReadOnlyNote />
        </Phone.Value>
        <Phone.ChangeForm />
      </Phone.Content>
      <footer className="ac-card-footer">
        <Phone.Remove />
      </footer>
    </Phone.Root>
  ),
  play: async ({ canvas, userEvent, globals }) => {
    const { t, dir } = await storyI18n(globals);
    await expect(await canvas.findByText(isolateLtr('+82 10 1234 5678', dir))).toBeVisible();
    const remove = canvas.getByRole('button', { name: t('common.remove') });
    await expect(remove.closest('footer')).not.toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: t('phone.change') }));
    await expect(await canvas.findByLabelText(t('phone.country'))).toBeVisible();
    // Remove waits while the form is open.
    await expect(canvas.queryByRole('button', { name: t('common.remove') })).toBeNull();
  },
};
