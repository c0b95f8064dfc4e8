import { describe, expect, it } from 'vitest';
import {
  DEMO_EMAIL,
  DEMO_PASSWORD,
  EMAIL_CONNECTOR_ID,
  GITHUB_CONNECTOR_ID,
  SMS_CONNECTOR_ID,
} from '../seed.js';
import { createHarness } from '../test-utils/harness.js';
import { createRegistrationResponse } from '../test-utils/webauthn-fixture.js';

describe('POST /api/verifications/password (§4.3)', () => {
  it('creates a 10-minute record bound to the user', async () => {
    const harness = createHarness();
    harness.simulator.clock.set(Date.parse('2026-01-01T00:00:00.000Z'));
    const result = await harness.call('POST', '/api/verifications/password', {
      body: { password: DEMO_PASSWORD },
    });
    expect(result.status).toBe(201);
    expect(result.body).toEqual({
      verificationRecordId: expect.stringMatching(/^[a-z0-9]{21}$/),
      expiresAt: '2026-01-01T00:10:00.000Z',
    });
  });

  it('answers 401 user.suspended for a suspended user', async () => {
    const harness = createHarness({
      seed: {
        users: [
          { id: 'suspended01', username: 's', password: 'Some-Password-12', isSuspended: true },
        ],
      },
    });
    const result = await harness.call('POST', '/api/verifications/password', {
      body: { password: 'Some-Password-12' },
    });
    expect(result.status).toBe(401);
    expect(result.body.code).toBe('user.suspended');
  });

  it('locks the user out after maxAttempts failures, even for the right password (§8.2)', async () => {
    const harness = createHarness({
      seed: { signInExperience: { sentinelPolicy: { maxAttempts: 3, lockoutDuration: 60 } } },
    });
    for (let attempt = 0; attempt < 3; attempt++) {
      expect(
        (await harness.call('POST', '/api/verifications/password', { body: { password: 'wrong' } }))
          .body.code,
      ).toBe('session.invalid_credentials');
    }
    const blocked = await harness.call('POST', '/api/verifications/password', {
      body: { password: DEMO_PASSWORD },
    });
    expect(blocked.status).toBe(400);
    expect(blocked.body.code).toBe('session.verification_blocked_too_many_attempts');
    harness.simulator.clock.advance(60 * 60 * 1000 + 1);
    expect(
      (
        await harness.call('POST', '/api/verifications/password', {
          body: { password: DEMO_PASSWORD },
        })
      ).status,
    ).toBe(201);
  });

  it('is blocked while the account center is disabled (§10.1)', async () => {
    const harness = createHarness();
    harness.simulator.admin.updateAccountCenter({ enabled: false });
    const result = await harness.call('POST', '/api/verifications/password', {
      body: { password: DEMO_PASSWORD },
    });
    expect(result.status).toBe(400);
    expect(result.body.code).toBe('account_center.not_enabled');
  });

  it('rejects third-party tokens', async () => {
    const harness = createHarness();
    const result = await harness.call('POST', '/api/verifications/password', {
      token: harness.mint({ thirdParty: true }),
      body: { password: DEMO_PASSWORD },
    });
    expect(result.status).toBe(403);
  });
});

