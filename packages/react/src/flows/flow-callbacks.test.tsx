import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEMO_PASSWORD, mfaUserSeed, totpCode } from '@account-center/mock';
import { useMfaFactors } from '../hooks.js';
import { setup } from '../test-utils/setup.js';
import { useVerification, useVerificationPrompt } from '../verification.js';
import { useBackupCodeSetup, useInterruptedBackupCodes } from './backup-codes/hook.js';
import { useEmailChange, usePhoneChange } from './identifier-change/hook.js';
import { usePasskeyRegistration } from './passkey-registration/hook.js';
import {
  SOCIAL_LINK_STORAGE_KEY,
  useSocialLink,
  useSocialLinkCallback,
} from './social-link/hook.js';
import { usePendingSocialLink } from './social-link/pending.js';
import { useTotpSetup } from './totp-setup/hook.js';

afterEach(() => {
  sessionStorage.clear();
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith('account-center:backup-codes')) localStorage.removeItem(key);
  }
});

/** The functions of a hook's result, by name. */
const actionsOf = (value: object) =>
  Object.fromEntries(Object.entries(value).filter(([, entry]) => typeof entry === 'function'));

describe('flow hooks', () => {
  it('keep the identity of every action across renders, whatever callbacks are passed', async () => {
    const t = setup({ seed: { users: [mfaUserSeed()] } });
    const { result, rerender } = renderHook(
      // New callback objects on every render, as an app writing them inline would pass.
      () => ({
        email: useEmailChange({ onSuccess: () => {} }),
        phone: usePhoneChange({ onError: () => {} }),
        passkey: usePasskeyRegistration({ prepare: false, onSuccess: () => {} }),
        totp: useTotpSetup({ issuer: 'Acme', onSuccess: () => {} }),
        backup: useBackupCodeSetup({ onSuccess: () => {} }),
        interrupted: useInterruptedBackupCodes(),
        link: useSocialLink({ onError: () => {} }),
        callback: useSocialLinkCallback({ onSuccess: () => {} }),
        verification: useVerification(),
        factors: useMfaFactors(),
      }),
      { wrapper: t.wrapper },
    );
    // Taken before the account and the backup-code chunk are in: `dismiss` must not change then.
    const firstDismiss = result.current.interrupted.dismiss;
    await waitFor(() => expect(result.current.factors.isSuccess).toBe(true));
    const flows = ['email', 'phone', 'passkey', 'totp', 'backup', 'interrupted', 'link'] as const;
    const before = Object.fromEntries(flows.map((name) => [name, actionsOf(result.current[name])]));
    expect(Object.keys(before.totp!)).toEqual(['start', 'confirm', 'reset']);

    rerender();
    // A state change re-renders too: the actions stay the same functions.
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
      await result.current.totp.start();
    });
    expect(result.current.totp.state).toBe('ready');
    for (const name of flows) {
      const after = actionsOf(result.current[name]);
      expect(Object.keys(after), name).toEqual(Object.keys(before[name]!));
      for (const [action, fn] of Object.entries(after)) {
        expect(fn, `${name}.${action}`).toBe(before[name]![action]);
      }
    }
    expect(result.current.callback.retry).toBeTypeOf('function');
    expect(result.current.interrupted.dismiss, 'interrupted.dismiss since mount').toBe(
      firstDismiss,
    );
  });

  it('useTotpSetup calls onError for a wrong code and onSuccess once bound', async () => {
    const t = setup();
    const onSuccess = vi.fn();
    const onError = vi.fn();
    const onCancel = vi.fn();
    const { result } = renderHook(
      () => ({
        totp: useTotpSetup({ issuer: 'Acme', onSuccess, onError, onCancel }),
        verification: useVerification(),
      }),
      { wrapper: t.wrapper },
    );
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
      await result.current.totp.start();
    });
    await act(() => result.current.totp.confirm('000000'));
    expect(onError).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({ code: 'session.mfa.invalid_totp_code' }),
    );
    expect(onSuccess).not.toHaveBeenCalled();

    await act(async () => {
      await result.current.totp.confirm(
        await totpCode(result.current.totp.secret!, t.simulator.clock.now()),
      );
    });
    expect(result.current.totp.state).toBe('done');
    expect(onSuccess).toHaveBeenCalledOnce();
    expect(onError).toHaveBeenCalledOnce();
    expect(onCancel).not.toHaveBeenCalled();
  });

  it('a cancelled step-up calls onCancel, not onError, and the flow stays usable', async () => {
    const t = setup();
    const onError = vi.fn();
    const onCancel = vi.fn();
    const { result } = renderHook(
      () => ({ flow: useEmailChange({ onError, onCancel }), prompt: useVerificationPrompt() }),
      { wrapper: t.wrapper },
    );
    let sending!: Promise<void>;
    act(() => {
      sending = result.current.flow.sendCode('countess@example.com');
    });
    await waitFor(() => expect(result.current.prompt.request).not.toBeNull());
    await act(async () => {
      result.current.prompt.reject();
      await sending;
    });
    expect(result.current.flow.state).toBe('idle');
    expect(result.current.flow.error).toBeNull();
    expect(onCancel).toHaveBeenCalledOnce();
    expect(onError).not.toHaveBeenCalled();
    expect(result.current.flow.value).toBe('countess@example.com');
  });
});

describe('usePendingSocialLink', () => {
  it('is false on the first render, then true while a round trip was pending on mount, also after it is claimed', async () => {
    const t = setup();
    sessionStorage.setItem(
      SOCIAL_LINK_STORAGE_KEY,
      JSON.stringify({
        verificationRecordId: 'none',
        state: 'not-this-one',
        connectorId: 'github',
        returnTo: '/account',
        replace: false,
        expiresAt: Date.now() + 600_000,
      }),
    );
    const seen: boolean[] = [];
    const { result } = renderHook(
      () => {
        const pending = usePendingSocialLink();
        seen.push(pending);
        return { pending, callback: useSocialLinkCallback({ search: '?state=other&code=x' }) };
      },
      { wrapper: t.wrapper },
    );
    // The first render matches a server render: nothing read from storage yet.
    expect(seen[0]).toBe(false);
    await waitFor(() => expect(result.current.pending).toBe(true));
    // The callback claimed (removed) the round trip; the answer does not flip back.
    await waitFor(() => expect(result.current.callback.state).toBe('error'));
    expect(sessionStorage.getItem(SOCIAL_LINK_STORAGE_KEY)).toBeNull();
    expect(result.current.pending).toBe(true);
  });

  it('is false when nothing is pending', async () => {
    const t = setup();
    const { result } = renderHook(
      () => ({ pending: usePendingSocialLink(), link: useSocialLink() }),
      { wrapper: t.wrapper },
    );
    await waitFor(() => expect(result.current.link.state).toBe('idle'));
    expect(result.current.pending).toBe(false);
  });
});
