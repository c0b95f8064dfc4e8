import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  defaultBackupCodes,
  DEMO_EMAIL,
  DEMO_PASSWORD,
  mfaUserSeed,
  totpCode,
} from '@account-center/mock';
import { useMfaFactors } from '../hooks.js';
import { setup } from '../test-utils/setup.js';
import { useVerification } from '../verification.js';
import { useBackupCodeSetup } from './backup-codes/hook.js';
import { useTotpSetup } from './totp-setup/hook.js';

// A backup-code setup that stops before its bind leaves a marker: it goes with the test, since
// test files share this origin's `localStorage`.
afterEach(() => {
  cleanup();
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith('account-center:backup-codes')) localStorage.removeItem(key);
  }
});

describe('useTotpSetup', () => {
  it('generates, shows, refuses a wrong code, then binds with POST', async () => {
    const t = setup();
    const { result } = renderHook(
      () => ({
        totp: useTotpSetup({ issuer: 'Acme' }),
        verification: useVerification(),
        factors: useMfaFactors(),
      }),
      {
        wrapper: t.wrapper,
      },
    );
    await waitFor(() => expect(result.current.factors.isSuccess).toBe(true));
    expect(result.current.totp.replacing).toBe(false);
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
      await result.current.totp.start();
    });
    expect(result.current.totp.state).toBe('ready');
    const secret = result.current.totp.secret!;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    // Labelled as the UI names the account: its email first (then username, then phone).
    expect(result.current.totp.uri).toBe(
      `otpauth://totp/Acme:${encodeURIComponent(DEMO_EMAIL)}?secret=${secret}&issuer=Acme`,
    );

    await act(async () => {
      await result.current.totp.confirm('000000');
    });
    expect(result.current.totp.state).toBe('ready');
    expect(result.current.totp.error?.code).toBe('session.mfa.invalid_totp_code');
    expect(result.current.totp.secret).toBe(secret);

    await act(async () => {
      await result.current.totp.confirm(await totpCode(secret, t.simulator.clock.now()));
    });
    expect(result.current.totp.state).toBe('done');
    await waitFor(() =>
      expect(result.current.factors.data?.map((factor) => factor.type)).toEqual(['Totp']),
    );
    expect(t.requests('POST', '/api/my-account/mfa-verifications')).toHaveLength(2);
  });

  it('replaces an existing authenticator with PUT …/totp', async () => {
    const t = setup({ seed: { users: [mfaUserSeed()] } });
    const { result } = renderHook(
      () => ({ totp: useTotpSetup(), verification: useVerification() }),
      { wrapper: t.wrapper },
    );
    await waitFor(() => expect(result.current.totp.replacing).toBe(true));
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
      await result.current.totp.start();
    });
    expect(result.current.totp.uri).toContain('otpauth://totp/localhost:mfa.user%40example.com?');
    await act(async () => {
      await result.current.totp.confirm(
        await totpCode(result.current.totp.secret!, t.simulator.clock.now()),
      );
    });
    expect(result.current.totp.state).toBe('done');
    expect(t.requests('PUT', '/api/my-account/mfa-verifications/totp')).toHaveLength(1);
    expect(t.requests('POST', '/api/my-account/mfa-verifications')).toHaveLength(0);
  });
});