describe('verification codes (§4.3, §8.1)', () => {
  const send = (
    harness: ReturnType<typeof createHarness>,
    value: string,
    type: 'email' | 'phone' = 'email',
  ) =>
    harness.call('POST', '/api/verifications/verification-code', {
      body: { identifier: { type, value } },
    });

  it('records the code in the inbox and binds a code to the current email to the user', async () => {
    const harness = createHarness();
    const result = await send(harness, DEMO_EMAIL);
    expect(result.status).toBe(201);
    const message = harness.simulator.inbox.latest(DEMO_EMAIL)!;
    expect(message).toMatchObject({
      channel: 'email',
      templateType: 'UserPermissionValidation',
      verificationRecordId: result.body.verificationRecordId,
    });
    expect(message.code).toMatch(/^\d{6}$/);
  });

  it('answers 501 connector.not_found without an Email or SMS connector', async () => {
    const harness = createHarness({ seed: { emailConnector: false, smsConnector: false } });
    const email = await send(harness, 'x@example.com');
    expect(email.status).toBe(501);
    expect(email.body.message).toBe('Cannot find any available connector for type: Email.');
    const sms = await send(harness, '15555550123', 'phone');
    expect(sms.body.message).toBe('Cannot find any available connector for type: Sms.');
    harness.simulator.admin.addMessageConnector('Email');
    expect((await send(harness, 'x@example.com')).status).toBe(201);
    harness.simulator.admin.removeConnector(EMAIL_CONNECTOR_ID);
    harness.simulator.admin.removeConnector(SMS_CONNECTOR_ID);
  });

  it('answers 429 on the 11th code to one recipient within 10 minutes (§12)', async () => {
    const harness = createHarness();
    for (let index = 0; index < 10; index++)
      expect((await send(harness, index % 2 ? 'Cap@example.com' : 'cap@example.com')).status).toBe(
        201,
      );
    const limited = await send(harness, 'cap@example.com');
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('request.message_rate_limited');
    harness.simulator.clock.advance(10 * 60 * 1000 + 1);
    expect((await send(harness, 'cap@example.com')).status).toBe(201);
  });

  it('rejects "+" in a phone identifier as a guard error', async () => {
    const harness = createHarness();
    const result = await send(harness, '+15555550123', 'phone');
    expect(result.status).toBe(400);
    expect(result.body.data.issues[0].path).toEqual(['identifier', 'value']);
  });

  it('reports the code errors in Logto’s order', async () => {
    const harness = createHarness({
      seed: {
        signInExperience: {
          verificationCodePolicy: { expirationDuration: 60, maxRetryAttempts: 2 },
        },
      },
    });
    const verify = (
      verificationId: string,
      code: string,
      value = 'new@example.com',
      type: 'email' | 'phone' = 'email',
    ) =>
      harness.call('POST', '/api/verifications/verification-code/verify', {
        body: { identifier: { type, value }, verificationId, code },
      });
    const { verificationRecordId: id } = (await send(harness, 'new@example.com')).body;
    const code = harness.simulator.inbox.latestCode('new@example.com')!;
    expect((await verify('unknown', code)).body.code).toBe('verification_record.not_found');
    expect((await verify(id, code, '15555550123', 'phone')).body.code).toBe(
      'verification_record.not_found',
    );
    expect((await verify(id, code, 'other@example.com')).body.code).toBe(
      'verification_code.email_mismatch',
    );
    expect((await verify(id, '000000' === code ? '111111' : '000000')).body.code).toBe(
      'verification_code.code_mismatch',
    );
    expect((await verify(id, '000000' === code ? '111111' : '000000')).body.code).toBe(
      'verification_code.code_mismatch',
    );
    expect((await verify(id, code)).body.code).toBe('verification_code.exceed_max_try');

    const second = (await send(harness, 'new@example.com')).body.verificationRecordId;
    const secondCode = harness.simulator.inbox.latestCode()!;
    const ok = await verify(second, secondCode);
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ verificationRecordId: second });
    expect((await verify(second, secondCode)).body.code).toBe('verification_code.not_found');

    const third = (await send(harness, 'new@example.com')).body.verificationRecordId;
    harness.simulator.clock.advance(61_000);
    expect((await verify(third, harness.simulator.inbox.latestCode()!)).body.code).toBe(
      'verification_code.expired',
    );
  });

  it('does not extend a record when it is verified (§4.1)', async () => {
    const harness = createHarness();
    const { verificationRecordId: id } = (await send(harness, DEMO_EMAIL)).body;
    harness.simulator.clock.advance(9 * 60 * 1000);
    await harness.call('POST', '/api/verifications/verification-code/verify', {
      body: {
        identifier: { type: 'email', value: DEMO_EMAIL },
        verificationId: id,
        code: harness.simulator.inbox.latestCode()!,
      },
    });
    expect(
      (await harness.call('GET', '/api/my-account/sessions', { verificationId: id })).status,
    ).toBe(200);
    harness.simulator.clock.advance(60 * 1000);
    expect(
      (await harness.call('GET', '/api/my-account/sessions', { verificationId: id })).status,
    ).toBe(401);
  });
});

