import { describe, expect, it } from 'vitest';
import { createSimulatorFetch } from './fetch.js';
import { createAccountApiSimulator } from './simulator.js';
import { DEMO_EMAIL, DEMO_USER_ID, allFields, mfaUserSeed, socialOnlyUserSeed } from './seed.js';
import { createHarness, ENDPOINT } from './test-utils/harness.js';

describe('global checks (§1.2)', () => {
  it('answers each failure in order', async () => {
    const harness = createHarness();
    const get = (headers: Record<string, string>) =>
      harness.call('GET', '/api/my-account', { token: null, headers });
    expect((await get({})).body).toEqual({
      code: 'auth.authorization_header_missing',
      message: 'Authorization header is missing.',
    });
    expect((await get({ authorization: `Basic ${harness.token}` })).body).toEqual({
      code: 'auth.authorization_token_type_not_supported',
      message: 'Authorization type is not supported.',
      data: { supportedTypes: ['Bearer'] },
    });
    expect((await get({ authorization: 'bearer x' })).body.code).toBe(
      'auth.authorization_token_type_not_supported',
    );
    expect((await get({ authorization: 'Bearer eyJhbGciOi.eyJzdWIi.sig' })).status).toBe(401);
    const clientCredentials = harness.mint({ userId: null });
    expect((await get({ authorization: `Bearer ${clientCredentials}` })).body.code).toBe(
      'auth.unauthorized',
    );
    const noOpenid = harness.mint({ scopes: ['profile'] });
    expect((await get({ authorization: `Bearer ${noOpenid}` })).status).toBe(403);
  });

  it('rejects expired and revoked tokens', async () => {
    const harness = createHarness();
    const shortLived = harness.mint({ expiresInSeconds: 60 });
    harness.simulator.clock.advance(61_000);
    expect((await harness.call('GET', '/api/my-account', { token: shortLived })).status).toBe(401);
    harness.simulator.revokeToken(harness.token);
    expect((await harness.call('GET', '/api/my-account')).body.code).toBe('auth.unauthorized');
  });

  it('answers account_center.not_enabled after the token checks, for the Verification API too', async () => {
    const harness = createHarness({ seed: { preset: 'logto-default' } });
    expect((await harness.call('GET', '/api/my-account')).body.code).toBe(
      'account_center.not_enabled',
    );
    expect(
      (await harness.call('POST', '/api/verifications/web-authn/registration')).body.code,
    ).toBe('account_center.not_enabled');
    expect((await harness.call('GET', '/api/my-account', { token: 'nope' })).status).toBe(401);
    expect(harness.simulator.admin.getAccountCenter()).toMatchObject({
      enabled: false,
      fields: {},
    });
  });

  it('answers 404 for unknown paths, 405 for a wrong method, and malformed JSON without a code', async () => {
    const harness = createHarness();
    expect((await harness.call('GET', '/api/my-account/unknown')).status).toBe(404);
    expect((await harness.call('DELETE', '/api/my-account')).status).toBe(405);
    const malformed = await harness.simulator.handle(
      new Request(`${ENDPOINT}/api/my-account`, {
        method: 'PATCH',
        headers: { authorization: `Bearer ${harness.token}`, 'content-type': 'application/json' },
        body: '{"name":',
      }),
    );
    expect(malformed.status).toBe(400);
    const body = await malformed.json();
    expect(body).toEqual({ message: expect.any(String) });
  });

  it('ignores a body that is not JSON, like koa-body (guard error)', async () => {
    const harness = createHarness();
    const response = await harness.simulator.handle(
      new Request(`${ENDPOINT}/api/verifications/password`, {
        method: 'POST',
        headers: { authorization: `Bearer ${harness.token}` },
        body: JSON.stringify({ password: 'x' }),
      }),
    );
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.details).toBe(
      'Error in key path "password": (invalid_type) Expected string but received undefined.',
    );
    expect(body.message).toBe('The request body is invalid.');
  });
});