describe('useBackupCodeSetup', () => {
  it('says up front that backup codes cannot be the only factor, without calling the API', async () => {
    const t = setup();
    const { result } = renderHook(
      () => ({ backup: useBackupCodeSetup(), factors: useMfaFactors() }),
      { wrapper: t.wrapper },
    );
    await waitFor(() => expect(result.current.factors.isSuccess).toBe(true));
    expect(result.current.backup.canGenerate).toBe(false);
    const before = t.log.length;
    await act(async () => {
      await result.current.backup.generate();
    });
    expect(result.current.backup.state).toBe('idle');
    expect(result.current.backup.error?.code).toBe('session.mfa.backup_code_can_not_be_alone');
    expect(t.log.length).toBe(before);
  });

  it('generates, waits for confirmation, then binds', async () => {
    const t = setup({ seed: { users: [{ ...mfaUserSeed(), mfa: { totp: true } }] } });
    const { result } = renderHook(
      () => ({
        backup: useBackupCodeSetup(),
        verification: useVerification(),
        factors: useMfaFactors(),
      }),
      {
        wrapper: t.wrapper,
      },
    );
    await waitFor(() => expect(result.current.backup.canGenerate).toBe(true));
    expect(result.current.backup.regenerating).toBe(false);
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
      await result.current.backup.generate();
    });
    expect(result.current.backup.state).toBe('confirming');
    expect(result.current.backup.codes).toHaveLength(10);
    expect(t.requests('POST', '/api/my-account/mfa-verifications')).toHaveLength(0);
    await act(async () => {
      await result.current.backup.confirm();
    });
    expect(result.current.backup.state).toBe('done');
    await waitFor(() =>
      expect(
        result.current.factors.data?.find((factor) => factor.type === 'BackupCode'),
      ).toMatchObject({ remainCodes: 10 }),
    );
  });

  it('regenerates: deletes the unused set and binds the new one; a failed bind keeps the codes and retries without deleting again', async () => {
    const t = setup({ seed: { users: [mfaUserSeed()] } });
    const { result } = renderHook(
      () => ({
        backup: useBackupCodeSetup(),
        verification: useVerification(),
        factors: useMfaFactors(),
      }),
      {
        wrapper: t.wrapper,
      },
    );
    await waitFor(() => expect(result.current.backup.regenerating).toBe(true));
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
      await result.current.backup.generate();
    });
    const codes = result.current.backup.codes;
    const removeFault = t.simulator.faults.inject({
      route: 'POST /api/my-account/mfa-verifications',
      status: 500,
    });
    await act(async () => {
      await result.current.backup.confirm();
    });
    expect(result.current.backup.state).toBe('error');
    expect(result.current.backup.error?.status).toBe(500);
    expect(result.current.backup.codes).toEqual(codes);
    // The old set went first (§6.8 refuses a new set while unused codes remain).
    expect(t.log.filter((entry) => entry.method === 'DELETE')).toHaveLength(1);
    removeFault();
    await act(async () => {
      await result.current.backup.confirm();
    });
    expect(result.current.backup.state).toBe('done');
    expect(t.log.filter((entry) => entry.method === 'DELETE')).toHaveLength(1);
    await waitFor(() =>
      expect(
        result.current.factors.data?.filter((factor) => factor.type === 'BackupCode'),
      ).toHaveLength(1),
    );
    const user = t.simulator.getState().users[0]!;
    const entry = user.mfaVerifications.find((factor) => factor.type === 'BackupCode') as {
      codes: { code: string }[];
    };
    expect(entry.codes.map((code) => code.code)).toEqual(codes);
    expect(codes).not.toEqual(defaultBackupCodes());
  });

  it('deletes a used-up set before binding, so reads return the new set (§6.8)', async () => {
    const t = setup({ seed: { users: [mfaUserSeed()] } });
    const user = t.simulator.getState().users[0]!;
    t.simulator.admin.updateUser(user.id, {
      mfaVerifications: user.mfaVerifications.map((entry) =>
        entry.type === 'BackupCode' && 'codes' in entry
          ? {
              ...entry,
              codes: entry.codes.map((code) => ({ ...code, usedAt: new Date(0).toISOString() })),
            }
          : entry,
      ),
    });
    const { result } = renderHook(
      () => ({
        backup: useBackupCodeSetup(),
        verification: useVerification(),
        factors: useMfaFactors(),
      }),
      { wrapper: t.wrapper },
    );
    await waitFor(() => expect(result.current.backup.canGenerate).toBe(true));
    expect(result.current.backup.regenerating).toBe(false);
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
      await result.current.backup.generate();
    });
    const codes = result.current.backup.codes;
    await act(async () => {
      await result.current.backup.confirm();
    });
    expect(result.current.backup.state).toBe('done');
    expect(t.log.filter((entry) => entry.method === 'DELETE')).toHaveLength(1);
    const sets = t.simulator
      .getState()
      .users[0]!.mfaVerifications.filter((factor) => factor.type === 'BackupCode') as {
      codes: { code: string }[];
    }[];
    expect(sets).toHaveLength(1);
    expect(sets[0]!.codes.map((code) => code.code)).toEqual(codes);
  });
});
