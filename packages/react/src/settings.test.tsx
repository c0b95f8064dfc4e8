import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { allFields, DEMO_PASSWORD, DEMO_USER_ID } from '@account-center/mock';
import { useMfaFactors } from './hooks.js';
import { useAddMfaFactor, useUpdateAccount } from './mutation-hooks.js';
import { useTenantConfig } from './settings.js';
import { setup } from './test-utils/setup.js';
import { useVerification } from './verification.js';

describe('useTenantConfig', () => {
  it('reads the anonymous well-known documents when they are readable (same origin, proxy, development)', async () => {
    const t = setup({
      wellKnownCors: 'development',
      seed: {
        accountCenter: {
          fields: {
            ...allFields('Edit'),
            username: 'ReadOnly',
            passkey: undefined,
            session: 'Off',
          },
          deleteAccountUrl: 'https://example.com/delete',
        },
      },
    });
    const { result } = renderHook(() => useTenantConfig(), { wrapper: t.wrapper });
    await waitFor(() => expect(result.current.isLoading).toBe(false));
    expect(result.current.fields.username).toEqual({ source: 'known', value: 'ReadOnly' });
    expect(result.current.fields.session).toEqual({ source: 'known', value: 'Off' });
    // `passkey` unset falls back to `mfa` (§3.1).
    expect(result.current.fields.passkey).toEqual({ source: 'known', value: 'Edit' });
    expect(result.current.deleteAccountUrl).toEqual({
      source: 'known',
      value: 'https://example.com/delete',
    });
    expect(result.current.passwordPolicy.source).toBe('known');
    expect(result.current.mfa).toMatchObject({
      source: 'known',
      value: { factors: expect.arrayContaining(['Totp']) },
    });
    expect(result.current.socialConnectors.value?.map((connector) => connector.id)).toEqual([
      'mock-google',
      'mock-github',
    ]);
  });

  it('uses the settings given to the provider without asking the well-known endpoints', async () => {
    const t = setup();
    const accountCenter = t.simulator.admin.getAccountCenter();
    const signInExperience = t.simulator.admin.getSignInExperience();
    const wrapper = setup.withProvider(t, {
      settings: {
        accountCenter: { ...accountCenter, deleteAccountUrl: 'https://example.com/bye' },
        signInExperience,
      } as never,
    });
    const { result } = renderHook(() => useTenantConfig(), { wrapper });
    await waitFor(() => expect(result.current.isLoading).toBe(false));
    expect(result.current.deleteAccountUrl).toEqual({
      source: 'known',
      value: 'https://example.com/bye',
    });
    expect(t.log.filter((entry) => entry.path.includes('.well-known'))).toEqual([]);
  });

  it('infers from the account and from field answers when the well-known documents are unreadable (production, cross-origin)', async () => {
    const t = setup({
      enforceCors: true,
      seed: {
        accountCenter: {
          fields: { ...allFields('Edit'), name: 'ReadOnly', phone: 'Off', mfa: 'Off' },
        },
      },
    });
    const { result } = renderHook(
      () => ({
        settings: useTenantConfig(),
        rename: useUpdateAccount(),
        factors: useMfaFactors(),
      }),
      { wrapper: t.wrapper },
    );
    await waitFor(() => expect(result.current.settings.isLoading).toBe(false));
    await waitFor(() => expect(result.current.factors.isSuccess).toBe(true));
    const { settings } = result.current;
    expect(settings.fields.email).toEqual({ source: 'inferred', value: 'Edit' });
    expect(settings.fields.phone).toEqual({ source: 'inferred', value: 'Off' });
    expect(settings.fields.mfa).toEqual({ source: 'inferred', value: 'Off' });
    expect(settings.fields.session).toEqual({ source: 'unknown' });
    expect(settings.deleteAccountUrl).toEqual({ source: 'unknown' });
    expect(settings.passwordPolicy).toEqual({ source: 'unknown' });
    expect(settings.socialConnectors).toEqual({ source: 'unknown' });
    expect(settings.mfa).toEqual({ source: 'unknown' });
    expect(settings.offeredMfaFactors).toEqual(['Totp', 'WebAuthn', 'BackupCode']);
    // A readable field is offered for editing until the server says otherwise.
    expect(settings.fields.name).toEqual({ source: 'inferred', value: 'Edit' });
    await act(async () => {
      await result.current.rename.mutateAsync({ name: 'Ada' }).catch(() => undefined);
    });
    expect(result.current.rename.error?.code).toBe('account_center.field_not_editable');
    expect(result.current.settings.fields.name).toEqual({ source: 'inferred', value: 'ReadOnly' });
  });

  it('drops an MFA factor the server answered as not enabled, when the factors are unknown', async () => {
    const t = setup({ enforceCors: true });
    t.simulator.admin.updateSignInExperience({
      mfa: { factors: ['WebAuthn', 'BackupCode'], policy: 'UserControlled' },
    });
    const { result } = renderHook(
      () => ({
        settings: useTenantConfig(),
        add: useAddMfaFactor(),
        verification: useVerification(),
      }),
      { wrapper: t.wrapper },
    );
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
    });
    await act(async () => {
      await result.current.add
        .mutateAsync({ type: 'Totp', secret: 'JFSSYXK2HQEBY6SHE4TSYFZRB57RY5LZ' })
        .catch(() => undefined);
    });
    expect(result.current.add.error?.code).toBe('session.mfa.mfa_factor_not_enabled');
    expect(result.current.settings.offeredMfaFactors).toEqual(['WebAuthn', 'BackupCode']);
    expect(t.simulator.admin.getUser(DEMO_USER_ID)?.mfaVerifications).toEqual([]);
  });
});

describe('tenant policies in useTenantConfig (issue #13 §4)', () => {
  it('exposes the username policy and whether MFA is mandatory, adaptive prompt policies included', async () => {
    const t = setup({ wellKnownCors: 'development' });
    t.simulator.admin.updateSignInExperience({
      mfa: { factors: ['Totp'], policy: 'PromptOnlyAtSignInMandatory' },
      adaptiveMfa: { enabled: true },
      usernamePolicy: {
        caseSensitive: true,
        minLength: 4,
        maxLength: 12,
        allowedChars: { lowercase: true, uppercase: false, numbers: true, underscore: true },
      },
    });
    const { result } = renderHook(() => useTenantConfig(), { wrapper: t.wrapper });
    await waitFor(() => expect(result.current.isLoading).toBe(false));
    expect(result.current.mfa.value?.mandatory).toBe(true);
    expect(result.current.usernamePolicy.value).toMatchObject({ minLength: 4, maxLength: 12 });
  });
});
