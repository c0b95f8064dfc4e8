/**
 * The real client against the real simulator: the Verification API (§4.3) and the client's
 * verification-record bookkeeping end to end (§4.2, §4.4, §8.1): which records become the
 * `logto-verification-id` header, when the client stops sending one, and when it drops it.
 */

import { toSimpleWebAuthnOptions } from '@account-center/client/helpers';
import { describe, expect, it, vi } from 'vitest';
import { VERIFICATION_RECORD_LIFETIME_MS } from './records.js';
import {
  DEMO_EMAIL,
  DEMO_PASSWORD,
  GITHUB_CONNECTOR_ID,
  GOOGLE_CONNECTOR_ID,
  OTHER_USER_ID,
  demoUserSeed,
} from './seed.js';
import { attest, connect, ENDPOINT, PAGE_ORIGIN, rejection, START } from './test-utils/client.js';

const TEN_MINUTES = VERIFICATION_RECORD_LIFETIME_MS;

describe('createPasswordVerification (§4.3)', () => {
  it('answers a 10-minute record and stores it as the header record', async () => {
    const { client } = connect();
    const record = await client.createPasswordVerification({ password: DEMO_PASSWORD });
    expect(record).toEqual({
      verificationRecordId: expect.any(String),
      expiresAt: new Date(START + TEN_MINUTES).toISOString(),
    });
    expect(client.verification.get()).toEqual({
      id: record.verificationRecordId,
      expiresAt: new Date(START + TEN_MINUTES),
      method: 'password',
    });
    expect(client.verification.isFresh()).toBe(true);
  });

  it('lets header-needing calls (A and C routes) succeed without passing an id', async () => {
    const { client } = connect();
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    expect((await client.listSessions()).sessions.length).toBeGreaterThan(0);
    await client.updatePassword({ password: 'Difference-Engine-1822' });
    // Records are reusable for their whole life (§4.1, §12).
    await client.updatePassword({ password: 'Jacquard-Loom-1804' });
  });

  it('answers a suspended user with a final 401 user.suspended (no token retry)', async () => {
    const onUnauthorized = vi.fn();
    const getAccessToken = vi.fn();
    const { client, token } = connect({
      seed: { users: [{ ...demoUserSeed(), isSuspended: true }] },
      client: { getAccessToken, onUnauthorized },
    });
    getAccessToken.mockResolvedValue(token);
    const error = await rejection(client.createPasswordVerification({ password: DEMO_PASSWORD }));
    expect(error).toMatchObject({
      status: 401,
      code: 'user.suspended',
      message: 'This account is suspended.',
    });
    expect(getAccessToken).toHaveBeenCalledTimes(1);
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('rejects a wrong password with 422 session.invalid_credentials and stores nothing', async () => {
    const { client } = connect();
    const error = await rejection(client.createPasswordVerification({ password: 'wrong' }));
    expect(error).toMatchObject({
      status: 422,
      code: 'session.invalid_credentials',
      message: 'Incorrect account or password. Please check your input.',
    });
    expect(client.verification.get()).toBeUndefined();
  });
});

describe('sendVerificationCode and verifyVerificationCode (§4.2, §4.3)', () => {
  it('treats a code to the current email (after getAccount) as identity and uses it as the header', async () => {
    const { client, simulator } = connect();
    await client.getAccount();
    const identifier = { type: 'email', value: DEMO_EMAIL } as const;
    const sent = await client.sendVerificationCode({ identifier });
    expect(sent).toEqual({
      verificationRecordId: expect.any(String),
      expiresAt: new Date(START + TEN_MINUTES).toISOString(),
    });
    expect(simulator.inbox.latest(DEMO_EMAIL)?.templateType).toBe('UserPermissionValidation');
    expect(client.verification.get()).toBeUndefined();

    const verified = await client.verifyVerificationCode({
      identifier,
      verificationId: sent.verificationRecordId,
      code: simulator.inbox.latestCode(DEMO_EMAIL)!,
    });
    expect(verified).toEqual({ verificationRecordId: sent.verificationRecordId });
    expect(client.verification.get()).toEqual({
      id: sent.verificationRecordId,
      expiresAt: new Date(sent.expiresAt),
      method: 'email',
    });
    expect((await client.listGrants()).grants).toHaveLength(1);
  });

  it('treats a code to the current phone as identity too', async () => {
    const { client, simulator } = connect({ token: { userId: OTHER_USER_ID } });
    await client.getAccount();
    const identifier = { type: 'phone', value: '15555550100' } as const;
    const sent = await client.sendVerificationCode({ identifier });
    await client.verifyVerificationCode({
      identifier,
      verificationId: sent.verificationRecordId,
      code: simulator.inbox.latestCode(identifier.value)!,
    });
    expect(client.verification.get()?.method).toBe('phone');
    await client.updateMfaSettings({ skipMfaOnSignIn: true });
  });

  it('does not store a code to a new address, which still serves as the new-identifier record', async () => {
    const { client, simulator } = connect();
    await client.getAccount();
    const password = await client.createPasswordVerification({ password: DEMO_PASSWORD });
    const identifier = { type: 'email', value: 'ada.king@example.com' } as const;
    const sent = await client.sendVerificationCode({ identifier });
    expect(simulator.inbox.latest(identifier.value)?.templateType).toBe('BindNewIdentifier');
    await client.verifyVerificationCode({
      identifier,
      verificationId: sent.verificationRecordId,
      code: simulator.inbox.latestCode(identifier.value)!,
    });
    expect(client.verification.get()?.id).toBe(password.verificationRecordId);

    await client.updatePrimaryEmail({
      email: identifier.value,
      newIdentifierVerificationRecordId: sent.verificationRecordId,
    });
    // The server refuses that record as the header, exactly as the client assumed.
    const asHeader = await rejection(
      client.listSessions({ verificationRecordId: sent.verificationRecordId }),
    );
    expect(asHeader.code).toBe('verification_record.permission_denied');
    expect(client.verification.get()?.id).toBe(password.verificationRecordId);
  });

  it('knows the new address after updatePrimaryEmail: a later code there proves identity', async () => {
    const { client, simulator } = connect();
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    const newAddress = { type: 'email', value: 'ada.king@example.com' } as const;
    const first = await client.sendVerificationCode({ identifier: newAddress });
    await client.verifyVerificationCode({
      identifier: newAddress,
      verificationId: first.verificationRecordId,
      code: simulator.inbox.latestCode(newAddress.value)!,
    });
    await client.updatePrimaryEmail({
      email: newAddress.value,
      newIdentifierVerificationRecordId: first.verificationRecordId,
    });
    client.verification.clear();

    const second = await client.sendVerificationCode({ identifier: newAddress });
    expect(simulator.inbox.latest(newAddress.value)?.templateType).toBe('UserPermissionValidation');
    await client.verifyVerificationCode({
      identifier: newAddress,
      verificationId: second.verificationRecordId,
      code: simulator.inbox.latestCode(newAddress.value)!,
    });
    expect(client.verification.get()).toMatchObject({
      id: second.verificationRecordId,
      method: 'email',
    });
    await client.listSessions();
  });

  it('compares exactly, like Logto: another letter case is a new identifier on both sides (§10.6)', async () => {
    const { client, simulator } = connect();
    await client.getAccount();
    const identifier = { type: 'email', value: 'ADA@example.com' } as const;
    const sent = await client.sendVerificationCode({ identifier });
    expect(simulator.inbox.latest(identifier.value)?.templateType).toBe('BindNewIdentifier');
    await client.verifyVerificationCode({
      identifier,
      verificationId: sent.verificationRecordId,
      code: simulator.inbox.latestCode(identifier.value)!,
    });
    expect(client.verification.get()).toBeUndefined();
  });

  it('without an account read, stores a code only when purpose says identity', async () => {
    const { client, simulator } = connect();
    const identifier = { type: 'email', value: DEMO_EMAIL } as const;
    const inferred = await client.sendVerificationCode({ identifier });
    await client.verifyVerificationCode({
      identifier,
      verificationId: inferred.verificationRecordId,
      code: simulator.inbox.latestCode(DEMO_EMAIL)!,
    });
    expect(client.verification.get()).toBeUndefined();
    // The server would have accepted it: the client was only cautious.
    await client.listSessions({ verificationRecordId: inferred.verificationRecordId });

    const explicit = await client.sendVerificationCode({ identifier, purpose: 'identity' });
    await client.verifyVerificationCode({
      identifier,
      verificationId: explicit.verificationRecordId,
      code: simulator.inbox.latestCode(DEMO_EMAIL)!,
    });
    expect(client.verification.get()?.id).toBe(explicit.verificationRecordId);
  });

  it('never stores a BindMfa code, which the server refuses as the header', async () => {
    const { client, simulator } = connect();
    await client.getAccount();
    const identifier = { type: 'email', value: DEMO_EMAIL } as const;
    const sent = await client.sendVerificationCode({ identifier, templateType: 'BindMfa' });
    expect(simulator.inbox.latest(DEMO_EMAIL)?.templateType).toBe('BindMfa');
    await client.verifyVerificationCode({
      identifier,
      verificationId: sent.verificationRecordId,
      code: simulator.inbox.latestCode(DEMO_EMAIL)!,
    });
    expect(client.verification.get()).toBeUndefined();
    const error = await rejection(
      client.listSessions({ verificationRecordId: sent.verificationRecordId }),
    );
    expect(error.code).toBe('verification_record.permission_denied');
  });

  it('keeps an identity record valid after that email stops being the user’s address (§12)', async () => {
    const { client, simulator } = connect();
    await client.getAccount();
    const current = { type: 'email', value: DEMO_EMAIL } as const;
    const identity = await client.sendVerificationCode({ identifier: current });
    await client.verifyVerificationCode({
      identifier: current,
      verificationId: identity.verificationRecordId,
      code: simulator.inbox.latestCode(DEMO_EMAIL)!,
    });
    const next = { type: 'email', value: 'ada.king@example.com' } as const;
    const bind = await client.sendVerificationCode({ identifier: next });
    await client.verifyVerificationCode({
      identifier: next,
      verificationId: bind.verificationRecordId,
      code: simulator.inbox.latestCode(next.value)!,
    });
    await client.updatePrimaryEmail({
      email: next.value,
      newIdentifierVerificationRecordId: bind.verificationRecordId,
    });
    expect(client.verification.get()?.id).toBe(identity.verificationRecordId);
    await client.updateMfaSettings({ skipMfaOnSignIn: true });
  });

  it('expires a code after the tenant’s expiration duration', async () => {
    const { client, simulator } = connect({
      seed: {
        signInExperience: {
          verificationCodePolicy: { expirationDuration: 60, maxRetryAttempts: 10 },
        },
      },
    });
    const identifier = { type: 'email', value: 'ada.king@example.com' } as const;
    const sent = await client.sendVerificationCode({ identifier });
    simulator.clock.advance(61_000);
    const error = await rejection(
      client.verifyVerificationCode({
        identifier,
        verificationId: sent.verificationRecordId,
        code: simulator.inbox.latestCode(identifier.value)!,
      }),
    );
    expect(error).toMatchObject({ status: 400, code: 'verification_code.expired' });
  });

  it('blocks the password check after too many failures, even for the right password (§8.2)', async () => {
    const { client } = connect({
      seed: { signInExperience: { sentinelPolicy: { maxAttempts: 3, lockoutDuration: 60 } } },
    });
    for (let attempt = 0; attempt < 3; attempt++) {
      await rejection(client.createPasswordVerification({ password: 'wrong' }));
    }
    const error = await rejection(client.createPasswordVerification({ password: DEMO_PASSWORD }));
    expect(error).toMatchObject({
      status: 400,
      code: 'session.verification_blocked_too_many_attempts',
      message: 'Too many attempts in a short time. Please try again in 60 minutes.',
    });
    expect(client.verification.get()).toBeUndefined();
  });

  it('rejects a wrong code and a used code with their 400s, storing nothing', async () => {
    const { client, simulator } = connect();
    await client.getAccount();
    const identifier = { type: 'email', value: DEMO_EMAIL } as const;
    const sent = await client.sendVerificationCode({ identifier });
    const code = simulator.inbox.latestCode(DEMO_EMAIL)!;
    const wrong = await rejection(
      client.verifyVerificationCode({
        identifier,
        verificationId: sent.verificationRecordId,
        code: code === '000000' ? '111111' : '000000',
      }),
    );
    expect(wrong).toMatchObject({
      status: 400,
      code: 'verification_code.code_mismatch',
      message: 'Invalid verification code.',
    });
    expect(client.verification.get()).toBeUndefined();

    await client.verifyVerificationCode({
      identifier,
      verificationId: sent.verificationRecordId,
      code,
    });
    const again = await rejection(
      client.verifyVerificationCode({
        identifier,
        verificationId: sent.verificationRecordId,
        code,
      }),
    );
    expect(again).toMatchObject({ status: 400, code: 'verification_code.not_found' });
  });

  it('answers 429 on the 11th code to one recipient within 10 minutes (§8.1, §12)', async () => {
    const { client, simulator } = connect();
    const identifier = { type: 'email', value: 'ada.king@example.com' } as const;
    const ids = new Set<string>();
    for (let index = 0; index < 10; index++) {
      ids.add((await client.sendVerificationCode({ identifier })).verificationRecordId);
    }
    expect(ids.size).toBe(10);
    const error = await rejection(client.sendVerificationCode({ identifier }));
    expect(error).toMatchObject({
      status: 429,
      code: 'request.message_rate_limited',
      message: 'Too many messages sent to this recipient. Please try again later.',
    });
    simulator.clock.advance(TEN_MINUTES);
    await client.sendVerificationCode({ identifier });
  });

  it('answers 501 connector.not_found without an email connector', async () => {
    const { client } = connect({ seed: { emailConnector: false } });
    const error = await rejection(
      client.sendVerificationCode({ identifier: { type: 'email', value: DEMO_EMAIL } }),
    );
    expect(error).toMatchObject({
      status: 501,
      code: 'connector.not_found',
      message: 'Cannot find any available connector for type: Email.',
    });
  });
});

describe('header record lifetime (§4.1, §4.4)', () => {
  it('stops sending a stale record; the server then denies and the client drops it', async () => {
    const { client, simulator } = connect();
    const record = await client.createPasswordVerification({ password: DEMO_PASSWORD });
    const listener = vi.fn();
    client.verification.subscribe(listener);

    // 29.999 s before expiry: stale for the client, still alive on the server.
    simulator.clock.advance(TEN_MINUTES - 29_999);
    expect(client.verification.isFresh()).toBe(false);
    const error = await rejection(client.listSessions());
    expect(error).toMatchObject({ status: 401, code: 'verification_record.permission_denied' });
    expect(client.verification.get()).toBeUndefined();
    expect(listener).toHaveBeenCalledTimes(1);

    // It was the client that withheld it: sent explicitly, the server still accepts it.
    await client.listSessions({ verificationRecordId: record.verificationRecordId });
  });

  it('ages a record on the device clock, so a slow clock does not keep sending it (skewed clocks)', async () => {
    // The client's clock runs a minute behind the server's.
    const { client, simulator } = connect({
      client: { now: () => simulator.clock.now() - 60_000 },
    });
    await client.createPasswordVerification({ password: DEMO_PASSWORD });
    simulator.clock.advance(TEN_MINUTES);
    // The expiry counts from the local send time (§4.1), not from the server's `expiresAt`.
    expect(client.verification.isFresh()).toBe(false);
    const error = await rejection(client.listSessions());
    expect(error).toMatchObject({ status: 401, code: 'verification_record.permission_denied' });
    expect(client.verification.get()).toBeUndefined();
  });

  it('keeps the stored record when an id passed in the options is denied', async () => {
    const { client, simulator } = connect();
    const old = await client.createPasswordVerification({ password: DEMO_PASSWORD });
    simulator.clock.advance(TEN_MINUTES);
    const current = await client.createPasswordVerification({ password: DEMO_PASSWORD });

    const error = await rejection(
      client.listSessions({ verificationRecordId: old.verificationRecordId }),
    );
    expect(error.code).toBe('verification_record.permission_denied');
    expect(client.verification.get()?.id).toBe(current.verificationRecordId);
  });

  it('keeps a record set while a denied call was in flight', async () => {
    const { client } = connect();
    client.verification.set({
      id: 'not-a-record',
      expiresAt: new Date(START + TEN_MINUTES),
      method: 'password',
    });
    const pending = rejection(client.listSessions());
    const replacement = {
      id: 'set-meanwhile',
      expiresAt: new Date(START + TEN_MINUTES),
      method: 'email',
    } as const;
    client.verification.set(replacement);
    expect((await pending).code).toBe('verification_record.permission_denied');
    expect(client.verification.get()).toEqual(replacement);
  });

  it('drops a record the server does not know, and notifies subscribers', async () => {
    const { client } = connect();
    client.verification.set({
      id: 'not-a-record',
      expiresAt: new Date(START + TEN_MINUTES),
      method: 'password',
    });
    const listener = vi.fn();
    client.verification.subscribe(listener);
    const error = await rejection(client.updateMfaSettings({ skipMfaOnSignIn: true }));
    expect(error.code).toBe('verification_record.permission_denied');
    expect(client.verification.get()).toBeUndefined();
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe('social verification (§4.3)', () => {
  it('creates, authorizes on the fake provider and verifies; the record is not a header record', async () => {
    const { client, simulator } = connect();
    const created = await client.createSocialVerification({
      connectorId: GITHUB_CONNECTOR_ID,
      state: 'state-123',
      redirectUri: `${PAGE_ORIGIN}/callback`,
      scope: 'read:user',
    });
    expect(created).toEqual({
      verificationRecordId: expect.any(String),
      authorizationUri: expect.stringMatching(`^${ENDPOINT}/__mock/social/authorize\\?`),
      expiresAt: new Date(START + TEN_MINUTES).toISOString(),
    });
    const redirect = new URL(simulator.social.authorize(created.authorizationUri));
    expect(redirect.origin + redirect.pathname).toBe(`${PAGE_ORIGIN}/callback`);

    const verified = await client.verifySocialVerification({
      verificationRecordId: created.verificationRecordId,
      connectorData: Object.fromEntries(redirect.searchParams),
    });
    expect(verified).toEqual({ verificationRecordId: created.verificationRecordId });
    expect(client.verification.get()).toBeUndefined();
  });

  it('names the unknown connector in a 422', async () => {
    const { client } = connect();
    const error = await rejection(
      client.createSocialVerification({
        connectorId: 'mock-apple',
        state: 's',
        redirectUri: `${PAGE_ORIGIN}/callback`,
      }),
    );
    expect(error).toMatchObject({
      status: 422,
      code: 'session.invalid_connector_id',
      message: 'Unable to find available connector with id mock-apple.',
    });
  });

  it('surfaces a cancelled authorization as a final 401 connector error (no token retry)', async () => {
    const getAccessToken = vi.fn();
    const onUnauthorized = vi.fn();
    const { client, simulator, token } = connect({ client: { getAccessToken, onUnauthorized } });
    getAccessToken.mockResolvedValue(token);
    const created = await client.createSocialVerification({
      connectorId: GOOGLE_CONNECTOR_ID,
      state: 'state-123',
      redirectUri: `${PAGE_ORIGIN}/callback`,
    });
    const redirect = new URL(
      simulator.social.authorize(created.authorizationUri, { cancel: true }),
    );
    getAccessToken.mockClear();

    const error = await rejection(
      client.verifySocialVerification({
        verificationRecordId: created.verificationRecordId,
        connectorData: Object.fromEntries(redirect.searchParams),
      }),
    );
    expect(error).toMatchObject({ status: 401, code: 'connector.authorization_failed' });
    expect(getAccessToken).toHaveBeenCalledTimes(1);
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('refuses connectorData whose state does not match', async () => {
    const { client, simulator } = connect();
    const created = await client.createSocialVerification({
      connectorId: GOOGLE_CONNECTOR_ID,
      state: 'state-123',
      redirectUri: `${PAGE_ORIGIN}/callback`,
    });
    const redirect = new URL(simulator.social.authorize(created.authorizationUri));
    const error = await rejection(
      client.verifySocialVerification({
        verificationRecordId: created.verificationRecordId,
        connectorData: { code: redirect.searchParams.get('code'), state: 'forged' },
      }),
    );
    expect(error).toMatchObject({
      status: 400,
      code: 'session.connector_validation_session_not_found',
    });
  });
});

describe('WebAuthn registration (§4.3)', () => {
  it('answers options for the endpoint host and verifies a genuine attestation', async () => {
    const { client } = connect();
    const registration = await client.createWebAuthnRegistration();
    expect(registration.expiresAt).toBe(new Date(START + TEN_MINUTES).toISOString());
    expect(registration.registrationOptions).toMatchObject({
      rp: { id: 'localhost', name: 'localhost' },
      user: { name: 'ada_lovelace', displayName: 'Ada Lovelace' },
      pubKeyCredParams: [
        { alg: -7, type: 'public-key' },
        { alg: -257, type: 'public-key' },
      ],
      timeout: 60_000,
      attestation: 'none',
      excludeCredentials: [],
      authenticatorSelection: {
        residentKey: 'required',
        requireResidentKey: true,
        userVerification: 'required',
      },
      extensions: { credProps: true },
    });
    expect(toSimpleWebAuthnOptions(registration.registrationOptions).challenge).toBe(
      registration.registrationOptions.challenge,
    );

    const payload = await attest(registration.registrationOptions, PAGE_ORIGIN);
    const verified = await client.verifyWebAuthnRegistration({
      verificationRecordId: registration.verificationRecordId,
      payload,
    });
    expect(verified).toEqual({ verificationRecordId: registration.verificationRecordId });
    expect(client.verification.get()).toBeUndefined();
  });

  it('rejects an attestation made on another origin, with the reason in data', async () => {
    const { client } = connect();
    const registration = await client.createWebAuthnRegistration();
    const payload = await attest(registration.registrationOptions, 'https://evil.example');
    const error = await rejection(
      client.verifyWebAuthnRegistration({
        verificationRecordId: registration.verificationRecordId,
        payload,
      }),
    );
    expect(error).toMatchObject({
      status: 400,
      code: 'session.mfa.webauthn_verification_failed',
      data: { message: expect.any(String) },
    });
  });

  it('accepts an origin listed in webauthnRelatedOrigins', async () => {
    const { client, simulator } = connect();
    simulator.admin.updateAccountCenter({ webauthnRelatedOrigins: ['https://app.example'] });
    const registration = await client.createWebAuthnRegistration();
    const payload = await attest(registration.registrationOptions, 'https://app.example');
    await client.verifyWebAuthnRegistration({
      verificationRecordId: registration.verificationRecordId,
      payload,
    });
  });
});
