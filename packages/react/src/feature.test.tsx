import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { allFields, mfaUserSeed } from '@account-center/mock';
import { useFeature } from './feature.js';
import { setup } from './test-utils/setup.js';

/** Tenant settings readable by the kit (as on the same origin), with these field levels. */
const tenant = (fields: Partial<ReturnType<typeof allFields>>) =>
  setup({
    wellKnownCors: 'development',
    seed: {
      users: [mfaUserSeed()],
      accountCenter: { fields: { ...allFields('Edit'), ...fields } },
    },
  });

describe('useFeature', () => {
  it('is loading until the level is known, then editable for an Edit field', async () => {
    const t = tenant({});
    const { result } = renderHook(() => useFeature('email'), { wrapper: t.wrapper });
    expect(result.current.status).toBe('loading');
    await waitFor(() => expect(result.current.status).toBe('editable'));
  });

  it('is readonly for a ReadOnly field', async () => {
    const t = tenant({ username: 'ReadOnly', mfa: 'ReadOnly' });
    const { result } = renderHook(
      () => ({ username: useFeature('username'), totp: useFeature('totp') }),
      {
        wrapper: t.wrapper,
      },
    );
    await waitFor(() => expect(result.current.username.status).toBe('readonly'));
    await waitFor(() => expect(result.current.totp.status).toBe('readonly'));
  });

  it('is hidden for an Off field, and for a factor the sign-in experience does not offer', async () => {
    const t = tenant({ session: 'Off', phone: 'Off' });
    t.simulator.admin.updateSignInExperience({
      mfa: { factors: ['WebAuthn', 'BackupCode'], policy: 'UserControlled' },
    });
    const { result } = renderHook(
      () => ({
        session: useFeature('session'),
        phone: useFeature('phone'),
        totp: useFeature('totp'),
        backupCodes: useFeature('backupCodes'),
        passkey: useFeature('passkey'),
      }),
      { wrapper: t.wrapper },
    );
    await waitFor(() => expect(result.current.totp.status).toBe('hidden'));
    expect(result.current.session.status).toBe('hidden');
    expect(result.current.phone.status).toBe('hidden');
    await waitFor(() => expect(result.current.backupCodes.status).toBe('editable'));
    expect(result.current.passkey.status).toBe('editable');
  });

  it('is hidden when the server has no route for it (an older Logto), though the level says Edit', async () => {
    const t = tenant({});
    t.simulator.faults.inject({ route: 'GET /api/my-account/mfa-verifications', status: 404 });
    const { result } = renderHook(() => ({ totp: useFeature('totp'), mfa: useFeature('mfa') }), {
      wrapper: t.wrapper,
    });
    await waitFor(() => expect(result.current.totp.status).toBe('hidden'));
    expect(result.current.mfa.status).toBe('hidden');
  });
});
