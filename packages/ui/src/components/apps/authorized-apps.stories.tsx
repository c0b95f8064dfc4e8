import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { demoUserSeed, mfaUserSeed } from '@account-center/mock';
import { simulatedAccountStory } from '../../test-utils/simulated-account.js';
import { loadFailedStory, loadingStory, readOnlyStory } from '../../test-utils/state-stories.js';
import { storyI18n } from '../../test-utils/story-i18n.js';
import { TestStepUp } from '../../test-utils/test-step-up.js';
import { AuthorizedApps } from './authorized-apps.js';

const meta = {
  title: 'Components/AuthorizedApps',
  component: AuthorizedApps,
  // Verified earlier on the page, so the list loads at once.
  render: () => (
    <>
      <TestStepUp preVerify />
      <AuthorizedApps />
    </>
  ),
} satisfies Meta<typeof AuthorizedApps>;

export default meta;
type Story = StoryObj<typeof meta>;

function twoApps() {
  const ada = demoUserSeed();
  ada.grants = [
    ...ada.grants!,
    {
      id: 'grant-acme-notes-2',
      clientId: 'acme-notes',
      applicationName: 'Acme Notes',
      firstParty: false,
    },
    {
      id: 'grant-photo-print',
      clientId: 'photo-print',
      applicationName: 'Photo Print',
      firstParty: false,
    },
  ];
  return { users: [ada] };
}

/** One row per app (Acme Notes has two grants), with the grant and expiry dates. */
export const Default: Story = {
  ...simulatedAccountStory({ seed: twoApps() }),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    const list = await canvas.findByRole('list', { name: t('apps.listLabel') });
    await expect(within(list).getAllByRole('listitem')).toHaveLength(2);
  },
};

/** Not verified yet: the section offers to verify before showing anything. */
export const Locked: Story = {
  ...simulatedAccountStory(),
  render: () => (
    <>
      <TestStepUp />
      <AuthorizedApps />
    </>
  ),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(await canvas.findByRole('button', { name: t('apps.verifyToView') })).toBeVisible();
  },
};

/** Remove access asks first and says issued tokens may work until they expire. */
export const ConfirmRevoke: Story = {
  ...simulatedAccountStory(),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    await userEvent.click(
      await canvas.findByRole('button', { name: t('apps.revokeApp', { app: 'Acme Notes' }) }),
    );
    const dialog = await within(document.body).findByRole('alertdialog', {
      name: t('apps.revokeTitle', { app: 'Acme Notes' }),
    });
    await expect(dialog).toHaveTextContent(t('apps.revokeDescription', { app: 'Acme Notes' }));
  },
};

/** Some grants could not be revoked: reported in the dialog. */
export const PartialFailure: Story = {
  ...simulatedAccountStory({
    seed: twoApps(),
    prepare: (simulator) =>
      simulator.faults.inject({
        route: 'DELETE /api/my-account/grants/grant-acme-notes-2',
        status: 404,
        code: 'oidc.invalid_grant',
      }),
  }),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    await userEvent.click(
      await canvas.findByRole('button', { name: t('apps.revokeApp', { app: 'Acme Notes' }) }),
    );
    const dialog = await within(document.body).findByRole('alertdialog');
    await userEvent.click(within(dialog).getByRole('button', { name: t('apps.revoke') }));
    await expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      t('apps.partialFailure', { app: 'Acme Notes' }),
    );
  },
};

/** No app has access. */
export const Empty: Story = {
  ...simulatedAccountStory({ seed: { users: [mfaUserSeed()] } }),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(await canvas.findByText(t('apps.empty'))).toBeVisible();
  },
};

/** The admin made sessions and apps read-only: the list without actions. */
export const ReadOnly: Story = readOnlyStory('session');

/** Built from the parts (`AuthorizedApps.Root`, `.List`, `.Item`, …): a compact row per app. */
export const Composed: Story = {
  ...simulatedAccountStory({ seed: twoApps() }),
  render: () => (
    <>
      <TestStepUp preVerify />
      <AuthorizedApps.Root>
        <AuthorizedApps.Header />
        <AuthorizedApps.Content>
          <AuthorizedApps.List>
            {(app) => (
              <AuthorizedApps.Item app={app}>
                {({ expires }) => (
                  <p>
                    <strong>
                      <bdi>{app.name}</bdi>
                    </strong>{' '}
                    <span>{expires}</span>
                  </p>
                )}
              </AuthorizedApps.Item>
            )}
          </AuthorizedApps.List>
          <AuthorizedApps.Empty />
          <AuthorizedApps.ReadOnlyNote />
        </AuthorizedApps.Content>
      </AuthorizedApps.Root>
    </>
  ),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    const list = await canvas.findByRole('list', { name: t('apps.listLabel') });
    await expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    await expect(within(list).getByText('Photo Print').closest('strong')).not.toBeNull();
    await expect(
      canvas.getByRole('button', { name: t('apps.revokeApp', { app: 'Photo Print' }) }),
    ).toBeVisible();
  },
};

/** Skeleton while the list loads. */
export const Loading: Story = loadingStory('GET /api/my-account/grants', 'authorized-apps', [
  'data-state',
  'loading',
]);

/** The list could not be read: inline error with Try again. */
export const ServerError: Story = loadFailedStory('GET /api/my-account/grants');