describe('CORS (§1.4, §12)', () => {
  it('reflects any origin on the Account API, errors included, and answers preflights', async () => {
    const harness = createHarness();
    const error = await harness.call('GET', '/api/my-account', {
      token: null,
      headers: { origin: 'https://app.example' },
    });
    expect(error.headers.get('access-control-allow-origin')).toBe('https://app.example');
    expect(error.headers.get('access-control-expose-headers')).toBe('*');
    expect(error.headers.get('vary')).toContain('Origin');
    const preflight = await harness.simulator.handle(
      new Request(`${ENDPOINT}/api/my-account/password`, {
        method: 'OPTIONS',
        headers: {
          origin: 'https://app.example',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type, logto-verification-id',
        },
      }),
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toBe(
      'authorization, content-type, logto-verification-id',
    );
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PATCH');
  });

  it('sends no CORS headers on /api/.well-known/* in production mode, and reflects in development mode', async () => {
    const production = createHarness();
    const settings = await production.call('GET', '/api/.well-known/account-center', {
      token: null,
      headers: { origin: 'https://app.example' },
    });
    expect(settings.status).toBe(200);
    expect(settings.headers.get('access-control-allow-origin')).toBeNull();
    const development = createHarness({ wellKnownCors: 'development' });
    const reflected = await development.call('GET', '/api/.well-known/sign-in-exp', {
      token: null,
      headers: { origin: 'https://app.example' },
    });
    expect(reflected.headers.get('access-control-allow-origin')).toBe('https://app.example');
  });
});

describe('well-known documents (§2)', () => {
  it('serves account-center, sign-in-exp and webauthn origins anonymously', async () => {
    const harness = createHarness();
    harness.simulator.admin.updateAccountCenter({
      webauthnRelatedOrigins: ['https://a.example', 'https://a.example'],
      deleteAccountUrl: '',
    });
    const accountCenter = await harness.call('GET', '/api/.well-known/account-center', {
      token: null,
    });
    expect(accountCenter.body).toMatchObject({
      tenantId: 'default',
      id: 'default',
      enabled: true,
      fields: allFields('Edit'),
      webauthnRelatedOrigins: ['https://a.example'],
      deleteAccountUrl: null,
    });
    const signInExperience = await harness.call('GET', '/api/.well-known/sign-in-exp', {
      token: null,
    });
    expect(signInExperience.body.mfa.factors).toEqual(['Totp', 'WebAuthn', 'BackupCode']);
    expect(signInExperience.body.passwordPolicy.length).toEqual({ min: 8, max: 256 });
    expect(
      signInExperience.body.socialConnectors.map(
        (connector: { target: string }) => connector.target,
      ),
    ).toEqual(['google', 'github']);
    const origins = await harness.call('GET', '/.well-known/webauthn', { token: null });
    expect(origins.body).toEqual({ origins: ['https://a.example'] });
  });
});

describe('admin controls', () => {
  it('replaces fields wholesale (§3.1, §12) and strips trustedDevice without dev features', async () => {
    const harness = createHarness();
    const settings = harness.simulator.admin.updateAccountCenter({
      fields: { name: 'Edit', trustedDevice: 'Edit' },
    });
    expect(settings.fields).toEqual({ name: 'Edit' });
    const account = await harness.call('GET', '/api/my-account');
    expect(Object.keys(account.body)).not.toContain('primaryEmail');
    harness.simulator.admin.updateAccountCenter({ enabled: true });
    expect(harness.simulator.admin.getAccountCenter().fields).toEqual({ name: 'Edit' });
    expect(() =>
      harness.simulator.admin.updateAccountCenter({ deleteAccountUrl: 'ftp://x' }),
    ).toThrow();
  });

  it('creates, updates and deletes users', async () => {
    const harness = createHarness();
    const created = harness.simulator.admin.createUser({
      username: 'new_user',
      password: 'Some-Password-12',
    });
    const token = harness.mint({ userId: created.id });
    expect((await harness.call('GET', '/api/my-account', { token })).body.username).toBe(
      'new_user',
    );
    harness.simulator.admin.updateUser(created.id, { name: 'Renamed' });
    expect((await harness.call('GET', '/api/my-account', { token })).body.name).toBe('Renamed');
    harness.simulator.admin.deleteUser(created.id);
    expect((await harness.call('GET', '/api/my-account', { token })).status).toBe(401);
  });

  it('seeds a social-only user and an MFA user', async () => {
    const harness = createHarness({ seed: { users: [socialOnlyUserSeed(), mfaUserSeed()] } });
    expect((await harness.call('GET', '/api/my-account')).body.identities).toHaveProperty('google');
    const mfaToken = harness.mint({ userId: 'mfauser00001' });
    const list = await harness.call('GET', '/api/my-account/mfa-verifications', {
      token: mfaToken,
    });
    expect(list.body.map((entry: { type: string }) => entry.type)).toEqual(['Totp', 'BackupCode']);
  });

  it('resets the tenant, tokens and faults', async () => {
    const harness = createHarness();
    await harness.call('PATCH', '/api/my-account', { body: { name: 'Changed' } });
    harness.simulator.faults.inject({ route: '*', status: 500 });
    harness.simulator.reset();
    expect((await harness.call('GET', '/api/my-account')).status).toBe(401);
    const token = harness.mint();
    expect((await harness.call('GET', '/api/my-account', { token })).body.name).toBe(
      'Ada Lovelace',
    );
  });
});

describe('faults', () => {
  it('forces a status and code once', async () => {
    const harness = createHarness();
    harness.simulator.faults.inject({
      route: 'PATCH /api/my-account',
      status: 422,
      code: 'user.username_already_in_use',
      once: true,
    });
    const first = await harness.call('PATCH', '/api/my-account', { body: { name: 'x' } });
    expect(first.body).toEqual({
      code: 'user.username_already_in_use',
      message: 'This username is already in use.',
    });
    expect((await harness.call('PATCH', '/api/my-account', { body: { name: 'x' } })).status).toBe(
      200,
    );
  });

  it('keeps a fault until cleared and supports a plain 500', async () => {
    const harness = createHarness();
    const remove = harness.simulator.faults.inject({
      route: '/api/my-account/mfa-verifications/:id',
      status: 500,
    });
    expect((await harness.call('DELETE', '/api/my-account/mfa-verifications/x')).body).toEqual({
      message: 'Internal server error.',
    });
    expect((await harness.call('DELETE', '/api/my-account/mfa-verifications/x')).status).toBe(500);
    remove();
    expect((await harness.call('DELETE', '/api/my-account/mfa-verifications/x')).status).toBe(401);
  });

  it('simulates a network error and a malformed body', async () => {
    const harness = createHarness();
    const fetch = createSimulatorFetch(harness.simulator);
    harness.simulator.faults.inject({
      route: /^GET \/api\/my-account$/,
      networkError: true,
      once: true,
    });
    await expect(
      fetch(`${ENDPOINT}/api/my-account`, {
        headers: { authorization: `Bearer ${harness.token}` },
      }),
    ).rejects.toThrow(TypeError);
    harness.simulator.faults.inject({
      route: 'GET /api/my-account',
      malformedBody: true,
      once: true,
    });
    const response = await fetch(`${ENDPOINT}/api/my-account`, {
      headers: { authorization: `Bearer ${harness.token}` },
    });
    await expect(response.json()).rejects.toThrow();
  });

  it('adds latency', async () => {
    const harness = createHarness();
    harness.simulator.faults.inject({ route: 'GET /api/my-account', latencyMs: 40, once: true });
    const started = performance.now();
    expect((await harness.call('GET', '/api/my-account')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(35);
  });
});

describe('persistence', () => {
  it('keeps the tenant and tokens across simulators sharing a storage', async () => {
    const map = new Map<string, string>();
    const storage = {
      getItem: (key: string) => map.get(key) ?? null,
      setItem: (key: string, value: string) => void map.set(key, value),
      removeItem: (key: string) => void map.delete(key),
    };
    const first = createAccountApiSimulator({ persist: { storage, key: 'tenant' } });
    const token = first.mintToken();
    const fetchFirst = createSimulatorFetch(first);
    await fetchFirst(`${ENDPOINT}/api/my-account`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Persisted' }),
    });
    expect(map.has('tenant')).toBe(true);

    const second = createAccountApiSimulator({ persist: { storage, key: 'tenant' } });
    const response = await createSimulatorFetch(second)(`${ENDPOINT}/api/my-account`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect((await response.json()).name).toBe('Persisted');
    second.reset();
    expect(JSON.parse(map.get('tenant')!).users[0].name).toBe('Ada Lovelace');
  });

  it('reload() picks up what another simulator on the same storage wrote (another tab)', async () => {
    const map = new Map<string, string>();
    const storage = {
      getItem: (key: string) => map.get(key) ?? null,
      setItem: (key: string, value: string) => void map.set(key, value),
      removeItem: (key: string) => void map.delete(key),
    };
    const first = createAccountApiSimulator({ persist: { storage, key: 'tenant' } });
    const token = first.mintToken();
    const second = createAccountApiSimulator({ persist: { storage, key: 'tenant' } });
    expect(second.reload()).toBe(false);
    const name = async (simulator: typeof first) => {
      const response = await createSimulatorFetch(simulator)(`${ENDPOINT}/api/my-account`, {
        headers: { authorization: `Bearer ${token}` },
      });
      return ((await response.json()) as { name: string }).name;
    };
    await createSimulatorFetch(first)(`${ENDPOINT}/api/my-account`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'From the first tab' }),
    });

    expect(second.reload()).toBe(true);
    expect(await name(second)).toBe('From the first tab');
    // Its own write is not "another tab's".
    expect(second.reload()).toBe(false);
  });

  it('is off by default', () => {
    const simulator = createAccountApiSimulator();
    expect(simulator.getState().version).toBe(1);
  });
});

