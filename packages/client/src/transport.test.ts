/**
 * Cross-cutting transport behaviour over real HTTP: tokens and retry, timeouts, aborts, network
 * failures, odd bodies (§1.3, §1.5), 304 handling (§1.4), locale, and the verification header.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAccountClient } from './client.js';
import { AccountApiError, isAccountApiError } from './errors.js';
import { fetchAccountCenterSettings } from './index.js';
import {
  getAccount,
  getAccountCenterSettings,
  getBackupCodes,
  listSessions,
  updatePassword,
} from './operations/index.js';
import { createAccountTransport } from './transport.js';
import { recordedAccount, signInExperience } from './test-utils/fixtures.js';
import { startScriptedServer } from './test-utils/http-server.js';
import type { ScriptedServer } from './test-utils/http-server.js';

let server: ScriptedServer;
beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(() => server.close());
afterEach(() => {
  server.reset();
  vi.unstubAllGlobals();
});

const token = async () => 'token';

async function rejection(promise: Promise<unknown>): Promise<AccountApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(AccountApiError);
  return error as AccountApiError;
}

describe('timeouts, aborts and network failures', () => {
  it('rejects with timeout when the answer is slower than timeoutMs', async () => {
    server.reply({ status: 200, body: recordedAccount, delayMs: 300 });
    const client = createAccountClient({
      endpoint: server.endpoint,
      getAccessToken: token,
      timeoutMs: 50,
    });
    const error = await rejection(client.getAccount());
    expect(error).toMatchObject({ status: 0, code: 'timeout' });
  });

  it('times out a getAccessToken that never settles', async () => {
    const client = createAccountClient({
      endpoint: server.endpoint,
      getAccessToken: () => new Promise<string>(() => {}),
      timeoutMs: 30,
    });
    await expect(client.getAccount()).rejects.toMatchObject({ code: 'timeout' });
    expect(server.requests).toHaveLength(0);
  });

  it("times out even when the app's fetch ignores the abort signal", async () => {
    server.reply({ status: 200, body: recordedAccount, delayMs: 300 });
    // A fetch wrapper that drops `signal`, as some instrumentation wrappers do.
    const signalDroppingFetch: typeof fetch = (input, init) =>
      fetch(input, { ...init, signal: undefined });
    const client = createAccountClient({
      endpoint: server.endpoint,
      getAccessToken: token,
      fetch: signalDroppingFetch,
      timeoutMs: 50,
    });
    const error = await rejection(client.getAccount());
    expect(error).toMatchObject({ status: 0, code: 'timeout' });
  });

  it('rejects with aborted and sends nothing when the signal is already aborted', async () => {
    const client = createAccountClient({ endpoint: server.endpoint, getAccessToken: token });
    const controller = new AbortController();
    controller.abort(new Error('left the page'));
    const error = await rejection(client.getAccount({ signal: controller.signal }));
    expect(error).toMatchObject({ status: 0, code: 'aborted' });
    expect(error.cause).toEqual(new Error('left the page'));
    expect(server.requests).toHaveLength(0);
  });

  it('rejects with aborted when the signal fires mid-flight', async () => {
    server.reply({ status: 200, body: recordedAccount, delayMs: 300 });
    const client = createAccountClient({ endpoint: server.endpoint, getAccessToken: token });
    const controller = new AbortController();
    const pending = client.getAccount({ signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toMatchObject({ status: 0, code: 'aborted' });
  });

  it('rejects with network when the connection drops', async () => {
    // Node's fetch (undici) retries a GET once by itself when a reused keep-alive socket is
    // reset, so the connection drops for that retry too.
    server.reply({ status: 200, destroy: true }, { status: 200, destroy: true });
    const client = createAccountClient({ endpoint: server.endpoint, getAccessToken: token });
    const error = await rejection(client.getAccount());
    expect(error).toMatchObject({ status: 0, code: 'network' });
    expect(error.cause).toBeInstanceOf(Error);
  });

  it('rejects with network when nothing listens', async () => {
    const closed = await startScriptedServer();
    await closed.close();
    const client = createAccountClient({ endpoint: closed.endpoint, getAccessToken: token });
    await expect(client.getAccount()).rejects.toMatchObject({ status: 0, code: 'network' });
  });
});

describe('odd bodies (§1.3, §1.5)', () => {
  const client = () => createAccountClient({ endpoint: server.endpoint, getAccessToken: token });

  it('rejects malformed JSON in a success answer with invalid_response', async () => {
    server.reply({ status: 200, body: '{"id": "wzuz', contentType: 'application/json' });
    await expect(client().getAccount()).rejects.toMatchObject({
      status: 0,
      code: 'invalid_response',
    });
  });

  it('rejects an empty success body on a JSON route with invalid_response', async () => {
    server.reply({ status: 200 });
    await expect(client().getAccount()).rejects.toMatchObject({ code: 'invalid_response' });
  });

  it('reports where a success body breaks the schema', async () => {
    server.reply({ status: 200, body: { ...recordedAccount, id: 12 } });
    const error = await rejection(client().getAccount());
    expect(error.code).toBe('invalid_response');
    expect(error.data).toEqual([expect.objectContaining({ path: ['id'] })]);
  });

  it('strips keys the schema does not know, like the server does', async () => {
    server.reply({ status: 200, body: { ...recordedAccount, ssoIdentities: [] } });
    await expect(client().getAccount()).resolves.not.toHaveProperty('ssoIdentities');
  });

  it('accepts email/phone factor entries the OpenAPI enum allows but the contract never lists', async () => {
    const entry = { id: 'e', createdAt: '2026-11-26T22:26:02.129Z', type: 'EmailVerificationCode' };
    server.reply({ status: 200, body: [entry] });
    await expect(client().listMfaVerifications()).resolves.toEqual([entry]);
  });

  it('maps a plain-text 404 (route missing, e.g. trusted devices off) to http_error', async () => {
    server.reply({ status: 404, body: 'Not Found' });
    const error = await rejection(client().listTrustedDevices());
    expect(error).toMatchObject({ status: 404, code: 'http_error', message: 'Not Found' });
  });

  it('maps a body without code (malformed request JSON → 400 {message}) to http_error', async () => {
    server.reply({ status: 400, body: { message: 'Unexpected token } in JSON at position 10' } });
    const error = await rejection(client().updateAccount({ name: 'x' }));
    expect(error).toMatchObject({
      status: 400,
      code: 'http_error',
      message: 'Unexpected token } in JSON at position 10',
    });
  });

  it('maps 500 {message:"Internal server error."} (e.g. pwned check offline, §12) to http_error', async () => {
    server.reply({ status: 500, body: { message: 'Internal server error.' } });
    const error = await rejection(
      client().updatePassword({ password: 'Tmp-Oracle-QglH-UsF-tg2-8z' }),
    );
    expect(error).toMatchObject({
      status: 500,
      code: 'http_error',
      message: 'Internal server error.',
    });
  });

  it('keeps data and details of guard.invalid_input', async () => {
    const body = {
      code: 'guard.invalid_input',
      data: { issues: [{ code: 'invalid_string', path: ['avatar'] }], name: 'ZodError' },
      details: 'Error in key path "avatar": (invalid_string) Invalid url',
      message: 'The request body is invalid.',
    };
    server.reply({ status: 400, body });
    const error = await rejection(client().updateAccount({ avatar: 'not a url' }));
    expect(error.toJSON()).toEqual({ name: 'AccountApiError', status: 400, ...body });
  });

  it('resolves the rename route on 200 text OK and on 204', async () => {
    const instance = client();
    server.reply({ status: 200, body: 'OK' }, { status: 204 });
    await expect(instance.renameMfaVerification('id', { name: 'Key' })).resolves.toBeUndefined();
    await expect(instance.renameMfaVerification('id', { name: 'Key' })).resolves.toBeUndefined();
  });

  it('resolves 204 routes with undefined', async () => {
    server.reply({ status: 204 });
    await expect(client().deleteGrant('g')).resolves.toBeUndefined();
  });
});

describe('Retry-After on 429 and 503 (§8)', () => {
  const at = Date.parse('2026-11-26T22:00:00.000Z');

  it('reads delay-seconds into retryAfter and retryAt (device clock), and keeps them in toJSON', async () => {
    server.reply({
      status: 429,
      body: { code: 'request.message_rate_limited', message: 'Too many messages.' },
      headers: { 'retry-after': '120' },
    });
    const client = createAccountClient({
      endpoint: server.endpoint,
      getAccessToken: token,
      now: () => at,
    });
    const error = await rejection(
      client.sendVerificationCode({ identifier: { type: 'email', value: 'a@example.com' } }),
    );
    expect(error).toMatchObject({
      status: 429,
      code: 'request.message_rate_limited',
      retryAfter: 120,
      retryAt: new Date(at + 120_000),
    });
    expect(error.toJSON()).toMatchObject({
      retryAfter: 120,
      retryAt: '2026-11-26T22:02:00.000Z',
    });
  });

  it("measures an HTTP-date Retry-After against the answer's Date header, not a skewed device clock", async () => {
    // The device clock is 15 minutes fast; the gateway asks for 90 s on its own clock.
    server.reply({
      status: 503,
      body: 'Service Unavailable',
      headers: {
        date: 'Thu, 26 Nov 2026 22:00:00 GMT',
        'retry-after': 'Thu, 26 Nov 2026 22:01:30 GMT',
      },
    });
    const skewed = at + 15 * 60_000;
    const client = createAccountClient({
      endpoint: server.endpoint,
      getAccessToken: token,
      now: () => skewed,
    });
    const error = await rejection(client.listSessions());
    expect(error).toMatchObject({
      status: 503,
      retryAfter: 90,
      retryAt: new Date(skewed + 90_000),
    });
  });

  it('leaves retryAfter undefined when the header is missing or unreadable', async () => {
    server.reply(
      { status: 429, body: { code: 'request.message_rate_limited', message: 'Too many.' } },
      { status: 429, body: 'Too Many Requests', headers: { 'retry-after': 'soon' } },
    );
    const client = createAccountClient({ endpoint: server.endpoint, getAccessToken: token });
    for (let index = 0; index < 2; index += 1) {
      const error = await rejection(client.listSessions());
      expect(error.status).toBe(429);
      expect(error.retryAfter).toBeUndefined();
      expect(error.retryAt).toBeUndefined();
      expect(error.toJSON()).not.toHaveProperty('retryAfter');
    }
  });
});

describe('304 Not Modified (§1.4)', () => {
  // A 304 only reaches the client when the app's own fetch sends If-None-Match.
  const conditionalFetch =
    (etag: string): typeof fetch =>
    (input, init) => {
      const headers = new Headers(init?.headers);
      headers.set('if-none-match', etag);
      return fetch(input, { ...init, headers });
    };

  it('reuses the last good body of that URL when the ETag matches', async () => {
    const transport = createAccountTransport({
      endpoint: server.endpoint,
      getAccessToken: token,
      fetch: conditionalFetch('"v1"'),
    });
    server.reply(
      { status: 200, body: recordedAccount, headers: { etag: '"v1"' } },
      { status: 304, headers: { etag: '"v1"' } },
    );
    const first = await getAccount(transport);
    await expect(getAccount(transport)).resolves.toEqual(first);
    expect(server.requests[1]?.headers['if-none-match']).toBe('"v1"');
  });

  it('rejects with not_modified when it holds no body for that URL', async () => {
    const transport = createAccountTransport({
      endpoint: server.endpoint,
      getAccessToken: token,
      fetch: conditionalFetch('"v1"'),
    });
    server.reply({ status: 304, headers: { etag: '"v1"' } });
    await expect(getAccount(transport)).rejects.toMatchObject({
      status: 304,
      code: 'not_modified',
    });
  });

  it('rejects with not_modified when the ETag differs from the kept body', async () => {
    const transport = createAccountTransport({
      endpoint: server.endpoint,
      getAccessToken: token,
      fetch: conditionalFetch('"v2"'),
    });
    server.reply(
      { status: 200, body: recordedAccount, headers: { etag: '"v1"' } },
      { status: 304, headers: { etag: '"v2"' } },
    );
    await getAccount(transport);
    await expect(getAccount(transport)).rejects.toMatchObject({ code: 'not_modified' });
  });

  it('never keeps secret bodies such as backup codes', async () => {
    const transport = createAccountTransport({
      endpoint: server.endpoint,
      getAccessToken: token,
      fetch: conditionalFetch('"b"'),
    });
    const codes = { codes: [{ code: '50405cf4b5' }] };
    server.reply(
      { status: 200, body: codes, headers: { etag: '"b"' } },
      { status: 304, headers: { etag: '"b"' } },
    );
    await expect(getBackupCodes(transport)).resolves.toEqual(codes);
    await expect(getBackupCodes(transport)).rejects.toMatchObject({ code: 'not_modified' });
  });
});

describe('tokens (§1.1, §1.2)', () => {
  it('sends no Authorization header when getAccessToken yields nothing, retries once, then calls onUnauthorized', async () => {
    const onUnauthorized = vi.fn();
    const client = createAccountClient({
      endpoint: server.endpoint,
      getAccessToken: async () => undefined,
      onUnauthorized,
    });
    const missing = {
      status: 401,
      body: {
        code: 'auth.authorization_header_missing',
        message: 'Authorization header is missing.',
      },
    };
    server.reply(missing, missing);
    await expect(client.getAccount()).rejects.toMatchObject({
      status: 401,
      code: 'auth.authorization_header_missing',
    });
    expect(server.requests.map((request) => request.headers.authorization)).toEqual([
      undefined,
      undefined,
    ]);
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });

  it('does not retry 403 auth.forbidden (token without openid) and names openid', async () => {
    const getAccessToken = vi.fn(token);
    const client = createAccountClient({ endpoint: server.endpoint, getAccessToken });
    server.reply({
      status: 403,
      body: {
        code: 'auth.forbidden',
        message: 'Forbidden. Please check your user roles and permissions.',
      },
    });
    const error = await rejection(client.getAccount());
    expect(error.requiredScope).toBe('openid');
    expect(getAccessToken).toHaveBeenCalledOnce();
  });

  it('rejects with no_access_token and calls onUnauthorized when getAccessToken throws', async () => {
    const onUnauthorized = vi.fn();
    const failure = new Error('not signed in');
    const client = createAccountClient({
      endpoint: server.endpoint,
      getAccessToken: () => Promise.reject(failure),
      onUnauthorized,
    });
    const error = await rejection(client.getAccount());
    expect(error).toMatchObject({ status: 401, code: 'no_access_token', cause: failure });
    expect(onUnauthorized).toHaveBeenCalledExactlyOnceWith(error);
    expect(server.requests).toHaveLength(0);
  });

  it('never puts the token into the error', async () => {
    const client = createAccountClient({
      endpoint: server.endpoint,
      getAccessToken: async () => 'secret-token',
    });
    server.reply({ status: 422, body: { code: 'user.same_password', message: 'Same.' } });
    const error = await rejection(client.updatePassword({ password: 'x' }));
    expect(JSON.stringify(error.toJSON())).not.toContain('secret-token');
  });

  it('sends no token to anonymous documents even with a client that has one', async () => {
    const getAccessToken = vi.fn(token);
    const client = createAccountClient({ endpoint: server.endpoint, getAccessToken });
    server.reply({ status: 200, body: { origins: [] } });
    await client.getWebAuthnRelatedOrigins();
    expect(getAccessToken).not.toHaveBeenCalled();
  });
});

describe('request details', () => {
  it('omits Accept-Language without a locale and reads a locale function per call', async () => {
    const locale: { current?: string } = {};
    const client = createAccountClient({
      endpoint: server.endpoint,
      getAccessToken: token,
      locale: () => locale.current,
    });
    server.reply({ status: 200, body: recordedAccount }, { status: 200, body: recordedAccount });
    await client.getAccount();
    locale.current = 'de';
    await client.getAccount();
    const [first, second] = server.requests.map((request) => request.headers['accept-language']);
    // Node's fetch adds `accept-language: *` on its own when none is set; browsers add theirs.
    expect([undefined, '*']).toContain(first);
    expect(second).toBe('de');
  });

  it('looks up globalThis.fetch at call time', async () => {
    const client = createAccountClient({ endpoint: server.endpoint, getAccessToken: token });
    const realFetch = globalThis.fetch;
    const spy = vi.fn((input: RequestInfo | URL, init?: RequestInit) => realFetch(input, init));
    vi.stubGlobal('fetch', spy);
    server.reply({ status: 200, body: recordedAccount });
    await client.getAccount();
    expect(spy).toHaveBeenCalledOnce();
  });

  it('sends the avatar as multipart field file', async () => {
    const client = createAccountClient({ endpoint: server.endpoint, getAccessToken: token });
    server.reply({ status: 200, body: { url: 'https://cdn/a.png' } });
    await client.uploadAvatar(new Blob(['PNGDATA'], { type: 'image/png' }), 'me.png');
    const [request] = server.requests;
    expect(request?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(request?.body).toContain('name="file"; filename="me.png"');
    expect(request?.body).toContain('PNGDATA');
  });

  it('fetchAccountCenterSettings reads both settings documents without a client or token', async () => {
    server.reply(
      {
        path: '/api/.well-known/account-center',
        status: 200,
        body: {
          id: 'default',
          enabled: true,
          fields: {},
          webauthnRelatedOrigins: [],
          deleteAccountUrl: null,
        },
      },
      {
        path: '/api/.well-known/sign-in-exp',
        status: 200,
        body: signInExperience,
      },
    );
    const settings = await fetchAccountCenterSettings(`${server.endpoint}/`, { locale: 'en' });
    expect(settings.accountCenter).toMatchObject({ enabled: true, fields: {} });
    expect(settings.signInExperience.mfa?.factors).toEqual(signInExperience.mfa.factors);
    expect(server.requests.map((request) => request.path).sort()).toEqual([
      '/api/.well-known/account-center',
      '/api/.well-known/sign-in-exp',
    ]);
    for (const request of server.requests) {
      expect(request.method).toBe('GET');
      expect(request.headers.authorization).toBeUndefined();
    }
  });

  it('standalone functions work with a bare transport', async () => {
    const transport = createAccountTransport({ endpoint: server.endpoint });
    server.reply({
      status: 200,
      body: { id: 'default', enabled: false, fields: {}, webauthnRelatedOrigins: [] },
    });
    await expect(getAccountCenterSettings(transport)).resolves.toMatchObject({ enabled: false });
  });

  it('accepts a settings document from a server older than webauthnRelatedOrigins', async () => {
    const transport = createAccountTransport({ endpoint: server.endpoint });
    server.reply({ status: 200, body: { id: 'default', enabled: true, fields: { name: 'Edit' } } });
    const settings = await getAccountCenterSettings(transport);
    expect(settings.fields.name).toBe('Edit');
    expect(settings.webauthnRelatedOrigins).toBeUndefined();
  });
});

describe('verification header and record (§4.4, §5)', () => {
  const start = Date.parse('2026-11-26T22:00:00.000Z');
  const expiresAt = '2026-11-26T22:10:00.000Z';

  function setup() {
    let now = start;
    const client = createAccountClient({
      endpoint: server.endpoint,
      getAccessToken: token,
      now: () => now,
    });
    return { client, advance: (ms: number) => (now += ms) };
  }

  it('stores the password record and sends it on A and C routes only', async () => {
    const { client } = setup();
    server.reply(
      { status: 201, body: { verificationRecordId: 'pw', expiresAt } },
      { status: 204 },
      { status: 200, body: { sessions: [] } },
      { status: 200, body: recordedAccount },
    );
    await client.createPasswordVerification({ password: 'secret' });
    expect(client.verification.get()).toEqual({
      id: 'pw',
      expiresAt: new Date(expiresAt),
      method: 'password',
    });
    await client.updatePassword({ password: 'new-password-1' });
    await client.listSessions();
    await client.getAccount();
    expect(server.requests.map((request) => request.headers['logto-verification-id'])).toEqual([
      undefined,
      'pw',
      'pw',
      undefined,
    ]);
  });

  it('treats a record as stale from 30 s before expiresAt and stops sending it', async () => {
    const { client, advance } = setup();
    client.verification.set({ id: 'pw', expiresAt: new Date(expiresAt), method: 'password' });
    advance(600_000 - 30_001);
    expect(client.verification.isFresh()).toBe(true);
    advance(1);
    expect(client.verification.isFresh()).toBe(false);
    server.reply({
      status: 401,
      body: { code: 'verification_record.permission_denied', message: 'Permission denied.' },
    });
    await expect(client.deletePrimaryEmail()).rejects.toMatchObject({
      code: 'verification_record.permission_denied',
    });
    expect(server.requests[0]?.headers['logto-verification-id']).toBeUndefined();
    // The stale record is dropped too, so the UI prompts for a new one.
    expect(client.verification.get()).toBeUndefined();
  });

  it('drops the record on 401 verification_record.permission_denied and notifies subscribers', async () => {
    const { client } = setup();
    client.verification.set({ id: 'pw', expiresAt: new Date(expiresAt), method: 'password' });
    const listener = vi.fn();
    client.verification.subscribe(listener);
    server.reply({
      status: 401,
      body: { code: 'verification_record.permission_denied', message: 'Permission denied.' },
    });
    await expect(client.listGrants()).rejects.toSatisfy((error) =>
      isAccountApiError(error, 'verification_record.permission_denied'),
    );
    expect(client.verification.get()).toBeUndefined();
    expect(listener).toHaveBeenCalledOnce();
  });

  it('keeps a newer record set while the rejected request was in flight', async () => {
    const { client } = setup();
    client.verification.set({ id: 'old', expiresAt: new Date(expiresAt), method: 'password' });
    server.reply({
      status: 401,
      body: { code: 'verification_record.permission_denied', message: 'Denied.' },
      delayMs: 50,
    });
    const pending = client.deleteGrant('g');
    client.verification.set({ id: 'new', expiresAt: new Date(expiresAt), method: 'email' });
    await expect(pending).rejects.toMatchObject({ code: 'verification_record.permission_denied' });
    expect(client.verification.get()?.id).toBe('new');
  });

  it('sends an explicit verificationRecordId instead of the store and leaves the store alone on denial', async () => {
    const { client } = setup();
    client.verification.set({ id: 'stored', expiresAt: new Date(expiresAt), method: 'password' });
    server.reply({
      status: 401,
      body: { code: 'verification_record.permission_denied', message: 'Denied.' },
    });
    await expect(
      client.deleteSession('s', {}, { verificationRecordId: 'explicit' }),
    ).rejects.toThrow();
    expect(server.requests[0]?.headers['logto-verification-id']).toBe('explicit');
    expect(client.verification.get()?.id).toBe('stored');
  });

  it('sends the header on PATCH /my-account only when username changes', async () => {
    const { client } = setup();
    client.verification.set({ id: 'pw', expiresAt: new Date(expiresAt), method: 'password' });
    server.reply({ status: 200, body: recordedAccount }, { status: 200, body: recordedAccount });
    await client.updateAccount({ name: 'n' });
    await client.updateAccount({ username: 'oracle_user' });
    expect(server.requests.map((request) => request.headers['logto-verification-id'])).toEqual([
      undefined,
      'pw',
    ]);
  });

  it('stores a code record sent with purpose identity, with the expiry from the send answer', async () => {
    const { client } = setup();
    server.reply(
      { status: 201, body: { verificationRecordId: 'code', expiresAt } },
      { status: 200, body: { verificationRecordId: 'code' } },
    );
    const identifier = { type: 'phone', value: '15555550123' } as const;
    await client.sendVerificationCode({ identifier, purpose: 'identity' });
    expect(server.requests[0]?.json).toEqual({ identifier });
    expect(client.verification.get()).toBeUndefined();
    await client.verifyVerificationCode({ identifier, verificationId: 'code', code: '123456' });
    expect(client.verification.get()).toEqual({
      id: 'code',
      expiresAt: new Date(expiresAt),
      method: 'phone',
    });
  });

  it.each([
    ['fast', 15 * 60_000],
    ['slow', -15 * 60_000],
  ])(
    'keeps password and code records usable for 9.5 minutes with a device clock 15 minutes %s',
    async (_label, skew) => {
      let now = start + skew;
      const client = createAccountClient({
        endpoint: server.endpoint,
        getAccessToken: token,
        now: () => now,
      });
      // The server's `expiresAt` is on its own clock (22:10 for a record made at 22:00).
      server.reply(
        { status: 201, body: { verificationRecordId: 'pw', expiresAt } },
        { status: 204 },
        { status: 201, body: { verificationRecordId: 'code', expiresAt } },
        { status: 200, body: { verificationRecordId: 'code' } },
        { status: 204 },
      );
      await client.createPasswordVerification({ password: 'secret' });
      expect(client.verification.isFresh()).toBe(true);
      await client.deletePrimaryEmail();
      expect(server.requests[1]?.headers['logto-verification-id']).toBe('pw');
      now += 9.5 * 60_000 - 1;
      expect(client.verification.isFresh()).toBe(true);
      now += 1;
      expect(client.verification.isFresh()).toBe(false);

      const identifier = { type: 'phone', value: '15555550123' } as const;
      await client.sendVerificationCode({ identifier, purpose: 'identity' });
      // Verified later: the record still counts from when its code was sent.
      now += 60_000;
      await client.verifyVerificationCode({ identifier, verificationId: 'code', code: '123456' });
      expect(client.verification.get()?.id).toBe('code');
      now += 8.5 * 60_000 - 1;
      await client.deletePrimaryEmail();
      expect(server.requests[4]?.headers['logto-verification-id']).toBe('code');
      now += 1;
      expect(client.verification.isFresh()).toBe(false);
    },
  );

  it('gives passkey registration options an expiry on the device clock, whatever the skew', async () => {
    // A device clock 15 minutes fast: the server's `expiresAt` (10 min after its own now) is
    // already in the device's past, so a refresh timer built on it would fire again and again.
    const sentAt = start + 15 * 60_000;
    const client = createAccountClient({
      endpoint: server.endpoint,
      getAccessToken: token,
      now: () => sentAt,
    });
    server.reply({
      status: 200,
      body: {
        verificationRecordId: 'webauthn',
        registrationOptions: {
          rp: { name: 'Acme' },
          user: { id: 'dXNlcg', name: 'ada', displayName: 'Ada' },
          challenge: 'abc',
          pubKeyCredParams: [{ alg: -7, type: 'public-key' }],
        },
        expiresAt,
      },
    });
    const registration = await client.createWebAuthnRegistration();
    expect(new Date(registration.expiresAt).getTime()).toBe(sentAt + 10 * 60_000);
  });

  it('does not store a code record for a new identifier', async () => {
    const { client } = setup();
    client.verification.set({ id: 'pw', expiresAt: new Date(expiresAt), method: 'password' });
    server.reply(
      { status: 201, body: { verificationRecordId: 'code', expiresAt } },
      { status: 200, body: { verificationRecordId: 'code' } },
    );
    const identifier = { type: 'email', value: 'new@example.com' } as const;
    await client.sendVerificationCode({ identifier });
    await client.verifyVerificationCode({ identifier, verificationId: 'code', code: '123456' });
    expect(client.verification.get()?.id).toBe('pw');
  });

  it('infers purpose identity from the primary email of the last account read (exact match, §4.3)', async () => {
    const { client } = setup();
    server.reply(
      { status: 200, body: recordedAccount },
      { status: 201, body: { verificationRecordId: 'upper', expiresAt } },
      { status: 201, body: { verificationRecordId: 'same', expiresAt } },
      { status: 200, body: { verificationRecordId: 'upper' } },
      { status: 200, body: { verificationRecordId: 'same' } },
    );
    await client.getAccount();
    const upper = { type: 'email', value: 'Oracle.User@example.com' } as const;
    const same = { type: 'email', value: 'oracle.user@example.com' } as const;
    await client.sendVerificationCode({ identifier: upper });
    await client.sendVerificationCode({ identifier: same });
    await client.verifyVerificationCode({ identifier: upper, verificationId: 'upper', code: '1' });
    expect(client.verification.get()).toBeUndefined();
    await client.verifyVerificationCode({ identifier: same, verificationId: 'same', code: '1' });
    expect(client.verification.get()).toMatchObject({ id: 'same', method: 'email' });
  });

  it('follows a primary email change when inferring', async () => {
    const { client } = setup();
    server.reply(
      { status: 200, body: recordedAccount },
      { status: 204 },
      { status: 201, body: { verificationRecordId: 'c', expiresAt } },
      { status: 200, body: { verificationRecordId: 'c' } },
    );
    await client.getAccount();
    await client.updatePrimaryEmail({
      email: 'next@example.com',
      newIdentifierVerificationRecordId: 'r',
    });
    const identifier = { type: 'email', value: 'next@example.com' } as const;
    await client.sendVerificationCode({ identifier });
    await client.verifyVerificationCode({ identifier, verificationId: 'c', code: '1' });
    expect(client.verification.get()?.id).toBe('c');
  });

  it('does not store a BindMfa-template record (not header-usable, §4.4)', async () => {
    const { client } = setup();
    server.reply(
      { status: 201, body: { verificationRecordId: 'mfa', expiresAt } },
      { status: 200, body: { verificationRecordId: 'mfa' } },
    );
    const identifier = { type: 'email', value: 'oracle.user@example.com' } as const;
    await client.sendVerificationCode({ identifier, templateType: 'BindMfa', purpose: 'identity' });
    expect(server.requests[0]?.json).toEqual({ identifier, templateType: 'BindMfa' });
    await client.verifyVerificationCode({ identifier, verificationId: 'mfa', code: '1' });
    expect(client.verification.get()).toBeUndefined();
  });

  it('does not store anything when verification fails', async () => {
    const { client } = setup();
    server.reply(
      { status: 201, body: { verificationRecordId: 'code', expiresAt } },
      {
        status: 400,
        body: { code: 'verification_code.code_mismatch', message: 'Invalid verification code.' },
      },
    );
    const identifier = { type: 'email', value: 'oracle.user@example.com' } as const;
    await client.sendVerificationCode({ identifier, purpose: 'identity' });
    await expect(
      client.verifyVerificationCode({ identifier, verificationId: 'code', code: '0' }),
    ).rejects.toMatchObject({
      code: 'verification_code.code_mismatch',
    });
    expect(client.verification.get()).toBeUndefined();
  });

  it('standalone operations share the store of their transport', async () => {
    const transport = createAccountTransport({
      endpoint: server.endpoint,
      getAccessToken: token,
      now: () => start,
    });
    transport.verification.set({ id: 'pw', expiresAt: new Date(expiresAt), method: 'password' });
    server.reply({ status: 200, body: { sessions: [] } }, { status: 204 });
    await listSessions(transport);
    await updatePassword(transport, { password: 'x' });
    expect(server.requests.map((request) => request.headers['logto-verification-id'])).toEqual([
      'pw',
      'pw',
    ]);
  });
});

describe('the ensureVerified step-up hook (§4.4)', () => {
  const expiresAt = new Date(Date.now() + 600_000);
  const denied = {
    status: 401,
    body: { code: 'verification_record.permission_denied', message: 'Permission denied.' },
  };

  function setup() {
    const needs: string[] = [];
    let next = 1;
    const client = createAccountClient({
      endpoint: server.endpoint,
      getAccessToken: token,
      ensureVerified: async ({ requirement, reason }) => {
        needs.push(`${requirement}/${reason}`);
        client.verification.set({ id: `r${next++}`, expiresAt, method: 'password' });
      },
    });
    return { client, needs };
  }

  it('asks before a call that needs the header and sends the new record', async () => {
    const { client, needs } = setup();
    server.reply({ status: 204 });
    await client.deletePrimaryEmail();
    expect(needs).toEqual(['always/required']);
    expect(server.requests[0]?.headers['logto-verification-id']).toBe('r1');
  });

  it('on permission_denied asks again and retries once with the new record', async () => {
    const { client, needs } = setup();
    client.verification.set({ id: 'old', expiresAt, method: 'password' });
    server.reply(denied, { status: 204 });
    await client.deleteGrant('g');
    expect(needs).toEqual(['always/expired']);
    expect(server.requests.map((request) => request.headers['logto-verification-id'])).toEqual([
      'old',
      'r1',
    ]);
  });

  it('retries only once: a second permission_denied rejects', async () => {
    const { client, needs } = setup();
    client.verification.set({ id: 'old', expiresAt, method: 'password' });
    server.reply(denied, denied);
    await expect(client.deleteGrant('g')).rejects.toMatchObject({
      code: 'verification_record.permission_denied',
    });
    expect(needs).toEqual(['always/expired']);
    expect(server.requests).toHaveLength(2);
  });

  it('a cancelled hook rejects the call with its error and sends nothing', async () => {
    const client = createAccountClient({
      endpoint: server.endpoint,
      getAccessToken: token,
      ensureVerified: () => Promise.reject(new Error('cancelled')),
    });
    await expect(client.deletePrimaryPhone()).rejects.toThrow('cancelled');
    expect(server.requests).toHaveLength(0);
  });

  it('asks on C routes only when the user has a sign-in method, reading the account once', async () => {
    const { client, needs } = setup();
    server.reply(
      { status: 200, body: { ...recordedAccount, hasSecurityVerificationMethod: false } },
      { status: 204 },
    );
    await client.updatePassword({ password: 'new-password-1' });
    expect(needs).toEqual([]);
    expect(server.requests.map((request) => request.path)).toEqual([
      '/api/my-account',
      '/api/my-account/password',
    ]);
    // Now the user has a password: the next change needs the header.
    server.reply({ status: 204 });
    await client.updatePassword({ password: 'new-password-2' });
    expect(needs).toEqual(['when-user-has-method/required']);
  });

  it('does not ask for routes without the header, nor with an explicit record id', async () => {
    const { client, needs } = setup();
    server.reply({ status: 200, body: recordedAccount }, denied);
    await client.updateAccount({ name: 'n' });
    await expect(
      client.deleteSession('s', {}, { verificationRecordId: 'explicit' }),
    ).rejects.toMatchObject({ code: 'verification_record.permission_denied' });
    expect(needs).toEqual([]);
  });
});
