import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { expect } from 'storybook/test';
import type { SimulatedAccount } from '../../test-utils/simulated-account.js';
import { simulatedAccountStory } from '../../test-utils/simulated-account.js';
import { storyI18n } from '../../test-utils/story-i18n.js';
import { TestStepUp } from '../../test-utils/test-step-up.js';
import { SocialConnections } from './social-connections.js';
import { SocialLinkCallback } from './social-link-callback.js';

/**
 * A dedicated return page: the section starts the link (with the page callback off), the fake
 * provider answers, and the page shows `<SocialLinkCallback/>` as after the full-page return.
 */
let onNavigate: ((url: string) => void) | undefined;

function ReturnPage({ account, cancel }: { account: SimulatedAccount; cancel: boolean }) {
  const [returned, setReturned] = useState(false);
  useEffect(() => {
    onNavigate = (url) => {
      history.replaceState(history.state, '', account.simulator.social.authorize(url, { cancel }));
      setReturned(true);
    };
  }, [account, cancel]);
  return returned ? <SocialLinkCallback /> : <SocialConnections handleCallback={false} />;
}

const meta = {
  title: 'Components/SocialLinkCallback',
  component: SocialLinkCallback,
} satisfies Meta<typeof SocialLinkCallback>;

export default meta;
type Story = StoryObj<typeof meta>;

const navigate = { provider: { navigate: (url: string) => onNavigate?.(url) } };

/** Opened with nothing pending (e.g. reloaded): only the way back. */
export const NothingPending: Story = {
  ...simulatedAccountStory(),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(
      await canvas.findByRole('link', { name: t('social.backToAccount') }),
    ).toBeVisible();
  },
};

/** Linked: success and the way back to where the link started. */
export const Linked: Story = {
  ...simulatedAccountStory(navigate),
  render: (_args, { loaded }) => (
    <>
      <TestStepUp />
      <ReturnPage account={(loaded as { account: SimulatedAccount }).account} cancel={false} />
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
    await expect(canvas.getByRole('link', { name: t('social.backToAccount') })).toBeVisible();
  },
};

/** Cancelled at the provider: the failure and the way back. */
export const Failed: Story = {
  ...simulatedAccountStory(navigate),
  render: (_args, { loaded }) => (
    <>
      <TestStepUp />
      <ReturnPage account={(loaded as { account: SimulatedAccount }).account} cancel />
    </>
  ),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    await userEvent.click(
      await canvas.findByRole('button', {
        name: t('social.connectProvider', { provider: 'GitHub' }),
      }),
    );
    await expect(await canvas.findByRole('alert')).toHaveTextContent(t('social.providerCancelled'));
    await expect(canvas.getByRole('link', { name: t('social.backToAccount') })).toBeVisible();
  },
};
