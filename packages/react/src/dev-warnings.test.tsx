import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MockInstance } from 'vitest';
import { allFields } from '@account-center/mock';
import { useMyAccount } from './hooks.js';
import { usePasskeyRegistration } from './flows/passkey-registration/hook.js';
import { useTenantConfig } from './settings.js';
import { ENDPOINT, setup } from './test-utils/setup.js';

const DOCTOR = `npx @account-center/doctor --endpoint ${ENDPOINT} --app-id <m2m app id> --origin ${location.origin} --spa-app-id <spa app id> --fix`;

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  warn.mockRestore();
});

/** The kit's own warnings (React may warn about other things). */
const kitWarnings = () =>
  warn.mock.calls
    .map(([message]) => String(message))
    .filter((message) => message.startsWith('[account-center]'));

function useAccountPage() {
  return { settings: useTenantConfig(), account: useMyAccount() };
}

describe('development warnings about tenant settings that hide a feature', () => {
  it('warns once, naming the doctor, when the settings say the account center is disabled', async () => {
    const t = setup({ wellKnownCors: 'development', seed: { accountCenter: { enabled: false } } });
    const { result, rerender } = renderHook(() => useAccountPage(), { wrapper: t.wrapper });
    await waitFor(() => expect(result.current.account.isError).toBe(true));
    rerender();
    await act(() => result.current.account.refetch());
    expect(kitWarnings()).toEqual([expect.stringContaining('The account center is disabled')]);
    expect(kitWarnings()[0]).toContain(DOCTOR);
    expect(kitWarnings()[0]).not.toContain(t.token);
  });

  it('warns once when the settings are unreadable and the Account API answers account_center.not_enabled', async () => {
    const t = setup({ enforceCors: true, seed: { preset: 'logto-default' } });
    const { result } = renderHook(() => useAccountPage(), { wrapper: t.wrapper });
    await waitFor(() => expect(result.current.account.isError).toBe(true));
    expect(result.current.account.error?.code).toBe('account_center.not_enabled');
    await act(() => result.current.account.refetch());
    expect(kitWarnings()).toEqual([expect.stringContaining('The account center is disabled')]);
    expect(kitWarnings()[0]).toContain(DOCTOR);
  });

  it('warns once when every field is Off, and so for settings given to the provider', async () => {
    const t = setup({
      wellKnownCors: 'development',
      seed: { accountCenter: { fields: allFields('Off') } },
    });
    const { result, rerender } = renderHook(() => useAccountPage(), { wrapper: t.wrapper });
    await waitFor(() => expect(result.current.settings.isLoading).toBe(false));
    rerender();
    expect(kitWarnings()).toEqual([expect.stringContaining('Every account-center field is Off')]);
    expect(kitWarnings()[0]).toContain(DOCTOR);

    // Another provider (another kit) with the settings given, no well-known request.
    const given = setup.withProvider(t, {
      settings: { accountCenter: t.simulator.admin.getAccountCenter() } as never,
    });
    const other = renderHook(() => useAccountPage(), { wrapper: given });
    await waitFor(() => expect(other.result.current.account.isSuccess).toBe(true));
    await act(() => other.result.current.account.refetch());
    expect(kitWarnings()).toHaveLength(2);
    expect(kitWarnings()[1]).toContain('Every account-center field is Off');
  });

  it('says nothing about a tenant that shows its features', async () => {
    const t = setup({ wellKnownCors: 'development' });
    const { result } = renderHook(() => useAccountPage(), { wrapper: t.wrapper });
    await waitFor(() => expect(result.current.account.isSuccess).toBe(true));
    await waitFor(() => expect(result.current.settings.isLoading).toBe(false));
    expect(result.current.settings.fields.name.value).toBe('Edit');
    expect(kitWarnings()).toEqual([]);
  });

  it('warns once when the browser refuses a passkey with a SecurityError (origin not in webauthnRelatedOrigins)', async () => {
    const create = vi
      .spyOn(navigator.credentials, 'create')
      .mockRejectedValue(
        new DOMException(
          'The relying party ID is not a registrable domain suffix.',
          'SecurityError',
        ),
      );
    try {
      const t = setup();
      const { result } = renderHook(() => usePasskeyRegistration(), { wrapper: t.wrapper });
      for (const attempt of [1, 2]) {
        await waitFor(() => expect(result.current.state).toBe('ready'));
        act(() => result.current.register());
        await waitFor(() => expect(create).toHaveBeenCalledTimes(attempt));
        await waitFor(() => expect(result.current.state).toBe('ready'));
        expect(result.current.error?.code).toBe('webauthn_security_error');
      }
      expect(kitWarnings()).toEqual([expect.stringContaining('webauthnRelatedOrigins')]);
      expect(kitWarnings()[0]).toContain(`this page's origin (${location.origin})`);
      expect(kitWarnings()[0]).toContain(DOCTOR);
    } finally {
      create.mockRestore();
    }
  });
});
