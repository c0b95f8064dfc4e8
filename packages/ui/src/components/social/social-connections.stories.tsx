import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { expect, waitFor, within } from 'storybook/test';
import { socialOnlyUserSeed } from '@account-center/mock';
import type { SimulatedAccount } from '../../test-utils/simulated-account.js';
import { simulatedAccountStory } from '../../test-utils/simulated-account.js';
import { loadFailedStory, loadingStory, readOnlyStory } from '../../test-utils/state-stories.js';
import { storyI18n } from '../../test-utils/story-i18n.js';
import { TestStepUp } from '../../test-utils/test-step-up.js';
import { SocialConnections } from './social-connections.js';
import { Social } from './social.js';

/**
 * The provider round trip inside one story: `navigate` hands the authorization URL to the fake
 * provider (Continue, or Cancel), the address bar gets its answer, and the section mounts again
 * as after the full-page return.
 */
let onNavigate: ((url: string) => void) | undefined;

function RoundTrip({ account, cancel }: { account: SimulatedAccount; cancel: boolean }) {
  const [visit, setVisit] = useState(0);
  useEffect(() => {
    onNavigate = (url) => {
      history.replaceState(history.state, '', account.simulator.social.authorize(url, { cancel }));
      setVisit((count) => count + 1);
    };
  }, [account, cancel]);
  return <SocialConnections key={visit} />;
}

const meta = {
  title: 'Components/SocialConnections',
  component: SocialConnections,
  render: () => (
    <>
      <TestStepUp />
      <SocialConnections />
    </>
  ),
} satisfies Meta<typeof SocialConnections>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Google linked (with the linked account's email), GitHub available. */
export const Default: Story = {
  ...simulatedAccountStory(),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    const list = await canvas.findByRole('list', { name: t('social.listLabel') });
    await expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    await expect(
      canvas.getByRole('button', { name: t('social.connectProvider', { provider: 'GitHub' }) }),
    ).toBeVisible();
  },
};

/** Disconnect asks first, naming the provider and the consequence. */
export const ConfirmDisconnect: Story = {
  ...simulatedAccountStory(),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    await userEvent.click(
      await canvas.findByRole('button', {
        name: t('social.disconnectProvider', { provider: 'Google' }),
      }),
    );
    const dialog = await within(document.body).findByRole('alertdialog', {
      name: t('social.removeTitle', { provider: 'Google' }),
    });
    // The dialog fades in: wait for it rather than catch its first frame.
    await waitFor(() => expect(dialog).toBeVisible());
    await expect(dialog).toHaveTextContent(t('social.removeDescription', { provider: 'Google' }));
  },
};

/** The only sign-in identifier: Disconnect is disabled and says why. */
export const LastIdentifier: Story = {
  ...simulatedAccountStory({ seed: { users: [socialOnlyUserSeed()] } }),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    const button = await canvas.findByRole('button', { name: t('social.disconnect') });
    await expect(button).toBeDisabled();
    await expect(canvas.getByText(t('social.lastIdentifier'))).toBeVisible();
  },
};

/** Back from the provider: linked, announced, shown as a banner in the section. */
export const LinkSucceeded: Story = {
  ...simulatedAccountStory({ provider: { navigate: (url: string) => onNavigate?.(url) } }),
  render: (_args, { loaded }) => (
    <>
      <TestStepUp />
      <RoundTrip account={(loaded as { account: SimulatedAccount }).account} cancel={false} />
    </>
  ),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    await userEvent.click(
      await canvas.findByRole('button', {
        name: t('social.connectProvider', { provider: 'GitHub' }),
      }),
    );
    await expect(
      await canvas.findByText(t('social.connected', { provider: 'GitHub' })),
    ).toBeVisible();
  },
};

/** Cancelled at the provider: the failure stays as a banner after the round trip. */
export const LinkFailed: Story = {
  ...simulatedAccountStory({ provider: { navigate: (url: string) => onNavigate?.(url) } }),
  render: (_args, { loaded }) => (
    <>
      <TestStepUp />
      <RoundTrip account={(loaded as { account: SimulatedAccount }).account} cancel />
    </>
  ),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    await userEvent.click(
      await canvas.findByRole('button', {
        name: t('social.connectProvider', { provider: 'GitHub' }),
      }),
    );
    const banner = await canvas.findByRole('alert');
    await expect(banner).toHaveTextContent(t('social.providerCancelled'));
  },
};

/** Settings not readable (no known connectors): linked accounts stay listed and removable. */
export const UnknownConnectors: Story = {
  ...simulatedAccountStory({ provider: { settings: {} } }),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(
      await canvas.findByRole('button', {
        name: t('social.disconnectProvider', { provider: 'Google' }),
      }),
    ).toBeVisible();
  },
};

/** Nothing linked and no known connectors. */
export const Empty: Story = {
  ...simulatedAccountStory({
    provider: { settings: {} },
    seed: { users: [{ username: 'bob', password: 'Secret-Words-42' }] },
  }),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(await canvas.findByText(t('social.empty'))).toBeVisible();
  },
};

/** Built from the `Social` parts: the rows drawn as a compact line (logo, name, linked account). */
export const Composed: Story = {
  ...simulatedAccountStory(),
  render: () => (
    <>
      <TestStepUp />
      <Social.Root>
        <Social.Header />
        <Social.Content>
          <Social.LinkError />
          <Social.List>
            {(connection) => (
              <Social.Item connection={connection}>
                {({ logo, name, account }) => (
                  <p>
                    {logo} <strong>{name}</strong> {account && <bdi>{account}</bdi>}
                  </p>
                )}
              </Social.Item>
            )}
          </Social.List>
          <Social.Empty />
          <Social.ReadOnlyNote />
        </Social.Content>
      </Social.Root>
    </>
  ),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    const list = await canvas.findByRole('list', { name: t('social.listLabel') });
    await expect(within(list).getByText('Google').tagName).toBe('STRONG');
    await expect(within(list).getByText('ada.lovelace@gmail.example')).toBeVisible();
    await expect(
      canvas.getByRole('button', { name: t('social.connectProvider', { provider: 'GitHub' }) }),
    ).toBeVisible();
  },
};

/** The admin made social accounts read-only: no actions, a short hint. */
export const ReadOnly: Story = readOnlyStory('social');

/** Skeleton while the account loads. */
export const Loading: Story = loadingStory('GET /api/my-account', 'social-connections');

/** The account could not be read: inline error with Try again. */
export const ServerError: Story = loadFailedStory('GET /api/my-account');
