import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEMO_PASSWORD, DEMO_USER_ID, VERIFICATION_RECORD_LIFETIME_MS } from '@account-center/mock';
import { useMyAccount } from '../../hooks.js';
import { useAccountKit } from '../../kit.js';
import { setup } from '../../test-utils/setup.js';
import { useVerification, useVerificationPrompt } from '../../verification.js';
import { useEmailChange, usePhoneChange } from './hook.js';

afterEach(() => {
  vi.useRealTimers();
});

function useEmailFlow() {
  return {
    flow: useEmailChange(),
    prompt: useVerificationPrompt(),
    verification: useVerification(),
    account: useMyAccount(),
    kit: useAccountKit(),
  };
}

describe('useEmailChange', () => {
  it('verifies identity, sends a code to the new address, verifies it and binds', async () => {
    const t = setup();
    const { result } = renderHook(() => useEmailFlow(), { wrapper: t.wrapper });
    expect(result.current.flow.state).toBe('idle');
    let sending!: Promise<void>;
    act(() => {
      sending = result.current.flow.sendCode('  countess@example.com ');
    });
    await waitFor(() => expect(result.current.prompt.request).not.toBeNull());
    expect(result.current.flow.state).toBe('sending');
    expect(t.simulator.inbox.to('countess@example.com')).toHaveLength(0);
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
      await sending;
    });
    expect(result.current.flow.state).toBe('code-sent');
    expect(result.current.flow.value).toBe('countess@example.com');
    expect(result.current.flow.resendIn).toBe(60);

    await act(async () => {
      await result.current.flow.verifyCode('123456');
    });
    expect(result.current.flow.state).toBe('code-sent');
    expect(result.current.flow.error?.code).toBe('verification_code.code_mismatch');

    await act(async () => {
      await result.current.flow.verifyCode(t.simulator.inbox.latestCode('countess@example.com')!);
    });
    expect(result.current.flow.state).toBe('done');
    expect(result.current.flow.error).toBeNull();
    await waitFor(() =>
      expect(result.current.account.data?.primaryEmail).toBe('countess@example.com'),
    );
    // One identity check for the whole flow.
    expect(t.requests('POST', '/api/verifications/password')).toHaveLength(1);
  });

  it('keeps the address when going back to edit, and counts down the resend cooldown', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const t = setup();
    const { result } = renderHook(() => useEmailFlow(), { wrapper: t.wrapper });
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
      await result.current.flow.sendCode('countess@example.com');
    });
    await act(async () => {
      await result.current.flow.resend();
    });
    expect(t.simulator.inbox.to('countess@example.com')).toHaveLength(1);
    await act(async () => {
      await t.advance(45_000);
    });
    expect(result.current.flow.resendIn).toBe(15);
    await act(async () => {
      await t.advance(15_000);
    });
    expect(result.current.flow.resendIn).toBe(0);
    await act(async () => {
      await result.current.flow.resend();
    });
    expect(t.simulator.inbox.to('countess@example.com')).toHaveLength(2);
    act(() => result.current.flow.edit());
    expect(result.current.flow.state).toBe('idle');
    expect(result.current.flow.value).toBe('countess@example.com');
  });

  it('shows 429 request.message_rate_limited and stays where it was', async () => {
    const t = setup();
    t.simulator.faults.inject({
      route: 'POST /api/verifications/verification-code',
      status: 429,
      code: 'request.message_rate_limited',
    });
    const { result } = renderHook(() => useEmailFlow(), { wrapper: t.wrapper });
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
      await result.current.flow.sendCode('countess@example.com');
    });
    expect(result.current.flow.state).toBe('idle');
    expect(result.current.flow.error).toMatchObject({
      status: 429,
      code: 'request.message_rate_limited',
    });
    expect(result.current.flow.value).toBe('countess@example.com');
  });

  it('re-verifies identity when the record goes stale mid-flow, keeping the new address and its code record', async () => {
    const t = setup();
    const { result } = renderHook(() => useEmailFlow(), { wrapper: t.wrapper });
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
    });
    t.simulator.clock.advance(9 * 60_000);
    await act(async () => {
      await result.current.flow.sendCode('countess@example.com');
    });
    const sends = t.simulator.inbox.to('countess@example.com').length;
    t.simulator.clock.advance(40_000);
    let verifying!: Promise<void>;
    act(() => {
      verifying = result.current.flow.verifyCode(
        t.simulator.inbox.latestCode('countess@example.com')!,
      );
    });
    await waitFor(() => expect(result.current.prompt.request).not.toBeNull());
    expect(result.current.flow.state).toBe('binding');
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
      await verifying;
    });
    expect(result.current.flow.state).toBe('done');
    expect(t.simulator.inbox.to('countess@example.com')).toHaveLength(sends);
    expect(t.simulator.admin.getUser(DEMO_USER_ID)?.primaryEmail).toBe('countess@example.com');
  });

  it('on permission_denied at bind prompts again and binds with the same verified code', async () => {
    const t = setup();
    const { result } = renderHook(() => useEmailFlow(), { wrapper: t.wrapper });
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
      await result.current.flow.sendCode('countess@example.com');
    });
    // The server forgets the record while the client still holds it.
    act(() =>
      result.current.kit.client.verification.set({
        id: 'revoked',
        expiresAt: new Date(t.simulator.clock.now() + 300_000),
        method: 'password',
      }),
    );
    let verifying!: Promise<void>;
    act(() => {
      verifying = result.current.flow.verifyCode(
        t.simulator.inbox.latestCode('countess@example.com')!,
      );
    });
    await waitFor(() => expect(result.current.prompt.request).toMatchObject({ reason: 'expired' }));
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
      await verifying;
    });
    expect(result.current.flow.state).toBe('done');
    const binds = t.requests('POST', '/api/my-account/primary-email');
    expect(binds).toHaveLength(2);
  });

  it('a cancelled step-up at bind is quiet; retry() binds without a new code', async () => {
    const t = setup();
    const { result } = renderHook(() => useEmailFlow(), { wrapper: t.wrapper });
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
      await result.current.flow.sendCode('countess@example.com');
    });
    act(() => result.current.verification.clear());
    let verifying!: Promise<void>;
    act(() => {
      verifying = result.current.flow.verifyCode(
        t.simulator.inbox.latestCode('countess@example.com')!,
      );
    });
    await waitFor(() => expect(result.current.prompt.request).not.toBeNull());
    await act(async () => {
      result.current.prompt.reject();
      await verifying;
    });
    expect(result.current.flow.state).toBe('error');
    expect(result.current.flow.error).toBeNull();
    let retrying!: Promise<void>;
    act(() => {
      retrying = result.current.flow.retry();
    });
    await waitFor(() => expect(result.current.prompt.request).not.toBeNull());
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
      await retrying;
    });
    expect(result.current.flow.state).toBe('done');
    expect(t.simulator.inbox.to('countess@example.com')).toHaveLength(1);
  });

  it('goes back to the code step when the verified code record expired before the bind, and a new code completes', async () => {
    const t = setup();
    const { result } = renderHook(() => useEmailFlow(), { wrapper: t.wrapper });
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
      await result.current.flow.sendCode('countess@example.com');
    });
    // The first bind fails on the server; the user comes back to Retry after a long break.
    t.simulator.faults.inject({
      route: 'POST /api/my-account/primary-email',
      status: 500,
      once: true,
    });
    await act(async () => {
      await result.current.flow.verifyCode(t.simulator.inbox.latestCode('countess@example.com')!);
    });
    expect(result.current.flow.state).toBe('error');
    t.simulator.clock.advance(VERIFICATION_RECORD_LIFETIME_MS + 1);
    let retrying!: Promise<void>;
    act(() => {
      retrying = result.current.flow.retry();
    });
    // The identity record expired too: asked again, then the bind answers 400 not_found (§4.5).
    await waitFor(() => expect(result.current.prompt.request).not.toBeNull());
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
      await retrying;
    });
    expect(t.requests('POST', '/api/my-account/primary-email')).toHaveLength(2);
    expect(result.current.flow.state).toBe('code-sent');
    expect(result.current.flow.error).toMatchObject({ code: 'verification_code.expired' });
    expect(result.current.flow.value).toBe('countess@example.com');
    expect(result.current.flow.resendIn).toBe(0);

    await act(async () => {
      await result.current.flow.resend();
    });
    expect(t.simulator.inbox.to('countess@example.com')).toHaveLength(2);
    await act(async () => {
      await result.current.flow.verifyCode(t.simulator.inbox.latestCode('countess@example.com')!);
    });
    expect(result.current.flow.state).toBe('done');
    expect(t.requests('POST', '/api/my-account/primary-email')).toHaveLength(3);
    expect(t.simulator.admin.getUser(DEMO_USER_ID)?.primaryEmail).toBe('countess@example.com');
  });

  it('a double call runs once: one code sent, one bind', async () => {
    const t = setup();
    const { result } = renderHook(() => useEmailFlow(), { wrapper: t.wrapper });
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
    });
    await act(async () => {
      const flow = result.current.flow;
      await Promise.all([
        flow.sendCode('countess@example.com'),
        flow.sendCode('countess@example.com'),
      ]);
    });
    expect(result.current.flow.state).toBe('code-sent');
    expect(t.simulator.inbox.to('countess@example.com')).toHaveLength(1);
    const code = t.simulator.inbox.latestCode('countess@example.com')!;
    await act(async () => {
      const flow = result.current.flow;
      await Promise.all([flow.verifyCode(code), flow.verifyCode(code)]);
    });
    expect(result.current.flow.state).toBe('done');
    expect(result.current.flow.error).toBeNull();
    expect(t.requests('POST', '/api/verifications/verification-code/verify')).toHaveLength(1);
    expect(t.requests('POST', '/api/my-account/primary-email')).toHaveLength(1);
  });

  it('reports a taken address at bind', async () => {
    const t = setup();
    const { result } = renderHook(() => useEmailFlow(), { wrapper: t.wrapper });
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
      await result.current.flow.sendCode('grace@example.com');
    });
    await act(async () => {
      await result.current.flow.verifyCode(t.simulator.inbox.latestCode('grace@example.com')!);
    });
    expect(result.current.flow.state).toBe('error');
    expect(result.current.flow.error).toMatchObject({
      status: 422,
      code: 'user.email_already_in_use',
    });
  });
});

