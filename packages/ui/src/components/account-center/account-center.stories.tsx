import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import { allFields } from '@account-center/mock';
import { Section, SectionContent, SectionHeader, SectionTitle } from '../../primitives/card.js';
import { simulatedAccountStory } from '../../test-utils/simulated-account.js';
import { storyI18n } from '../../test-utils/story-i18n.js';
import { AccountCenter } from './account-center.js';
import type { AccountCenterViewProps } from './account-center.js';

const meta = {
  title: 'Components/AccountCenter',
  component: AccountCenter,
  parameters: { layout: 'fullscreen' },
  render: (args: AccountCenterViewProps) => <AccountCenter {...args} />,
} satisfies Meta<AccountCenterViewProps>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every field Edit: Profile first, sidebar navigation when wide. */
export const Default: Story = {
  ...simulatedAccountStory(),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    const nav = await canvas.findByRole('navigation', { name: t('common.nav.label') });
    await expect(
      within(nav).getByRole('button', { name: t('common.nav.profile') }),
    ).toHaveAttribute('aria-current', 'page');
  },
};

/** Opened on Security. */
export const Security: Story = {
  ...simulatedAccountStory(),
  args: { defaultSection: 'security' },
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(await canvas.findByRole('heading', { name: t('password.title') })).toBeVisible();
  },
};

/** Opened on Devices: sessions and authorized apps, behind "verify to view". */
export const Sessions: Story = {
  ...simulatedAccountStory(),
  args: { defaultSection: 'sessions' },
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(await canvas.findByRole('heading', { name: t('sessions.title') })).toBeVisible();
  },
};

/** Keyboard: arrows move between items, Enter opens, `aria-current` follows. */
export const KeyboardNavigation: Story = {
  ...simulatedAccountStory(),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    const nav = await canvas.findByRole('navigation', { name: t('common.nav.label') });
    within(nav)
      .getByRole('button', { name: t('common.nav.profile') })
      .focus();
    await userEvent.keyboard('{ArrowDown}');
    const security = within(nav).getByRole('button', { name: t('common.nav.security') });
    await expect(security).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    // The section loads lazily: `aria-current` moves once it is shown, not on the key press.
    await waitFor(() => expect(security).toHaveAttribute('aria-current', 'page'));
  },
};

/** A narrow container: the navigation is a tab row (container query, not the user agent). */
export const Narrow: Story = {
  ...simulatedAccountStory(),
  render: (args) => (
    <div style={{ maxInlineSize: 360 }}>
      <AccountCenter {...args} />
    </div>
  ),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    const nav = await canvas.findByRole('navigation', { name: t('common.nav.label') });
    await expect(getComputedStyle(within(nav).getByRole('list')).flexDirection).toBe('row');
  },
};

/** The admin set fields ReadOnly: values without actions. Off fields and empty sections are hidden. */
export const ReadOnly: Story = {
  ...simulatedAccountStory({
    seed: { accountCenter: { enabled: true, fields: allFields('ReadOnly') } },
  }),
  args: { defaultSection: 'security' },
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(await canvas.findByRole('heading', { name: t('password.title') })).toBeVisible();
    await expect(canvas.queryByRole('button', { name: t('password.change') })).toBeNull();
  },
};

/** Only the password is on: a single section, so no navigation. */
export const SingleSection: Story = {
  ...simulatedAccountStory({
    seed: {
      accountCenter: { enabled: true, fields: { ...allFields('Off'), password: 'Edit' } },
      signInExperience: { mfa: { factors: [], policy: 'UserControlled' } },
    },
  }),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(await canvas.findByRole('heading', { name: t('password.title') })).toBeVisible();
    await expect(canvas.queryByRole('navigation')).toBeNull();
  },
};

/** Everything Off. */
export const Empty: Story = {
  ...simulatedAccountStory({
    seed: {
      accountCenter: { enabled: true, fields: allFields('Off') },
      signInExperience: { mfa: { factors: [], policy: 'UserControlled' } },
    },
  }),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(await canvas.findByText(t('layout.nothingToShow'))).toBeVisible();
  },
};

/** Settings and account still loading: skeletons. */
export const Loading: Story = {
  ...simulatedAccountStory({
    prepare: (simulator) =>
      simulator.faults.inject({ route: 'GET /api/my-account', latencyMs: 60_000 }),
  }),
  play: async ({ canvasElement }) => {
    await expect(
      canvasElement.querySelector('[data-slot="account-center-layout"]'),
    ).toHaveAttribute('aria-busy', 'true');
  },
};

/** One section fails to load (injected 500); the others stay usable and Try again recovers. */
export const SectionError: Story = {
  ...simulatedAccountStory({
    prepare: (simulator) =>
      simulator.faults.inject({ route: 'GET /api/my-account/mfa-settings', status: 500 }),
  }),
  args: { defaultSection: 'security' },
  play: async ({ canvas, userEvent, globals, loaded }) => {
    const { t } = await storyI18n(globals);
    const [failed] = await canvas.findAllByText(t('common.loadFailed'));
    await expect(failed).toBeVisible();
    // Each card shows when its own read answers: wait for the password card, do not assume it.
    await expect(await canvas.findByRole('heading', { name: t('password.title') })).toBeVisible();
    (
      loaded as { account: { simulator: { faults: { clear(): void } } } }
    ).account.simulator.faults.clear();
    const [retry] = await canvas.findAllByRole('button', { name: t('common.retry') });
    await userEvent.click(retry!);
    await waitFor(() => expect(canvas.queryByText(t('common.loadFailed'))).toBeNull());
  },
};

function Billing() {
  return (
    <Section>
      <SectionHeader>
        <SectionTitle>Billing</SectionTitle>
      </SectionHeader>
      <SectionContent>
        <p>Your plan: Pro</p>
      </SectionContent>
    </Section>
  );
}

/** The app's own section, ordered among the built-in ones; plus in-app deletion. */
export const CustomSections: Story = {
  ...simulatedAccountStory(),
  args: {
    sections: ['security', { id: 'billing', title: 'Billing', content: <Billing /> }, 'profile'],
    onDeleteAccount: fn(),
  },
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    const nav = await canvas.findByRole('navigation', { name: t('common.nav.label') });
    const items = within(nav).getAllByRole('button');
    await expect(items.map((item) => item.textContent)).toEqual([
      t('common.nav.security'),
      'Billing',
      t('common.nav.profile'),
    ]);
    await userEvent.click(items[1]!);
    await expect(await canvas.findByText('Your plan: Pro')).toBeVisible();
  },
};

/** A custom section that crashes: an inline error with Try again, the rest keeps working. */
export const CrashedSection: Story = {
  ...simulatedAccountStory(),
  args: {
    defaultSection: 'billing',
    sections: [
      'security',
      {
        id: 'billing',
        title: 'Billing',
        content: (() => {
          function Crash(): never {
            throw new Error('billing crashed');
          }
          return <Crash />;
        })(),
      },
    ],
  },
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(await canvas.findByText(t('layout.sectionFailed'))).toBeVisible();
    await expect(canvas.getByRole('button', { name: t('common.retry') })).toBeVisible();
  },
};
