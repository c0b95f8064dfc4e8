import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, mfaUserSeed } from '@account-center/mock';
import { setup } from '../test-utils/setup.js';
import { useVerification } from '../verification.js';
import {
  BACKUP_CODES_STORAGE_KEY,
  useBackupCodeSetup,
  useInterruptedBackupCodes,
} from './backup-codes.js';

afterEach(() => {
  localStorage.removeItem(BACKUP_CODES_STORAGE_KEY);
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
    const raw = localStorage.getItem(BACKUP_CODES_STORAGE_KEY);
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
    expect(localStorage.getItem(BACKUP_CODES_STORAGE_KEY)).toBeNull();
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
    expect(localStorage.getItem(BACKUP_CODES_STORAGE_KEY)).toBeNull();
  });
});
