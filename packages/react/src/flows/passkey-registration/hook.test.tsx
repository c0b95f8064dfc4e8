import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DEMO_PASSWORD } from '@account-center/mock';
import { useMfaFactors } from '../../hooks.js';
import { setup } from '../../test-utils/setup.js';
import { useVerification, useVerificationPrompt } from '../../verification.js';
import { toWebAuthnError } from './steps.js';
import { usePasskeyRegistration } from './hook.js';
import { withVirtualAuthenticator } from '../../../../../scripts/virtual-authenticator.js';

const authenticator = withVirtualAuthenticator();

function usePasskeyPage() {
  return {
    passkey: usePasskeyRegistration(),
    prompt: useVerificationPrompt(),
    verification: useVerification(),
    factors: useMfaFactors(),
  };
}

describe('usePasskeyRegistration', () => {
  it('prepares before the click, registers from it, and binds with a name after step-up', async () => {
    const t = setup();
    const { result } = renderHook(() => usePasskeyPage(), { wrapper: t.wrapper });
    expect(result.current.passkey.supported).toBe(true);
    await waitFor(() => expect(result.current.passkey.state).toBe('ready'));
    expect(t.requests('POST', '/api/verifications/web-authn/registration')).toHaveLength(1);

    act(() => result.current.passkey.register());
    expect(result.current.passkey.state).toBe('registering');
    await waitFor(() => expect(result.current.passkey.state).toBe('naming'));

    let binding!: Promise<void>;
    act(() => {
      binding = result.current.passkey.bind('  Work laptop  ');
    });
    await waitFor(() => expect(result.current.prompt.request).not.toBeNull());
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
      await binding;
    });
    expect(result.current.passkey.state).toBe('done');
    await waitFor(() =>
      expect(result.current.factors.data).toEqual([
        expect.objectContaining({ type: 'WebAuthn', name: 'Work laptop' }),
      ]),
    );
  });

  it('binds once on a double call, and a retry after a 5xx after apply leaves one entry', async () => {
    const t = setup();
    const { result } = renderHook(() => usePasskeyPage(), { wrapper: t.wrapper });
    await waitFor(() => expect(result.current.passkey.state).toBe('ready'));
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
    });
    act(() => result.current.passkey.register());
    await waitFor(() => expect(result.current.passkey.state).toBe('naming'));
    t.simulator.faults.inject({
      route: 'POST /api/my-account/mfa-verifications',
      when: 'after',
      status: 502,
      once: true,
    });
    await act(async () => {
      await Promise.all([
        result.current.passkey.bind('Laptop'),
        result.current.passkey.bind('Laptop'),
      ]);
    });
    expect(t.requests('POST', '/api/my-account/mfa-verifications')).toHaveLength(1);
    expect(result.current.passkey.state).toBe('naming');
    expect(result.current.passkey.error?.code).toBe('http_error');
    // The user presses Save again: the factor list shows it was added; nothing is sent twice.
    await act(async () => {
      await result.current.passkey.bind('Laptop');
    });
    expect(result.current.passkey.state).toBe('done');
    expect(t.requests('POST', '/api/my-account/mfa-verifications')).toHaveLength(1);
    await waitFor(() =>
      expect(result.current.factors.data).toEqual([
        expect.objectContaining({ type: 'WebAuthn', name: 'Laptop' }),
      ]),
    );
  });

  it('treats a dismissed OS prompt as no error and stays ready', async () => {
    const t = setup();
    const { result } = renderHook(() => usePasskeyPage(), { wrapper: t.wrapper });
    await waitFor(() => expect(result.current.passkey.state).toBe('ready'));
    await authenticator.setUserVerified(false);
    try {
      act(() => result.current.passkey.register());
      await waitFor(() => expect(result.current.passkey.state).toBe('ready'), { timeout: 10_000 });
    } finally {
      await authenticator.setUserVerified(true);
    }
    expect(result.current.passkey.error).toBeNull();
    expect(t.requests('POST', '/api/verifications/web-authn/registration/verify')).toHaveLength(0);
  });

  it('reports a passkey already registered on this authenticator', async () => {
    const t = setup();
    const { result } = renderHook(() => usePasskeyPage(), { wrapper: t.wrapper });
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
    });
    await waitFor(() => expect(result.current.passkey.state).toBe('ready'));
    act(() => result.current.passkey.register());
    await waitFor(() => expect(result.current.passkey.state).toBe('naming'));
    await act(async () => {
      await result.current.passkey.bind();
    });
    expect(result.current.passkey.state).toBe('done');

    act(() => result.current.passkey.reset());
    await act(async () => {
      await result.current.passkey.prepare();
    });
    expect(result.current.passkey.state).toBe('ready');
    act(() => result.current.passkey.register());
    await waitFor(() =>
      expect(result.current.passkey.error?.code).toBe('webauthn_already_registered'),
    );
    expect(result.current.passkey.state).toBe('ready');
  });

  it('steps up before the ceremony with verify(), so the next click opens the OS prompt', async () => {
    const t = setup();
    const { result } = renderHook(() => usePasskeyPage(), { wrapper: t.wrapper });
    await waitFor(() => expect(result.current.passkey.state).toBe('ready'));
    expect(result.current.passkey.verified).toBe(false);
    let verifying!: Promise<boolean>;
    act(() => {
      verifying = result.current.passkey.verify();
    });
    await waitFor(() => expect(result.current.prompt.request).not.toBeNull());
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
    });
    await expect(verifying).resolves.toBe(true);
    expect(result.current.passkey.verified).toBe(true);
    // Cancelling is quiet: `false`, no error.
    const cancelled = setup();
    const other = renderHook(() => usePasskeyPage(), { wrapper: cancelled.wrapper });
    let refused!: Promise<boolean>;
    act(() => {
      refused = other.result.current.passkey.verify();
    });
    await waitFor(() => expect(other.result.current.prompt.request).not.toBeNull());
    act(() => other.result.current.prompt.reject());
    await expect(refused).resolves.toBe(false);
    expect(other.result.current.passkey.error).toBeNull();
  });

  it('exposes the options expiry and fetches fresh options a minute before it', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const t = setup();
      const { result } = renderHook(() => usePasskeyPage(), { wrapper: t.wrapper });
      await waitFor(() => expect(result.current.passkey.state).toBe('ready'));
      const expiresAt = result.current.passkey.expiresAt!;
      expect(expiresAt.getTime() - t.simulator.clock.now()).toBe(10 * 60_000);
      expect(t.requests('POST', '/api/verifications/web-authn/registration')).toHaveLength(1);
      act(() => vi.advanceTimersByTime(8 * 60_000));
      expect(t.requests('POST', '/api/verifications/web-authn/registration')).toHaveLength(1);
      act(() => vi.advanceTimersByTime(60_000 + 1_000));
      await waitFor(() =>
        expect(t.requests('POST', '/api/verifications/web-authn/registration')).toHaveLength(2),
      );
      await waitFor(() => expect(result.current.passkey.state).toBe('ready'));
    } finally {
      vi.useRealTimers();
    }
  });

  it('maps a SecurityError (origin not allowed for the rpId) to its own code', () => {
    const security = new DOMException('The relying party ID is not allowed.', 'SecurityError');
    expect(toWebAuthnError(security).code).toBe('webauthn_security_error');
    expect(
      toWebAuthnError(Object.assign(new Error('wrapped'), { code: 'ERROR_INVALID_RP_ID' })).code,
    ).toBe('webauthn_security_error');
    expect(toWebAuthnError(new Error('other')).code).toBe('webauthn_failed');
  });
});