describe('usePhoneChange', () => {
  it('sends the number as digits only and binds it', async () => {
    const t = setup();
    const { result } = renderHook(
      () => ({ flow: usePhoneChange(), verification: useVerification(), account: useMyAccount() }),
      { wrapper: t.wrapper },
    );
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
      await result.current.flow.sendCode('+1 (650) 253-0000');
    });
    expect(result.current.flow.value).toBe('16502530000');
    await act(async () => {
      await result.current.flow.verifyCode(t.simulator.inbox.latestCode('16502530000')!);
    });
    expect(result.current.flow.state).toBe('done');
    await waitFor(() => expect(result.current.account.data?.primaryPhone).toBe('16502530000'));
  });
  it('an expired code record at bind goes back to the code step; a new code binds the number', async () => {
    const t = setup();
    const { result } = renderHook(
      () => ({
        flow: usePhoneChange(),
        verification: useVerification(),
        prompt: useVerificationPrompt(),
      }),
      { wrapper: t.wrapper },
    );
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
      await result.current.flow.sendCode('+1 (650) 253-0000');
    });
    // Verified just before the step-up expires; the prompt then stays open past the code record.
    t.simulator.clock.advance(9 * 60_000 + 45_000);
    let verifying!: Promise<void>;
    act(() => {
      verifying = result.current.flow.verifyCode(t.simulator.inbox.latestCode('16502530000')!);
    });
    await waitFor(() => expect(result.current.prompt.request).not.toBeNull());
    t.simulator.clock.advance(60_000);
    await act(async () => {
      await result.current.verification.verifyWithPassword(DEMO_PASSWORD);
      await verifying;
    });
    expect(result.current.flow.state).toBe('code-sent');
    expect(result.current.flow.error?.code).toBe('verification_code.expired');
    expect(result.current.flow.value).toBe('16502530000');
    await act(async () => {
      await result.current.flow.resend();
    });
    await act(async () => {
      await result.current.flow.verifyCode(t.simulator.inbox.latestCode('16502530000')!);
    });
    expect(result.current.flow.state).toBe('done');
    expect(t.simulator.admin.getUser(DEMO_USER_ID)?.primaryPhone).toBe('16502530000');
  });
});
