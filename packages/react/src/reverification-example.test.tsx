/**
 * The example `docs/step-up.md` quotes, run end to end: the app's prompt in the provider's slot,
 * `useReverification` in front of the app's own server, and that server confirming the record
 * with the simulator (`GET …/backup-codes`, §4.4). The network is the simulator plus a tiny app
 * server built on the example's `isStepUpConfirmed`.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DEMO_PASSWORD,
  createAccountApiSimulator,
  createSimulatorFetch,
  mfaUserSeed,
} from '@account-center/mock';
import { App, DeleteMyAccountButton, isStepUpConfirmed } from '../examples/reverification.js';

const ENDPOINT = 'http://logto.test';

afterEach(() => {
  vi.unstubAllGlobals();
});

function network(seed: Parameters<typeof createAccountApiSimulator>[0] = {}) {
  const simulator = createAccountApiSimulator(seed);
  const token = simulator.mintToken();
  const logto = createSimulatorFetch(simulator);
  const deletions: string[] = [];
  const realFetch = globalThis.fetch;
  // Everything to the tenant goes to the simulator; `/api/delete-my-account` is the app's server.
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(new URL(String(input), location.origin), init);
    if (request.url.startsWith(ENDPOINT)) return logto(request);
    if (new URL(request.url).pathname !== '/api/delete-my-account') return realFetch(input, init);
    const accessToken = request.headers.get('authorization')!.replace(/^Bearer /, '');
    const recordId = request.headers.get('logto-verification-id') ?? '';
    if (!(await isStepUpConfirmed(ENDPOINT, accessToken, recordId))) {
      return Response.json(
        { code: 'verification_record.permission_denied', message: 'Permission denied.' },
        { status: 401 },
      );
    }
    deletions.push(recordId);
    return new Response(null, { status: 204 });
  };
  vi.stubGlobal('fetch', fetch);
  return { simulator, token, deletions };
}

describe('the step-up example (docs/step-up.md)', () => {
  it('the server confirms a fresh record and refuses an unusable one', async () => {
    const { token, simulator } = network({ seed: { users: [mfaUserSeed()] } });
    const created = await simulator.handle(
      new Request(`${ENDPOINT}/api/verifications/password`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ password: DEMO_PASSWORD }),
      }),
    );
    const { verificationRecordId } = (await created.json()) as { verificationRecordId: string };
    await expect(isStepUpConfirmed(ENDPOINT, token, verificationRecordId)).resolves.toBe(true);
    await expect(isStepUpConfirmed(ENDPOINT, token, 'forged')).resolves.toBe(false);
    // Records live 10 minutes (§4.1).
    simulator.clock.advance(10 * 60_000 + 1);
    await expect(isStepUpConfirmed(ENDPOINT, token, verificationRecordId)).resolves.toBe(false);
  });

  it('a user without backup codes is confirmed too (404 not_found comes after the header check)', async () => {
    const { token, simulator } = network();
    const created = await simulator.handle(
      new Request(`${ENDPOINT}/api/verifications/password`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ password: DEMO_PASSWORD }),
      }),
    );
    const { verificationRecordId } = (await created.json()) as { verificationRecordId: string };
    await expect(isStepUpConfirmed(ENDPOINT, token, verificationRecordId)).resolves.toBe(true);
  });

  it('the button asks through the custom prompt, then the app’s server deletes with the id', async () => {
    const { token, deletions } = network();
    const getAccessToken = async () => token;
    render(
      <App endpoint={ENDPOINT} getAccessToken={getAccessToken}>
        <DeleteMyAccountButton getAccessToken={getAccessToken} />
      </App>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Delete my account' }));
    const prompt = await screen.findByRole('form', { name: 'Confirm it’s you' });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: DEMO_PASSWORD } });
    fireEvent.submit(prompt);
    await screen.findByText('Deleted.');
    expect(deletions).toHaveLength(1);
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
  });
});