describe('inbox', () => {
  it('finds the latest code per recipient and notifies subscribers', async () => {
    const harness = createHarness();
    const seen: string[] = [];
    const unsubscribe = harness.simulator.inbox.subscribe((message) =>
      seen.push(message.recipient),
    );
    await harness.call('POST', '/api/verifications/verification-code', {
      body: { identifier: { type: 'email', value: DEMO_EMAIL } },
    });
    await harness.call('POST', '/api/verifications/verification-code', {
      body: { identifier: { type: 'phone', value: '15555550123' } },
    });
    unsubscribe();
    expect(seen).toEqual([DEMO_EMAIL, '15555550123']);
    expect(harness.simulator.inbox.latest('ADA@example.com')?.channel).toBe('email');
    expect(harness.simulator.inbox.latest()?.channel).toBe('sms');
    expect(harness.simulator.inbox.to('15555550123')).toHaveLength(1);
    harness.simulator.inbox.clear();
    expect(harness.simulator.inbox.all()).toEqual([]);
  });
});

describe('fake social provider page', () => {
  it('serves an accessible page and redirects back with code and state, or access_denied', async () => {
    const harness = createHarness();
    const created = await harness.call('POST', '/api/verifications/social', {
      body: { connectorId: 'mock-google', state: 'st', redirectUri: 'http://localhost:3000/cb' },
    });
    const page = await harness.simulator.handle(new Request(created.body.authorizationUri));
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Continue as Ada Lovelace');
    expect(html).toContain('Continue as Alan Turing');
    expect(html).toContain('>Cancel</button>');

    const continueUrl = new URL('/__mock/social/authorize/continue', ENDPOINT);
    new URL(created.body.authorizationUri).searchParams.forEach((value, key) =>
      continueUrl.searchParams.set(key, value),
    );
    continueUrl.searchParams.set('user', 'google-alan-1912');
    const redirect = await harness.simulator.handle(new Request(continueUrl));
    expect(redirect.status).toBe(302);
    const location = new URL(redirect.headers.get('location')!);
    expect(location.origin + location.pathname).toBe('http://localhost:3000/cb');
    expect(location.searchParams.get('state')).toBe('st');
    const verified = await harness.call('POST', '/api/verifications/social/verify', {
      body: {
        verificationRecordId: created.body.verificationRecordId,
        connectorData: Object.fromEntries(location.searchParams),
      },
    });
    expect(verified.status).toBe(200);

    continueUrl.searchParams.delete('user');
    continueUrl.searchParams.set('cancel', '1');
    const cancelled = new URL(
      (await harness.simulator.handle(new Request(continueUrl))).headers.get('location')!,
    );
    expect(cancelled.search).toBe('?error=access_denied&state=st');
  });

  it('adds a new provider user given as an object', async () => {
    const harness = createHarness();
    const created = await harness.call('POST', '/api/verifications/social', {
      body: { connectorId: 'mock-github', state: 'st', redirectUri: 'http://localhost:3000/cb' },
    });
    const redirect = new URL(
      harness.simulator.social.authorize(created.body.authorizationUri, {
        user: { id: 'github-new', name: 'New Person' },
      }),
    );
    await harness.call('POST', '/api/verifications/social/verify', {
      body: {
        verificationRecordId: created.body.verificationRecordId,
        connectorData: Object.fromEntries(redirect.searchParams),
      },
    });
    const linked = await harness.call('POST', '/api/my-account/identities', {
      verificationId: await harness.passwordRecord(),
      body: { newIdentifierVerificationRecordId: created.body.verificationRecordId },
    });
    expect(linked.status).toBe(204);
    expect(harness.simulator.admin.getUser(DEMO_USER_ID)?.identities.github?.userId).toBe(
      'github-new',
    );
  });
});

