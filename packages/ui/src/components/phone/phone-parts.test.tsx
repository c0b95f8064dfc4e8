import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { DEMO_PASSWORD } from '@account-center/mock';
import { createSimulatedAccount } from '../../test-utils/simulated-account.js';
import { Phone } from './phone.js';
import { ShowError } from '../../test-utils/show-error.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Phone parts', () => {
  it('rearranged (the trigger in the header, the form first) adds a number with the SMS code', async () => {
    const account = createSimulatedAccount();
    const screen = await render(
      <Phone.Root className="compact">
        <Phone.Header>
          <Phone.Title>Mobile</Phone.Title>
          <Phone.ChangeTrigger>Set your mobile</Phone.ChangeTrigger>
        </Phone.Header>
        <Phone.Content>
          <Phone.ChangeForm />
          <Phone.Value>
            <Phone.ReadOnlyNote />
          </Phone.Value>
        </Phone.Content>
      </Phone.Root>,
      { wrapper: account.Wrapper },
    );
    const section = screen.getByRole('region', { name: 'Mobile' });
    await expect.element(section).toHaveClass('ac-identifier', 'compact');
    await expect.element(section.getByText('Not set')).toBeVisible();
    await section.getByRole('button', { name: 'Set your mobile' }).click();
    await section.getByLabelText('Country or region').selectOptions('KR');
    await section.getByLabelText('Phone number').fill('010-2345-6789');
    await section.getByRole('button', { name: 'Send code' }).click();
    await screen
      .getByRole('dialog')
      .getByLabelText('Password', { exact: true })
      .fill(DEMO_PASSWORD);
    await userEvent.keyboard('{Enter}');
    await expect
      .element(section.getByText('We sent a 6-digit code to +82 10 2345 6789.'))
      .toBeVisible();
    await section
      .getByLabelText('Verification code')
      .fill(account.simulator.inbox.latestCode('821023456789')!);
    await expect.element(section.getByText('+82 10 2345 6789')).toBeVisible();
    // Focus goes back to the trigger, wherever it was put.
    await expect.element(section.getByRole('button', { name: 'Set your mobile' })).toHaveFocus();
    expect(account.simulator.getState().users[0]?.primaryPhone).toBe('821023456789');
  });

  it('says which part was used outside Phone.Root', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const account = createSimulatedAccount();
    const screen = await render(
      <ShowError>
        <Phone.Remove />
      </ShowError>,
      { wrapper: account.Wrapper },
    );
    await expect
      .element(screen.getByText('<Phone.Remove> must be used inside <Phone.Root>.'))
      .toBeVisible();
  });
});