describe('social verification (§4.3)', () => {
  it('answers the connector errors', async () => {
    const harness = createHarness();
    const unknown = await harness.call('POST', '/api/verifications/social', {
      body: { connectorId: 'nope', state: 's', redirectUri: 'http://localhost/cb' },
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.message).toBe('Unable to find available connector with id nope.');
    const notSocial = await harness.call('POST', '/api/verifications/social', {
      body: { connectorId: EMAIL_CONNECTOR_ID, state: 's', redirectUri: 'http://localhost/cb' },
    });
    expect(notSocial.body.code).toBe('connector.unexpected_type');
    const noState = await harness.call('POST', '/api/verifications/social', {
      body: { connectorId: GITHUB_CONNECTOR_ID, state: '', redirectUri: 'http://localhost/cb' },
    });
    expect(noState.body.code).toBe('session.insufficient_info');
  });

  it('points at the fake provider on the request origin and round-trips code and state', async () => {
    const harness = createHarness();
    const created = await harness.call('POST', '/api/verifications/social', {
      token: harness.mint({ scopes: ['openid'] }),
      body: {
        connectorId: GITHUB_CONNECTOR_ID,
        state: 'xyz',
        redirectUri: 'http://localhost:3000/callback?from=test',
      },
    });
    expect(created.status).toBe(201);
    expect(Object.keys(created.body).sort()).toEqual([
      'authorizationUri',
      'expiresAt',
      'verificationRecordId',
    ]);
    const uri = new URL(created.body.authorizationUri);
    expect(`${uri.origin}${uri.pathname}`).toBe('http://localhost:3001/__mock/social/authorize');
    const redirect = new URL(
      harness.simulator.social.authorize(created.body.authorizationUri, { user: 'github-grace' }),
    );
    expect(redirect.searchParams.get('state')).toBe('xyz');
    expect(redirect.searchParams.get('from')).toBe('test');
    const verified = await harness.call('POST', '/api/verifications/social/verify', {
      body: {
        verificationRecordId: created.body.verificationRecordId,
        connectorData: Object.fromEntries(redirect.searchParams),
      },
    });
    expect(verified.body).toEqual({ verificationRecordId: created.body.verificationRecordId });
  });

  it('answers provider errors: cancel, bad code, state mismatch, unknown record', async () => {
    const harness = createHarness();
    const created = (
      await harness.call('POST', '/api/verifications/social', {
        body: {
          connectorId: GITHUB_CONNECTOR_ID,
          state: 'xyz',
          redirectUri: 'http://localhost/cb',
        },
      })
    ).body;
    const cancelled = new URL(
      harness.simulator.social.authorize(created.authorizationUri, { cancel: true }),
    );
    expect(Object.fromEntries(cancelled.searchParams)).toEqual({
      error: 'access_denied',
      state: 'xyz',
    });
    const verify = (connectorData: object, verificationRecordId = created.verificationRecordId) =>
      harness.call('POST', '/api/verifications/social/verify', {
        body: { verificationRecordId, connectorData },
      });
    expect((await verify(Object.fromEntries(cancelled.searchParams))).body.code).toBe(
      'connector.authorization_failed',
    );
    expect((await verify({ code: 'bogus', state: 'xyz' })).body.code).toBe(
      'connector.social_auth_code_invalid',
    );
    expect((await verify({ code: 'bogus', state: 'other' })).body.code).toBe(
      'session.connector_validation_session_not_found',
    );
    expect((await verify({ code: 'x' }, 'nope')).body.code).toBe('verification_record.not_found');
    expect(
      (
        await harness.call('POST', '/api/verifications/social/verify', {
          body: { verificationRecordId: 'x', connectorData: 'code=1' },
        })
      ).body.code,
    ).toBe('guard.invalid_input');
  });

  it('uses a configured socialProviderUrl', async () => {
    const harness = createHarness({ socialProviderUrl: 'http://localhost:5173/mock-provider' });
    const created = await harness.call('POST', '/api/verifications/social', {
      body: {
        connectorId: GITHUB_CONNECTOR_ID,
        state: 's',
        redirectUri: 'http://localhost:5173/cb',
        scope: 'read:user',
      },
    });
    const uri = new URL(created.body.authorizationUri);
    expect(`${uri.origin}${uri.pathname}`).toBe('http://localhost:5173/mock-provider');
    expect(uri.searchParams.get('scope')).toBe('read:user');
  });
});

describe('WebAuthn registration (§4.3, §12)', () => {
  it('answers 200 with options whose rp.id is the API host name', async () => {
    const harness = createHarness();
    const result = await harness.call('POST', '/api/verifications/web-authn/registration');
    expect(result.status).toBe(200);
    const options = result.body.registrationOptions;
    expect(options).toMatchObject({
      rp: { id: 'localhost', name: 'localhost' },
      user: { name: 'ada_lovelace', displayName: 'Ada Lovelace' },
      pubKeyCredParams: [
        { alg: -7, type: 'public-key' },
        { alg: -257, type: 'public-key' },
      ],
      timeout: 60000,
      attestation: 'none',
      excludeCredentials: [],
      authenticatorSelection: {
        residentKey: 'required',
        requireResidentKey: true,
        userVerification: 'required',
      },
      extensions: { credProps: true },
    });
    expect(atob(options.user.id.replace(/-/g, '+').replace(/_/g, '/'))).toBe('demouser0001');
  });

  it('fails the verify with an unrelated Origin, and passes with a related origin', async () => {
    const harness = createHarness();
    const created = (await harness.call('POST', '/api/verifications/web-authn/registration')).body;
    const payload = await createRegistrationResponse(
      created.registrationOptions,
      'http://localhost:3000',
    );
    const unrelated = await harness.call(
      'POST',
      '/api/verifications/web-authn/registration/verify',
      {
        headers: { origin: 'https://evil.example' },
        body: { verificationRecordId: created.verificationRecordId, payload },
      },
    );
    expect(unrelated.status).toBe(400);
    expect(unrelated.body.code).toBe('session.mfa.webauthn_verification_failed');
    expect(unrelated.body.data.message).toContain('http://localhost:3000');
    const missing = await harness.call('POST', '/api/verifications/web-authn/registration/verify', {
      body: { verificationRecordId: created.verificationRecordId, payload },
    });
    expect(missing.body.code).toBe('session.mfa.webauthn_verification_failed');
    harness.simulator.admin.updateAccountCenter({
      webauthnRelatedOrigins: ['http://localhost:3000'],
    });
    const related = await harness.call('POST', '/api/verifications/web-authn/registration/verify', {
      body: { verificationRecordId: created.verificationRecordId, payload },
    });
    expect(related.status).toBe(200);
  });

  it('rejects a tampered challenge and an unknown record', async () => {
    const harness = createHarness();
    const created = (await harness.call('POST', '/api/verifications/web-authn/registration')).body;
    const payload = await createRegistrationResponse(
      { ...created.registrationOptions, challenge: 'AAAA' },
      'http://localhost:3000',
    );
    const tampered = await harness.call(
      'POST',
      '/api/verifications/web-authn/registration/verify',
      {
        headers: { origin: 'http://localhost:3000' },
        body: { verificationRecordId: created.verificationRecordId, payload },
      },
    );
    expect(tampered.body.code).toBe('session.mfa.webauthn_verification_failed');
    const unknown = await harness.call('POST', '/api/verifications/web-authn/registration/verify', {
      body: { verificationRecordId: 'nope', payload },
    });
    expect(unknown.body.code).toBe('verification_record.not_found');
  });

  it('lists bound credentials in excludeCredentials', async () => {
    const harness = createHarness();
    const record = await harness.verifiedWebAuthnRecord();
    await harness.call('POST', '/api/my-account/mfa-verifications', {
      verificationId: await harness.passwordRecord(),
      body: { type: 'WebAuthn', newIdentifierVerificationRecordId: record },
    });
    const next = await harness.call('POST', '/api/verifications/web-authn/registration');
    expect(next.body.registrationOptions.excludeCredentials).toEqual([
      { id: expect.any(String), type: 'public-key', transports: ['internal'] },
    ]);
  });
});
