import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { allFields, DEMO_USER_ID, demoUserSeed } from '@account-center/mock';
import type { AccountApiSimulatorOptions } from '@account-center/mock';
import '../../styles.css';
import { createSimulatedAccount } from '../../test-utils/simulated-account.js';
import { TestStepUp } from '../../test-utils/test-step-up.js';
import { SessionList } from '../sessions/session-list.js';
import { TrustedDeviceList } from './trusted-device-list.js';

const MAC_CHROME =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

function seed(level: 'Edit' | 'ReadOnly' | 'Off' = 'Edit'): AccountApiSimulatorOptions['seed'] {
  return {
    devFeatures: true,
    accountCenter: { fields: { ...allFields('Edit', true), trustedDevice: level } },
    users: [
      {
        ...demoUserSeed(),
        trustedDevices: [
          { id: 'device-mac', userAgent: MAC_CHROME },
          { id: 'device-phone', userAgent: IPHONE_SAFARI },
        ],
      },
    ],
  };
}

const ui = (
  <>
    <TestStepUp />
    <SessionList />
    <TrustedDeviceList />
  </>
);

describe('TrustedDeviceList', () => {
  it('asks to verify, lists the devices, and removes one after a confirmation naming it', async () => {
    const account = createSimulatedAccount({ seed: seed() });
    const screen = await render(ui, { wrapper: account.Wrapper });
    const section = screen.getByRole('region', { name: 'Trusted devices' });
    await section.getByRole('button', { name: 'Verify to view your sessions' }).click();
    const list = section.getByRole('list', { name: 'Trusted devices' });
    await expect.element(list.getByRole('listitem')).toHaveLength(2);
    await expect.element(list.getByRole('listitem').nth(0)).toHaveTextContent(/Chrome on macOS/);
    await expect
      .element(list.getByRole('listitem').nth(0))
      .toHaveTextContent(/Last used .*Expires /);
    expect((await axe.run(section.element())).violations).toEqual([]);

    await section.getByRole('button', { name: 'Remove Safari on iOS' }).click();
    const confirm = screen.getByRole('alertdialog', { name: 'Stop trusting Safari on iOS?' });
    await confirm.getByRole('button', { name: 'Remove' }).click();
    await expect.element(list.getByRole('listitem')).toHaveLength(1);
    expect(
      account.simulator.admin.getUser(DEMO_USER_ID)!.trustedDevices.map((device) => device.id),
    ).toEqual(['device-mac']);
  });

  it('shows the devices without Remove when the field is ReadOnly', async () => {
    const account = createSimulatedAccount({ seed: seed('ReadOnly') });
    const screen = await render(ui, { wrapper: account.Wrapper });
    const section = screen.getByRole('region', { name: 'Trusted devices' });
    await section.getByRole('button', { name: 'Verify to view your sessions' }).click();
    await expect
      .element(section.getByRole('list', { name: 'Trusted devices' }).getByRole('listitem'))
      .toHaveLength(2);
    expect(section.getByRole('button', { name: /^Remove/ }).query()).toBeNull();
  });

  it.each([
    ['the field is Off', { ...seed('Off') }],
    [
      'the server has no trusted-device routes (dev features off)',
      { ...seed(), devFeatures: false },
    ],
  ])('is hidden when %s', async (_, options) => {
    const account = createSimulatedAccount({ seed: options });
    const screen = await render(ui, { wrapper: account.Wrapper });
    // Unlock the sessions so every verified read can load.
    await screen.getByRole('button', { name: 'Verify to view your sessions' }).click();
    await expect.element(screen.getByRole('list', { name: 'Signed-in devices' })).toBeVisible();
    expect(screen.getByRole('region', { name: 'Trusted devices' }).query()).toBeNull();
  });
});
