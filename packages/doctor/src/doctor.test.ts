/**
 * The doctor against the simulator's Node server over real HTTP: every check row, `--fix` (diff,
 * confirmation, idempotence, merge-versus-replace as recorded), `--json`, the exit-2 errors, and
 * the secret never showing in the output.
 */

import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TenantSeed } from '@account-center/mock';
import {
  DEMO_SPA_APP_ID,
  DOCTOR_M2M_APP_ID,
  DOCTOR_M2M_NO_ROLE_APP_ID,
  DOCTOR_M2M_NO_ROLE_SECRET,
  DOCTOR_M2M_SECRET,
} from '@account-center/mock';
import type { SimulatorServer } from '@account-center/mock/node';
import { listen } from '@account-center/mock/node';
import { afterEach, describe, expect, it } from 'vitest';
import type { CheckRow } from './checks.js';
import type { DoctorIo } from './doctor.js';
import { runDoctor, SECRET_ENV } from './doctor.js';

const ORIGIN = 'https://app.example';
const servers: SimulatorServer[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function tenant(seed: TenantSeed = { preset: 'logto-default' }): Promise<SimulatorServer> {
  const server = await listen({ port: 0, seed });
  servers.push(server);
  return server;
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function doctor(
  server: { url: string },
  args: string[] = [],
  io: Partial<DoctorIo> & { base?: boolean } = {},
): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const { base = true, ...rest } = io;
  const code = await runDoctor(
    [
      ...(base
        ? ['--endpoint', server.url, '--app-id', DOCTOR_M2M_APP_ID, '--origin', ORIGIN]
        : []),
      ...(base ? ['--spa-app-id', DEMO_SPA_APP_ID] : []),
      ...args,
    ],
    {
      env: { [SECRET_ENV]: DOCTOR_M2M_SECRET },
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      ...rest,
    },
  );
  return { code, stdout, stderr };
}

async function report(server: { url: string }, args: string[] = []) {
  const run = await doctor(server, [...args, '--json']);
  const json = JSON.parse(run.stdout) as {
    ready: boolean;
    checks: CheckRow[];
    changes: { path: string; diff: string[] }[];
    applied: boolean;
    manualSteps: string[];
  };
  const row = (id: string) => {
    const found = json.checks.find((check) => check.id === id);
    if (!found)
      throw new Error(`no row ${id} in ${json.checks.map((check) => check.id).join(', ')}`);
    return found;
  };
  return { ...run, json, row };
}

const spaOf = (server: SimulatorServer) =>
  server.simulator.getState().management!.applications.find((app) => app.id === DEMO_SPA_APP_ID)!;

describe('check table', () => {
  it('a new tenant: account center disabled, every field Off, no origin, no callback, no MFA factor', async () => {
    const server = await tenant();
    const { code, json, row } = await report(server);
    expect(code).toBe(1);
    expect(json.ready).toBe(false);
    expect(row('account-center.enabled')).toMatchObject({ status: 'fail', autoFix: true });
    for (const field of [
      'name',
      'email',
      'phone',
      'password',
      'social',
      'mfa',
      'passkey',
      'session',
      'customData',
    ])
      expect(row(`field.${field}`).status, field).toBe('fail');
    expect(row('passkeys.related-origin')).toMatchObject({
      status: 'fail',
      features: ['passkeys'],
    });
    expect(row('spa.redirect-uri').status).toBe('fail');
    expect(row('mfa.totp')).toMatchObject({ status: 'fail', autoFix: false, features: ['totp'] });
    expect(row('mfa.backup-codes').status).toBe('fail');
    expect(row('mfa.passkeys').status).toBe('fail');
    expect(row('connector.email').status).toBe('ok');
    expect(row('connector.sms').status).toBe('ok');
    expect(row('social.connectors').status).toBe('ok');
  });

  it('every row that is not ok names what it hides, the one-line fix and the Console page', async () => {
    const server = await tenant();
    const { stdout } = await doctor(server);
    const { json } = await report(server);
    for (const row of json.checks.filter((check) => check.status !== 'ok')) {
      expect(row.fix, row.id).not.toBe('');
      expect(row.consolePage, row.id).not.toBe('');
      expect(row.fix, row.id).not.toContain('\n');
    }
    expect(stdout).toContain('✘ The account center is disabled');
    expect(stdout).toMatch(/hides: {3}.*email/);
    expect(stdout).toContain('console: Console › Sign-in & account › Account center');
    expect(stdout).toContain('Not ready.');
  });

  it('a demo tenant with the origin, the callback and every factor is ready (exit 0)', async () => {
    const server = await tenant({
      preset: 'demo',
      accountCenter: { webauthnRelatedOrigins: [ORIGIN] },
      signInExperience: {
        passwordPolicy: {
          length: { min: 8, max: 256 },
          characterTypes: { min: 1 },
          rejects: { pwned: false, repetitionAndSequence: true, userInfo: true, words: [] },
        },
      },
      management: {
        applications: [{ id: DEMO_SPA_APP_ID, redirectUris: [`${ORIGIN}/callback`] }],
      },
    });
    const { code, json } = await report(server);
    expect(json.checks.filter((check) => check.status === 'fail')).toEqual([]);
    expect(code).toBe(0);
  });

  it('no Email or SMS connector: fails email and phone, and --fix never creates one', async () => {
    const server = await tenant({ preset: 'demo', emailConnector: false, smsConnector: false });
    const { row, code } = await report(server, ['--features', 'email,phone']);
    expect(row('connector.email')).toMatchObject({
      status: 'fail',
      features: ['email'],
      autoFix: false,
    });
    expect(row('connector.sms')).toMatchObject({ status: 'fail', features: ['phone'] });
    expect(code).toBe(1);
    const fixed = await report(server, ['--features', 'email,phone', '--fix', '--yes']);
    expect(fixed.code).toBe(1);
    expect(fixed.json.manualSteps.join('\n')).toContain('Email and SMS connectors');
    expect(server.simulator.getState().connectors.filter((c) => c.type !== 'Social')).toEqual([]);
  });

  it('social: none in the sign-in experience fails; native-only connectors do not count; listed ones need the provider step', async () => {
    const hidden = await tenant({
      preset: 'demo',
      management: { socialSignInConnectorTargets: [] },
    });
    expect((await report(hidden, ['--features', 'social'])).row('social.connectors')).toMatchObject(
      {
        status: 'fail',
        features: ['social'],
      },
    );
    const native = await tenant({
      preset: 'demo',
      management: { socialPlatforms: { 'mock-google': 'Native', 'mock-github': 'Native' } },
    });
    expect(
      (await report(native, ['--features', 'social'])).row('social.connectors').message,
    ).toContain('No social connector a browser can use');
    const listed = await report(await tenant({ preset: 'demo' }), ['--features', 'social']);
    expect(listed.row('social.connectors').status).toBe('ok');
    expect(listed.json.manualSteps.some((step) => step.startsWith('At Google'))).toBe(true);
  });

  it('MFA: each factor the chosen features need', async () => {
    const server = await tenant({
      preset: 'demo',
      signInExperience: { mfa: { factors: ['Totp'], policy: 'NoPrompt' } },
    });
    const { row } = await report(server, ['--features', 'totp,backup-codes,passkeys']);
    expect(row('mfa.totp').status).toBe('ok');
    expect(row('mfa.backup-codes')).toMatchObject({ status: 'fail', features: ['backup-codes'] });
    expect(row('mfa.passkeys')).toMatchObject({ status: 'fail', features: ['passkeys'] });
    const passkeySignIn = await tenant({
      preset: 'demo',
      signInExperience: {
        mfa: { factors: [], policy: 'NoPrompt' },
        passkeySignIn: { enabled: true },
      },
    });
    expect(
      (await report(passkeySignIn, ['--features', 'passkeys'])).row('mfa.passkeys').status,
    ).toBe('ok');
  });

  it('warns (exit code unchanged) about the breached-password check', async () => {
    const server = await tenant({
      preset: 'demo',
      accountCenter: { webauthnRelatedOrigins: [ORIGIN] },
      management: { applications: [{ id: DEMO_SPA_APP_ID, redirectUris: [`${ORIGIN}/callback`] }] },
    });
    const { row, code } = await report(server, ['--features', 'password']);
    expect(row('password.pwned')).toMatchObject({ status: 'warn', features: ['password'] });
    expect(row('password.pwned').message).toContain('500');
    expect(code).toBe(0);
  });

  it('custom fields: profileFields null, a Number field that breaks the documents, Address needs the scope', async () => {
    const unselected = await tenant({
      preset: 'demo',
      management: { customProfileFields: [{ name: 'department', type: 'Text' }] },
    });
    expect(
      (await report(unselected, ['--features', 'custom-fields'])).row(
        'custom-fields.profile-fields',
      ),
    ).toMatchObject({
      status: 'warn',
      features: ['custom-fields'],
    });

    const broken = await tenant({
      preset: 'demo',
      management: {
        customProfileFields: [{ name: 'age', type: 'Number', config: { minValue: -10 } }],
      },
    });
    expect((await fetch(`${broken.url}/api/.well-known/sign-in-exp`)).status).toBe(500);
    expect(
      (await report(broken, ['--features', 'custom-fields'])).row('custom-fields.catalog').message,
    ).toContain('/api/.well-known/sign-in-exp answers 500');

    const address = await tenant({
      preset: 'demo',
      accountCenter: { profileFields: [{ name: 'address' }] },
      management: { customProfileFields: [{ name: 'address', type: 'Address' }] },
    });
    const { row } = await report(address, ['--features', 'custom-fields']);
    expect(row('custom-fields.address-scope').status).toBe('warn');
    expect(row('custom-fields.address-scope').fix).toContain('"address" scope');
  });

  it('related origins: entries with a path never match, and more than 5 site labels is over the browsers’ limit', async () => {
    const server = await tenant({
      preset: 'demo',
      accountCenter: {
        webauthnRelatedOrigins: [
          'https://one.example/',
          'https://two.test',
          'https://three.dev/account',
          'https://four.io',
          'https://five.app',
        ],
      },
    });
    const { row } = await report(server, ['--features', 'passkeys']);
    expect(row('passkeys.related-origins-format').message).toContain('https://one.example/');
    expect(row('passkeys.related-origins-format').message).toContain('https://three.dev/account');
    expect(row('passkeys.related-origin-limit').status).toBe('warn');
  });

  it('an --spa-app-id that is not a SPA, and an empty custom-field catalog, are warnings', async () => {
    const server = await tenant({
      preset: 'demo',
      management: { applications: [{ id: DEMO_SPA_APP_ID, type: 'Traditional' }] },
    });
    const { row } = await report(server, ['--features', 'custom-fields']);
    expect(row('spa.type')).toMatchObject({ status: 'warn' });
    expect(row('spa.type').message).toContain('Traditional');
    expect(row('custom-fields.catalog')).toMatchObject({
      status: 'warn',
      features: ['custom-fields'],
    });
  });

  it('ReadOnly is a warning by default, and a failure when --fields asks for another level', async () => {
    const server = await tenant({
      preset: 'demo',
      accountCenter: { fields: { email: 'ReadOnly', phone: 'Edit' } },
    });
    const defaults = await report(server, ['--features', 'email,phone']);
    expect(defaults.row('field.email').status).toBe('warn');
    const explicit = await report(server, [
      '--features',
      'email,phone',
      '--fields',
      'phone=ReadOnly',
    ]);
    expect(explicit.row('field.phone')).toMatchObject({ status: 'fail', autoFix: true });
  });
});

describe('--fix', () => {
  it('shows the current values as a diff, asks, and changes nothing when the answer is no', async () => {
    const server = await tenant();
    const before = server.simulator.getState();
    const questions: string[] = [];
    const run = await doctor(server, ['--fix'], {
      confirm: async (question) => {
        questions.push(question);
        return false;
      },
    });
    expect(questions).toEqual(['Apply these changes? [y/N] ']);
    expect(run.stdout).toContain('PATCH /api/account-center');
    expect(run.stdout).toContain('  - enabled: false');
    expect(run.stdout).toContain('  + enabled: true');
    expect(run.stdout).toContain(`  + webauthnRelatedOrigins: ["${ORIGIN}"]`);
    expect(run.stdout).toContain(`PATCH /api/applications/${DEMO_SPA_APP_ID}`);
    expect(run.stdout).toContain('Nothing changed.');
    expect(server.simulator.getState().accountCenter).toEqual(before.accountCenter);
    expect(spaOf(server)).toEqual(
      before.management!.applications.find((a) => a.id === DEMO_SPA_APP_ID),
    );
  });

  it('without a terminal and without --yes, it does not apply', async () => {
    const server = await tenant();
    const run = await doctor(server, ['--fix']);
    expect(run.stderr).toContain('pass --yes');
    expect(server.simulator.getState().accountCenter.enabled).toBe(false);
  });

  it('applies the safe fixes, the Account API sees them, and a second run changes nothing', async () => {
    const server = await tenant({
      preset: 'logto-default',
      signInExperience: { mfa: { factors: ['WebAuthn'], policy: 'NoPrompt' } },
    });
    const user = server.simulator.mintToken();
    const me = () =>
      fetch(`${server.url}/api/my-account`, { headers: { authorization: `Bearer ${user}` } });
    expect((await me()).status).toBe(400);

    const first = await doctor(server, ['--features', 'profile,email,passkeys', '--fix', '--yes']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Applied.');
    const afterFirst = server.simulator.getState();
    expect(afterFirst.accountCenter).toMatchObject({
      enabled: true,
      fields: {
        name: 'Edit',
        avatar: 'Edit',
        profile: 'Edit',
        username: 'Edit',
        email: 'Edit',
        passkey: 'Edit',
      },
      webauthnRelatedOrigins: [ORIGIN],
    });
    expect(spaOf(server).oidcClientMetadata.redirectUris).toEqual([
      'http://localhost:5173/callback',
      `${ORIGIN}/callback`,
    ]);
    const account = (await (await me()).json()) as Record<string, unknown>;
    expect(account).toHaveProperty('primaryEmail');

    const second = await doctor(server, ['--features', 'profile,email,passkeys', '--fix', '--yes']);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Nothing to change');
    const afterSecond = server.simulator.getState();
    expect(afterSecond.accountCenter).toEqual(afterFirst.accountCenter);
    expect(afterSecond.management!.applications).toEqual(afterFirst.management!.applications);
  });

  it('keeps the fields it does not touch (PATCH replaces `fields` wholesale) and the other redirect lists', async () => {
    const server = await tenant({
      preset: 'logto-default',
      accountCenter: { fields: { session: 'ReadOnly', customData: 'Edit' } },
      management: {
        applications: [
          {
            id: DEMO_SPA_APP_ID,
            redirectUris: ['http://localhost:5173/callback'],
            postLogoutRedirectUris: ['http://localhost:5173', `${ORIGIN}/signed-out`],
          },
        ],
      },
    });
    const run = await doctor(server, [
      '--features',
      'email',
      '--fields',
      'phone=ReadOnly',
      '--fix',
      '--yes',
    ]);
    expect(run.code).toBe(0);
    expect(server.simulator.getState().accountCenter.fields).toEqual({
      session: 'ReadOnly',
      customData: 'Edit',
      email: 'Edit',
      phone: 'ReadOnly',
    });
    expect(spaOf(server).oidcClientMetadata).toEqual({
      redirectUris: ['http://localhost:5173/callback', `${ORIGIN}/callback`],
      postLogoutRedirectUris: ['http://localhost:5173', `${ORIGIN}/signed-out`],
    });
  });

  it('lists the steps it cannot take', async () => {
    const server = await tenant();
    const run = await doctor(server, ['--fix', '--yes']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Steps the doctor cannot take:');
    expect(run.stdout).toContain('Enable Authenticator app (Totp) under Multi-factor auth');
    expect(run.stdout).toMatch(/At Google \(the provider's own console, not Logto\)/);
  });
});

describe('--json', () => {
  it('reports rows, planned changes and manual steps; after --fix --yes, applied', async () => {
    const server = await tenant();
    const planned = await report(server);
    expect(planned.json.applied).toBe(false);
    expect(planned.json.changes.map((change) => change.path)).toEqual([
      '/api/account-center',
      `/api/applications/${DEMO_SPA_APP_ID}`,
    ]);
    const applied = await report(server, ['--fix', '--yes']);
    expect(applied.json.applied).toBe(true);
    expect(applied.json.changes).toEqual([]);
    expect(applied.row('account-center.enabled').status).toBe('ok');
    expect(applied.stderr).toBe('');
  });
});

describe('bad input: one line, exit 2', () => {
  const oneLine = (run: Run) => {
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^account-center-doctor: /);
  };

  it('a wrong endpoint', async () => {
    const server = await tenant();
    const run = await doctor({ url: `${server.url}/not-logto` });
    oneLine(run);
    expect(run.stderr).toContain('does not look like a Logto endpoint');
  });

  it('an unreachable tenant', async () => {
    const server = await tenant();
    await server.close();
    servers.splice(servers.indexOf(server), 1);
    const run = await doctor(server);
    oneLine(run);
    expect(run.stderr).toContain('cannot reach the tenant');
  });

  it('a wrong secret and an unknown app id', async () => {
    const server = await tenant();
    const wrongSecret = await doctor(server, [], { env: { [SECRET_ENV]: 'not-the-secret' } });
    oneLine(wrongSecret);
    expect(wrongSecret.stderr).toContain('wrong credentials');
    expect(wrongSecret.stderr).not.toContain('not-the-secret');
    const unknownApp = await doctor(server, ['--app-id', 'no-such-app']);
    oneLine(unknownApp);
    expect(unknownApp.stderr).toContain('wrong credentials');
  });

  it('an M2M app without the Management API role', async () => {
    const server = await tenant();
    const run = await doctor(server, ['--app-id', DOCTOR_M2M_NO_ROLE_APP_ID], {
      env: { [SECRET_ENV]: DOCTOR_M2M_NO_ROLE_SECRET },
    });
    oneLine(run);
    expect(run.stderr).toContain('"Logto Management API access" role');
  });

  it('an unknown SPA id, a missing secret, an unknown feature, a bad level', async () => {
    const server = await tenant();
    oneLine(await doctor(server, ['--spa-app-id', 'nope']));
    oneLine(await doctor(server, [], { env: {} }));
    oneLine(await doctor(server, ['--features', 'email,telepathy']));
    oneLine(await doctor(server, ['--fields', 'email=Write']));
    const missing = await doctor(server, [], { base: false });
    oneLine(missing);
    expect(missing.stderr).toContain('--endpoint is required');
  });

  it('with --json, the error is JSON on stdout too', async () => {
    const server = await tenant();
    const run = await doctor(server, ['--json'], { env: { [SECRET_ENV]: 'nope' } });
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual({ error: expect.stringContaining('wrong credentials') });
  });
});

describe('the secret', () => {
  const SECRET = 'doctor-s3cret-value-never-shown';
  const seed: TenantSeed = {
    preset: 'logto-default',
    management: { machineToMachine: [{ id: 'ci-doctor', secret: SECRET }] },
  };

  it('never appears in the output, from the environment, stdin or the flag', async () => {
    const server = await tenant(seed);
    const runs = [
      await doctor(server, ['--app-id', 'ci-doctor', '--fix', '--yes'], {
        env: { [SECRET_ENV]: SECRET },
      }),
      await doctor(server, ['--app-id', 'ci-doctor', '--json'], {
        env: {},
        readStdin: async () => `${SECRET}\n`,
      }),
      await doctor(server, ['--app-id', 'ci-doctor', '--secret', SECRET], { env: {} }),
    ];
    for (const run of runs) {
      expect(run.code).toBe(1);
      expect(run.stdout + run.stderr).not.toContain(SECRET);
    }
    expect(runs[2]!.stderr).toContain('--secret shows in ps and your shell history');
  });

  it('the published CLI reads it from stdin and exits with the doctor’s code', async () => {
    const server = await tenant(seed);
    const root = fileURLToPath(new URL('../../..', import.meta.url));
    const child = spawn(
      `${root}node_modules/.bin/tsx`,
      [
        '--conditions=@account-center/source',
        `${root}packages/doctor/src/cli.ts`,
        ...['--endpoint', server.url, '--app-id', 'ci-doctor', '--origin', ORIGIN],
        ...['--spa-app-id', DEMO_SPA_APP_ID, '--json'],
      ],
      { env: { ...process.env, [SECRET_ENV]: '' }, stdio: ['pipe', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdin.end(`${SECRET}\n`);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(1);
    expect(output).toContain('"ready": false');
    expect(output).not.toContain(SECRET);
  }, 120_000);
});