describe('drop-in fetch', () => {
  it('passes the configured page origin to the WebAuthn origin check', async () => {
    const harness = createHarness();
    const fetch = createSimulatorFetch(harness.simulator, { origin: 'http://localhost:3000' });
    const headers = {
      authorization: `Bearer ${harness.token}`,
      'content-type': 'application/json',
    };
    const created = await (
      await fetch(`${ENDPOINT}/api/verifications/web-authn/registration`, {
        method: 'POST',
        headers,
      })
    ).json();
    const { createRegistrationResponse } = await import('./test-utils/webauthn-fixture.js');
    const payload = await createRegistrationResponse(
      created.registrationOptions,
      'http://localhost:3000',
    );
    const verified = await fetch(`${ENDPOINT}/api/verifications/web-authn/registration/verify`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ verificationRecordId: created.verificationRecordId, payload }),
    });
    expect(verified.status).toBe(200);
  });
});

describe('social.describe', () => {
  it('reads the connector and accounts behind an authorization URI', async () => {
    const harness = createHarness();
    const created = await harness.call('POST', '/api/verifications/social', {
      body: { connectorId: 'mock-github', state: 'st', redirectUri: 'http://localhost:3000/cb' },
    });
    const described = harness.simulator.social.describe(created.body.authorizationUri);
    expect(described).toMatchObject({
      connector: { id: 'mock-github', name: 'GitHub', target: 'github' },
      state: 'st',
      redirectUri: 'http://localhost:3000/cb',
    });
    expect(described?.users.map((user) => user.id)).toEqual(['github-ada', 'github-grace']);
    expect(harness.simulator.social.describe('http://localhost/x')).toBeUndefined();
  });
});
