import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { allFields, demoUserSeed } from '@account-center/mock';
import { simulatedAccountStory } from '../../test-utils/simulated-account.js';
import { storyI18n } from '../../test-utils/story-i18n.js';
import { TestStepUp } from '../../test-utils/test-step-up.js';
import { TrustedDeviceList } from './trusted-device-list.js';

const meta = {
  title: 'Components/TrustedDeviceList',
  component: TrustedDeviceList,
  // Verified earlier on the page, so the list loads at once.
  render: () => (
    <>
      <TestStepUp preVerify />
      <TrustedDeviceList />
    </>
  ),
} satisfies Meta<typeof TrustedDeviceList>;

export default meta;
type Story = StoryObj<typeof meta>;

const tenant = (level: 'Edit' | 'ReadOnly' | 'Off', devFeatures = true) => ({
  seed: {
    devFeatures,
    accountCenter: { fields: { ...allFields('Edit', true), trustedDevice: level } },
    users: [
      {
        ...demoUserSeed(),
        trustedDevices: [
          {
            id: 'device-mac',
            userAgent:
              'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
          },
          {
            id: 'device-phone',
            userAgent:
              'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
          },
        ],
      },
    ],
  },
});

/** Each trusted device with its browser and OS, last use and expiry, and Remove. */
export const Default: Story = {
  ...simulatedAccountStory(tenant('Edit')),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    const list = await canvas.findByRole('list', { name: t('trustedDevices.listLabel') });
    await expect(within(list).getAllByRole('listitem')).toHaveLength(2);
  },
};

/** Remove asks first, naming the device. */
export const ConfirmRemove: Story = {
  ...simulatedAccountStory(tenant('Edit')),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    const device = t('sessions.deviceOn', { browser: 'Safari', os: 'iOS' });
    await userEvent.click(
      await canvas.findByRole('button', { name: t('trustedDevices.removeDevice', { device }) }),
    );
    const dialog = await within(document.body).findByRole('alertdialog', {
      name: t('trustedDevices.removeTitle', { device }),
    });
    await expect(
      within(dialog).getByRole('button', { name: t('trustedDevices.remove') }),
    ).toBeInTheDocument();
  },
};

/** ReadOnly: the devices without Remove. */
export const ReadOnly: Story = {
  ...simulatedAccountStory(tenant('ReadOnly')),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await canvas.findByRole('list', { name: t('trustedDevices.listLabel') });
    await expect(canvas.queryByRole('button', { name: /./ })).toBeNull();
  },
};

/** Not verified yet: the section offers to verify before showing anything. */
export const Locked: Story = {
  ...simulatedAccountStory(tenant('Edit')),
  render: () => (
    <>
      <TestStepUp />
      <TrustedDeviceList />
    </>
  ),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    await userEvent.click(await canvas.findByRole('button', { name: t('sessions.verifyToView') }));
    await expect(
      await canvas.findByRole('list', { name: t('trustedDevices.listLabel') }),
    ).toBeVisible();
  },
};
