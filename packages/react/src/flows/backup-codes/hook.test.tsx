import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_USER_ID, demoUserSeed, mfaUserSeed } from '@account-center/mock';
import { useMyAccount } from '../../hooks.js';
import { ENDPOINT, setup } from '../../test-utils/setup.js';
import { useVerification } from '../../verification.js';
import { useBackupCodeSetup, useInterruptedBackupCodes } from './hook.js';
import { backupCodesMarkerKey } from './steps.js';

/** The marker of the seeded MFA user on the test endpoint. */
const MARKER_KEY = backupCodesMarkerKey(ENDPOINT, mfaUserSeed().id!);

// Every setup and marker a test leaves goes with it: a mounted setup keeps its marker from being
// "interrupted", and test files share this origin's `localStorage`.
afterEach(() => {
  cleanup();
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith('account-center:backup-codes')) localStorage.removeItem(key);
  }
});

function renderSetup() {
  const t = setup({ seed: { users: [mfaUserSeed()] } });
  const hook = renderHook(
    () => ({
      backup: useBackupCodeSetup(),
      verification: useVerification(),
      interrupted: useInterruptedBackupCodes(),
    }),
    { wrapper: t.wrapper },
  );
  return { t, ...hook };
}

describe('useBackupCodeSetup run twice at once', () => {
  it('generates once on a double call', async () => {
    const { t, result } = renderSetup();
    await waitFor(() => expect(result.current.backup.regenerating).toBe(true));
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
      const { generate } = result.current.backup;
      await Promise.all([generate(), generate()]);
    });
    expect(result.current.backup.state).toBe('confirming');
    expect(
      t.requests('POST', '/api/my-account/mfa-verifications/backup-codes/generate'),
    ).toHaveLength(1);
  });

  it('deletes the old set once and binds once on a double confirm', async () => {
    const { t, result } = renderSetup();
    await waitFor(() => expect(result.current.backup.regenerating).toBe(true));
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
      await result.current.backup.generate();
    });
    const codes = result.current.backup.codes;
    await act(async () => {
      const { confirm } = result.current.backup;
      await Promise.all([confirm(), confirm()]);
    });
    expect(result.current.backup.state).toBe('done');
    expect(result.current.backup.error).toBeNull();
    expect(t.log.filter((entry) => entry.method === 'DELETE')).toHaveLength(1);
    expect(t.requests('POST', '/api/my-account/mfa-verifications')).toHaveLength(1);
    const sets = t.simulator
      .getState()
      .users[0]!.mfaVerifications.filter((factor) => factor.type === 'BackupCode') as {
      codes: { code: string }[];
    }[];
    expect(sets.map((set) => set.codes.map((entry) => entry.code))).toEqual([codes]);
  });
});

describe('useBackupCodeSetup marker', () => {
  it('keeps state and time only while the codes are not bound, and is not "interrupted" on its own page', async () => {
    const { t, result } = renderSetup();
    await waitFor(() => expect(result.current.backup.regenerating).toBe(true));
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
      await result.current.backup.generate();
    });
    const raw = localStorage.getItem(MARKER_KEY);
    expect(JSON.parse(raw!)).toEqual({
      state: 'shown',
      since: new Date(t.simulator.clock.now()).toISOString(),
    });
    for (const code of result.current.backup.codes) expect(raw).not.toContain(code);
    // Its own running setup is not an interrupted one.
    expect(result.current.interrupted.interrupted).toBeNull();
    await act(async () => {
      await result.current.backup.confirm();
    });
    expect(result.current.backup.state).toBe('done');
    expect(localStorage.getItem(MARKER_KEY)).toBeNull();
  });
});

describe('useBackupCodeSetup when a bind lands but its answer is lost', () => {
  it('retries by itself, sees its own set in place (422 already in use) and finishes', async () => {
    const t = setup({ seed: { users: [mfaUserSeed()] } });
    // The network drops the answer to the first bind after the server applied it.
    let dropped = false;
    const lossy: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      const response = await t.fetch(request);
      const url = new URL(request.url);
      if (
        !dropped &&
        request.method === 'POST' &&
        url.pathname === '/api/my-account/mfa-verifications'
      ) {
        dropped = true;
        throw new TypeError('Failed to fetch');
      }
      return response;
    };
    const { result } = renderHook(
      () => ({ backup: useBackupCodeSetup(), verification: useVerification() }),
      { wrapper: setup.withProvider(t, { fetch: lossy }) },
    );
    await waitFor(() => expect(result.current.backup.regenerating).toBe(true));
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
      await result.current.backup.generate();
    });
    const codes = result.current.backup.codes;
    await act(async () => {
      await result.current.backup.confirm();
    });
    expect(result.current.backup.error).toBeNull();
    expect(result.current.backup.state).toBe('done');
    expect(t.requests('POST', '/api/my-account/mfa-verifications')).toHaveLength(2);
    const sets = t.simulator
      .getState()
      .users[0]!.mfaVerifications.filter((factor) => factor.type === 'BackupCode') as {
      codes: { code: string }[];
    }[];
    expect(sets.map((set) => set.codes.map((entry) => entry.code))).toEqual([codes]);
    expect(localStorage.getItem(MARKER_KEY)).toBeNull();
  });
});

describe('useInterruptedBackupCodes is per account', () => {
  it('tells only the user who left the codes, on the endpoint they were made for', async () => {
    const users = [mfaUserSeed(), demoUserSeed()];
    // User A is shown new codes, then the page closes before they are turned on.
    const first = renderSetup();
    await waitFor(() => expect(first.result.current.backup.regenerating).toBe(true));
    await act(async () => {
      await first.result.current.verification.verifyWithPassword(DEMO_PASSWORD);
      await first.result.current.backup.generate();
    });
    first.unmount();

    /** What a fresh page on this setup says, once its account is loaded. */
    async function nextPage(t: ReturnType<typeof setup>) {
      const { result } = renderHook(
        () => ({ account: useMyAccount(), interrupted: useInterruptedBackupCodes() }),
        { wrapper: t.wrapper },
      );
      await waitFor(() => expect(result.current.account.data).toBeDefined());
      return result.current.interrupted.interrupted;
    }
    // User B on the same browser and endpoint is not told about A's codes.
    expect(await nextPage(setup({ seed: { users }, token: { userId: DEMO_USER_ID } }))).toBeNull();
    // Nor is user A on another tenant.
    expect(
      await nextPage(setup({ seed: { users }, provider: { endpoint: 'https://other.example' } })),
    ).toBeNull();
    // User A back on the same endpoint is.
    expect(await nextPage(setup({ seed: { users } }))).toEqual({
      state: 'shown',
      since: new Date(first.t.simulator.clock.now()),
    });
  });
});
