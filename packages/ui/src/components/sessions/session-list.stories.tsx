import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { mfaUserSeed } from '@account-center/mock';
import { simulatedAccountStory } from '../../test-utils/simulated-account.js';
import { loadFailedStory, loadingStory, readOnlyStory } from '../../test-utils/state-stories.js';
import { storyI18n } from '../../test-utils/story-i18n.js';
import { TestStepUp } from '../../test-utils/test-step-up.js';
import { SessionList } from './session-list.js';
import { Sessions } from './sessions.js';

const meta = {
  title: 'Components/SessionList',
  component: SessionList,
  // Verified earlier on the page, so the list loads at once.
  render: () => (
    <>
      <TestStepUp preVerify />
      <SessionList />
    </>
  ),
} satisfies Meta<typeof SessionList>;

export default meta;
type Story = StoryObj<typeof meta>;

const current = { token: { sessionId: 'session-current-ada' } };

/** This device first with its badge; the phone with browser, OS, place, IP and dates. */
export const Default: Story = {
  ...simulatedAccountStory(current),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    const list = await canvas.findByRole('list', { name: t('sessions.listLabel') });
    const items = within(list).getAllByRole('listitem');
    await expect(items[0]).toHaveTextContent(t('sessions.thisDevice'));
    await expect(canvas.getByRole('button', { name: t('sessions.signOutOthers') })).toBeVisible();
  },
};

/** Not verified yet: the section offers to verify before showing anything. */
export const Locked: Story = {
  ...simulatedAccountStory(current),
  render: () => (
    <>
      <TestStepUp />
      <SessionList />
    </>
  ),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    await userEvent.click(await canvas.findByRole('button', { name: t('sessions.verifyToView') }));
    await expect(await canvas.findByRole('list', { name: t('sessions.listLabel') })).toBeVisible();
  },
};

/** Sign out asks first, naming the device, with the option to remove its apps' access. */
export const ConfirmSignOut: Story = {
  ...simulatedAccountStory(current),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    const device = t('sessions.deviceOn', { browser: 'Safari', os: 'iOS' });
    await userEvent.click(
      await canvas.findByRole('button', { name: t('sessions.signOutDevice', { device }) }),
    );
    const dialog = await within(document.body).findByRole('alertdialog', {
      name: t('sessions.signOutTitle', { device }),
    });
    await expect(
      within(dialog).getByRole('checkbox', { name: t('sessions.revokeApps') }),
    ).not.toBeChecked();
  },
};

/** Only this device. */
export const Empty: Story = {
  ...simulatedAccountStory({ seed: { users: [mfaUserSeed()] } }),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(await canvas.findByText(t('sessions.empty'))).toBeVisible();
  },
};

/** The admin made sessions read-only: the list without sign-out actions. */
export const ReadOnly: Story = readOnlyStory('session', current);

/** Skeleton while the list loads. */
export const Loading: Story = loadingStory('GET /api/my-account/sessions', 'session-list', [
  'data-state',
  'loading',
]);

/** The list could not be read: inline error with Try again. */
export const ServerError: Story = loadFailedStory('GET /api/my-account/sessions');

/**
 * Built from the parts (`Sessions.Root`, `.Header`, `.Content`, `.SignOutOthers`, `.List`,
 * `.Item`, `.Empty`): Sign out of all others above the list, each row's body the app's own.
 */
export const Composed: Story = {
  ...simulatedAccountStory(current),
  render: () => (
    <>
      <TestStepUp preVerify />
      <Sessions.Root>
        <Sessions.Header />
        <Sessions.Content>
          <Sessions.SignOutOthers />
          <Sessions.List>
            {(session) => (
              <Sessions.Item session={session}>
                {({ device, when }) => (
                  <p>
                    <strong>{device}</strong> <span>{when}</span>
                  </p>
                )}
              </Sessions.Item>
            )}
          </Sessions.List>
          <Sessions.Empty />
        </Sessions.Content>
      </Sessions.Root>
    </>
  ),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    const list = await canvas.findByRole('list', { name: t('sessions.listLabel') });
    await expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    await expect(list.querySelectorAll('strong')).toHaveLength(2);
    const all = canvas.getByRole('button', { name: t('sessions.signOutOthers') });
    await expect(all.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  },
};
