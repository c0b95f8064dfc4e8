/**
 * Replays the Management API cases recorded from a real Logto 1.42.0 server
 * (`fixtures/logto-1.42/management/`) against the simulator, in recording order on one tenant
 * seeded like the recorded one, so merge-versus-replace semantics carry from case to case.
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allFields } from '../seed.js';
import { createAccountApiSimulator } from '../simulator.js';

interface RecordedCase {
  label: string;
  request: { method: string; path: string; headers?: Record<string, string>; body: unknown };
  status: number;
  body: unknown;
  responseHeaders?: Record<string, string | string[]>;
}

const recording = JSON.parse(
  readFileSync(
    new URL('../../fixtures/logto-1.42/management/recorded-management-api.json', import.meta.url),
    'utf8',
  ),
) as { server: { endpoint: string; m2mAppId: string; spaAppId: string }; cases: RecordedCase[] };
const { cases, server } = recording;

/** The recorded tenant's baseline (run/setup.py state). */
function recordedTenant() {
  return createAccountApiSimulator({
    seed: {
      devFeatures: true,
      signInExperience: {
        mfa: { factors: ['Totp', 'WebAuthn', 'BackupCode'], policy: 'NoPrompt' },
        passwordPolicy: {
          length: { min: 8, max: 256 },
          characterTypes: { min: 1 },
          rejects: { pwned: false, repetitionAndSequence: true, userInfo: true, words: [] },
        },
      },
      accountCenter: {
        enabled: true,
        fields: allFields('Edit', true),
        webauthnRelatedOrigins: ['http://localhost:5173'],
      },
      socialConnectors: [{ id: '1j5egb35b2c1', target: 'mock-social', name: 'Mock Social' }],
      management: {
        machineToMachine: [
          {
            id: server.m2mAppId,
            secret: '<secret>',
            name: 'oracle-mapi-m2m',
            description: 'oracle Management API client',
          },
        ],
        applications: [
          {
            id: '58unil7vc5o78ybzdyzeb',
            name: 'oracle-token-exchange',
            type: 'Traditional',
            redirectUris: ['http://localhost:5173/callback'],
          },
          {
            id: server.spaAppId,
            name: 'oracle-spa',
            type: 'SPA',
            redirectUris: [
              'http://localhost:5173/callback',
              'http://localhost:5173/sign-in-callback',
            ],
            postLogoutRedirectUris: ['http://localhost:5173'],
            corsAllowedOrigins: ['http://localhost:5173'],
          },
        ],
      },
    },
  });
}

/** Rebuilds a recorded request, with real credentials for the placeholders. */
function requestOf(recorded: RecordedCase, tokens: Record<string, string>): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(recorded.request.headers ?? {})) {
    const basic = /^Basic base64\((.*):(.*)\)$/.exec(value);
    if (basic) headers.set(name, `Basic ${btoa(`${basic[1]}:${basic[2]}`)}`);
    else
      headers.set(
        name,
        value.replace(/<[^>]+>/, (placeholder) => tokens[placeholder] ?? placeholder),
      );
  }
  const { body } = recorded.request;
  // The simulator's Email and SMS connectors have fixed ids.
  const path = recorded.request.path
    .replace('trl5lx85vozg', 'mock-email')
    .replace('pk99bu91wz00', 'mock-sms');
  return new Request(`${server.endpoint}${path}`, {
    method: recorded.request.method,
    headers,
    ...(body === null || body === undefined
      ? {}
      : {
          body: typeof body === 'string' ? body : JSON.stringify(body),
        }),
  });
}

/** Cases the simulator does not model: a temporary extra API resource created for the recording. */
const skipped = (label: string) => /doctor-probe|read:probe/.test(label);

