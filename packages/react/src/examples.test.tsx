/** `packages/react/examples/hooks.tsx` (the code of docs/hooks.md), run against the simulator. */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { createAccountClient } from '@account-center/client';
import {
  createAccountApiSimulator,
  createSimulatorFetch,
  DEMO_PASSWORD,
  DEMO_USER_ID,
  mfaUserSeed,
} from '@account-center/mock';
import { accountLoader, Devices, DisplayName, Passkeys } from '../examples/hooks.js';
import { ENDPOINT, setup } from './test-utils/setup.js';
import { useVerification } from './verification.js';

/** Step-up as a prompt would do it, in the same provider as the example. */
function Verify() {
  const verification = useVerification();
  return (
    <button type="button" onClick={() => void verification.verifyWithPassword(DEMO_PASSWORD)}>
      {verification.status === 'verified' ? 'Verified' : 'Verify'}
    </button>
  );
}

async function verify() {
  await userEvent.click(screen.getByRole('button', { name: 'Verify' }));
  await screen.findByRole('button', { name: 'Verified' });
}

describe('docs/hooks.md examples', () => {
  afterEach(cleanup);

  it('loader: reads the account with a plain client and a QueryClient', async () => {
    const simulator = createAccountApiSimulator();
    const token = simulator.mintToken();
    const client = createAccountClient({
      endpoint: ENDPOINT,
      getAccessToken: async () => token,
      fetch: createSimulatorFetch(simulator),
    });
    const queryClient = new QueryClient();
    await expect(accountLoader(client, queryClient)).resolves.toEqual({ name: 'Ada Lovelace' });
  });

  it('display-name: saves the name and calls onSaved after the cache holds it', async () => {
    const t = setup({ wellKnownCors: 'development' });
    const onSaved = vi.fn();
    render(<DisplayName onSaved={onSaved} />, { wrapper: t.wrapper });
    const input = await screen.findByRole('textbox', { name: 'Name' });
    await userEvent.clear(input);
    await userEvent.type(input, 'Augusta Ada King');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect(onSaved).toHaveBeenCalledOnce();
    expect(t.simulator.admin.getUser(DEMO_USER_ID)?.name).toBe('Augusta Ada King');
  });

  it('passkeys: renames a passkey (optimistically) once verified', async () => {
    const t = setup({
      wellKnownCors: 'development',
      seed: { users: [{ ...mfaUserSeed(), mfa: { webAuthn: [{ name: 'Old laptop' }] } }] },
    });
    render(
      <>
        <Verify />
        <Passkeys />
      </>,
      { wrapper: t.wrapper },
    );
    const input = await screen.findByRole('textbox', { name: 'New name for Old laptop' });
    await verify();
    await userEvent.clear(input);
    await userEvent.type(input, 'Work laptop');
    await userEvent.click(screen.getByRole('button', { name: 'Rename' }));
    expect(await screen.findByRole('button', { name: 'Remove Work laptop' })).toBeTruthy();
    await waitFor(() =>
      expect(
        t.simulator.admin
          .getUser(mfaUserSeed().id!)
          ?.mfaVerifications.find((factor) => factor.type === 'WebAuthn'),
      ).toMatchObject({ name: 'Work laptop' }),
    );
  });

  it('devices: locked until verified, then lists the sessions', async () => {
    const t = setup({ wellKnownCors: 'development' });
    render(
      <>
        <Verify />
        <Devices />
      </>,
      { wrapper: t.wrapper },
    );
    expect(
      await screen.findByRole('button', { name: 'Confirm it’s you to see your devices' }),
    ).toBeTruthy();
    await verify();
    const list = await screen.findByRole('list', { name: 'Devices' });
    expect(list.querySelectorAll('li').length).toBeGreaterThan(0);
  });
});
