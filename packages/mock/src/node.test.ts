import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen } from './node.js';
import type { SimulatorServer } from './node.js';
import { DEMO_PASSWORD } from './seed.js';
import { createAccountApiSimulator } from './simulator.js';

describe('Node server', () => {
  const simulator = createAccountApiSimulator();
  const token = simulator.mintToken();
  let server: SimulatorServer;

  beforeAll(async () => {
    server = await listen({ simulator, port: 0 });
  });
  afterAll(() => server.close());

  async function both(pathname: string, init: RequestInit = {}) {
    const overHttp = await fetch(`${server.url}${pathname}`, init);
    const inProcess = await simulator.handle(new Request(`${server.url}${pathname}`, init));
    return {
      overHttp,
      inProcess,
      httpText: await overHttp.text(),
      inProcessText: await inProcess.text(),
    };
  }

  it('answers exactly like the fetch handler', async () => {
    const authorized = {
      headers: { authorization: `Bearer ${token}`, origin: 'https://app.example' },
    };
    const profile = await both('/api/my-account', authorized);
    expect(profile.overHttp.status).toBe(200);
    expect(profile.httpText).toBe(profile.inProcessText);
    expect(profile.overHttp.headers.get('etag')).toBe(profile.inProcess.headers.get('etag'));
    expect(profile.overHttp.headers.get('access-control-allow-origin')).toBe('https://app.example');

    const missing = await both('/api/my-account');
    expect(missing.overHttp.status).toBe(401);
    expect(missing.httpText).toBe(missing.inProcessText);

    const notModified = await fetch(`${server.url}/api/my-account`, {
      headers: { ...authorized.headers, 'if-none-match': profile.overHttp.headers.get('etag')! },
    });
    expect(notModified.status).toBe(304);
  });

  it('handles JSON bodies, text OK and multipart over HTTP', async () => {
    const created = await fetch(`${server.url}/api/verifications/password`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ password: DEMO_PASSWORD }),
    });
    expect(created.status).toBe(201);
    const { verificationRecordId } = (await created.json()) as { verificationRecordId: string };
    const sessions = await fetch(`${server.url}/api/my-account/sessions`, {
      headers: { authorization: `Bearer ${token}`, 'logto-verification-id': verificationRecordId },
    });
    expect(((await sessions.json()) as { sessions: unknown[] }).sessions).toHaveLength(2);

    const form = new FormData();
    form.set(
      'file',
      new Blob([new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0, 0x3b])], {
        type: 'image/gif',
      }),
      'a.gif',
    );
    const upload = await fetch(`${server.url}/api/my-account/user-assets/avatar`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    expect(upload.status).toBe(200);
    const { url } = (await upload.json()) as { url: string };
    expect(url.startsWith(server.url)).toBe(true);
    expect((await fetch(url)).headers.get('content-type')).toBe('image/gif');
  });

  it('answers a CORS preflight', async () => {
    const preflight = await fetch(`${server.url}/api/my-account`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://app.example',
        'access-control-request-method': 'PATCH',
        'access-control-request-headers': 'authorization,content-type,logto-verification-id',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://app.example');
    expect(preflight.headers.get('access-control-allow-headers')).toBe(
      'authorization,content-type,logto-verification-id',
    );
  });

  it('serves the social provider page and drops the connection on a network-error fault', async () => {
    const page = await fetch(
      `${server.url}/__mock/social/authorize?connector_id=mock-github&state=s&redirect_uri=${encodeURIComponent('http://localhost:3000/cb')}`,
    );
    expect(await page.text()).toContain('Continue as Grace Hopper');
    simulator.faults.inject({ route: 'GET /api/my-account', networkError: true, once: true });
    await expect(
      fetch(`${server.url}/api/my-account`, { headers: { authorization: `Bearer ${token}` } }),
    ).rejects.toThrow();
  });
});

describe('CLI', () => {
  it('starts with a seeded user and prints a ready token', async () => {
    const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
    // Run the package's `serve` script as pnpm would, without pnpm itself (it may reach the network).
    const { scripts } = JSON.parse(
      readFileSync(path.join(packageRoot, 'package.json'), 'utf8'),
    ) as {
      scripts: { serve: string };
    };
    const bin = path.resolve(packageRoot, '../../node_modules/.bin');
    const child = spawn('sh', ['-c', `${scripts.serve} --port 0`], {
      env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}` },
      cwd: packageRoot,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const output = await new Promise<string>((resolve, reject) => {
        let text = '';
        const timer = setTimeout(() => reject(new Error(`CLI did not start:\n${text}`)), 15_000);
        child.stdout.on('data', (chunk: Buffer) => {
          text += chunk.toString();
          if (text.includes('Access token:') && text.includes('Codes "sent"')) {
            clearTimeout(timer);
            resolve(text);
          }
        });
        child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
      });
      const endpoint = /Endpoint:\s+(http:\/\/\S+)/.exec(output)![1]!;
      const token = /Access token:\s+(\S+)/.exec(output)![1]!;
      const response = await fetch(`${endpoint}/api/my-account`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.status).toBe(200);
      expect(((await response.json()) as { username: string }).username).toBe('ada_lovelace');
    } finally {
      process.kill(-child.pid!, 'SIGTERM');
    }
  });
});