describe('Management API, replayed from Logto 1.42.0 recordings', () => {
  it('answers every recorded case with the recorded status, code and state', async () => {
    const simulator = recordedTenant();
    const tokens: Record<string, string> = {
      '<end-user opaque token>': simulator.mintToken(),
    };
    const issue = async (scope: string | null) => {
      const response = await simulator.handle(
        new Request(`${server.endpoint}/oidc/token`, {
          method: 'POST',
          headers: {
            authorization: `Basic ${btoa(`${server.m2mAppId}:<secret>`)}`,
            'content-type': 'application/x-www-form-urlencoded',
          },
          body: `grant_type=client_credentials&resource=https%3A%2F%2Fdefault.logto.app%2Fapi${scope ? `&scope=${scope}` : ''}`,
        }),
      );
      return ((await response.json()) as { access_token: string }).access_token;
    };
    tokens['<token>'] = await issue('all');
    tokens['<token without scope>'] = await issue(null);

    let replayed = 0;
    for (const recorded of cases) {
      if (skipped(recorded.label)) continue;
      const response = await simulator.handle(requestOf(recorded, tokens));
      const text = await response.text();
      const label = `${recorded.label} (${recorded.request.method} ${recorded.request.path})`;
      expect(response.status, label).toBe(recorded.status);
      replayed += 1;
      if (typeof recorded.body === 'string') {
        expect(text, label).toBe(recorded.body);
        continue;
      }
      const body = JSON.parse(text) as Record<string, unknown>;
      const expected = recorded.body as Record<string, unknown>;
      if (recorded.status >= 400) {
        expect(body.code, label).toBe(expected.code);
        if (expected.error) expect(body.error, label).toBe(expected.error);
        if ((expected.data as { duplicateNames?: unknown })?.duplicateNames)
          expect(body.data, label).toEqual(expected.data);
      } else if (recorded.request.path.startsWith('/oidc/token')) {
        expect('scope' in body, label).toBe('scope' in expected);
        expect(body.token_type, label).toBe('Bearer');
      } else if (recorded.request.path.includes('account-center')) {
        expect(body, label).toEqual(expected);
      } else if (recorded.request.path.startsWith('/api/applications/')) {
        const { createdAt: _a, ...rest } = body;
        const { createdAt: _b, ...recordedRest } = expected;
        expect(rest, label).toEqual(recordedRest);
      } else if (recorded.request.path.startsWith('/api/applications')) {
        const ids = (list: unknown) => (list as { id: string }[]).map((app) => app.id);
        expect(ids(body), label).toEqual(ids(expected));
        const total = recorded.responseHeaders?.['total-number'];
        if (total) expect(response.headers.get('total-number'), label).toBe(total);
      } else if (recorded.request.path.startsWith('/api/connectors')) {
        const shape = (value: unknown) =>
          [value]
            .flat()
            .map((connector) => {
              const { type, target, platform } = connector as Record<string, unknown>;
              return { type, platform, ...(type === 'Social' ? { target } : {}) };
            })
            .sort((a, b) => String(a.type).localeCompare(String(b.type)));
        expect(shape(body), label).toEqual(shape(expected));
      } else if (recorded.request.path.startsWith('/api/sign-in-exp')) {
        const pwned = (value: unknown) =>
          (value as { passwordPolicy?: { rejects?: { pwned?: boolean } } }).passwordPolicy?.rejects
            ?.pwned;
        if (pwned(expected) !== undefined) expect(pwned(body), label).toBe(pwned(expected));
        expect(body.mfa, label).toEqual(expected.mfa);
        expect(body.adaptiveMfa, label).toEqual(expected.adaptiveMfa);
      }
    }
    expect(replayed).toBe(cases.length - 3);
  });

  it('a PATCH through the Management API is what the Account API reads next', async () => {
    const simulator = createAccountApiSimulator({ seed: { preset: 'logto-default' } });
    const userToken = simulator.mintToken();
    const me = () =>
      simulator.handle(
        new Request('http://localhost/api/my-account', {
          headers: { authorization: `Bearer ${userToken}` },
        }),
      );
    expect((await me()).status).toBe(400); // account center disabled (new tenant)

    const tokenResponse = await simulator.handle(
      new Request('http://localhost/oidc/token', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=client_credentials&resource=https%3A%2F%2Fdefault.logto.app%2Fapi&scope=all&client_id=doctor-m2m&client_secret=doctor-m2m-secret',
      }),
    );
    const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
    const patch = await simulator.handle(
      new Request('http://localhost/api/account-center', {
        method: 'PATCH',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ enabled: true, fields: { email: 'Edit' } }),
      }),
    );
    expect(patch.status).toBe(200);
    const account = (await (await me()).json()) as Record<string, unknown>;
    expect(account).toHaveProperty('primaryEmail');
    expect(account).not.toHaveProperty('name');
  });

  it('an M2M app without the Management API role gets a token without scope, then 403', async () => {
    const simulator = createAccountApiSimulator();
    const tokenResponse = await simulator.handle(
      new Request('http://localhost/oidc/token', {
        method: 'POST',
        headers: {
          authorization: `Basic ${btoa('doctor-m2m-norole:doctor-m2m-norole-secret')}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: 'grant_type=client_credentials&resource=https%3A%2F%2Fdefault.logto.app%2Fapi&scope=all',
      }),
    );
    const body = (await tokenResponse.json()) as { access_token: string; scope?: string };
    expect(tokenResponse.status).toBe(200);
    expect(body.scope).toBeUndefined();
    const read = await simulator.handle(
      new Request('http://localhost/api/account-center', {
        headers: { authorization: `Bearer ${body.access_token}` },
      }),
    );
    expect(read.status).toBe(403);
    expect(((await read.json()) as { code: string }).code).toBe('auth.forbidden');
  });
});
