import { describe, expect, it } from 'vitest';
import { listen } from './node.js';
import { DEMO_USER_ID } from './seed.js';
import { createAccountApiSimulator } from './simulator.js';
import type { AccountApiSimulator } from './simulator.js';
import { connect, rejection } from './test-utils/client.js';

const nameOnServer = (simulator: AccountApiSimulator) =>
  simulator.getState().users.find((user) => user.id === DEMO_USER_ID)?.name;

describe('apply-then-fail faults (when: after)', () => {
  it('a 500 after apply: the write is kept, the client hears a 500', async () => {
    const { client, simulator } = connect();
    simulator.faults.inject({
      route: 'PATCH /api/my-account',
      when: 'after',
      status: 500,
      once: true,
    });
    expect(await rejection(client.updateAccount({ name: 'Ada King' }))).toMatchObject({
      status: 500,
      code: 'http_error',
    });
    expect(nameOnServer(simulator)).toBe('Ada King');
    expect((await client.getAccount()).name).toBe('Ada King');
  });

  it('a network error after apply: the write is kept, fetch rejects like a dropped connection', async () => {
    const { client, simulator } = connect();
    simulator.faults.inject({
      route: 'PATCH /api/my-account',
      when: 'after',
      networkError: true,
      once: true,
    });
    const error = await rejection(client.updateAccount({ name: 'Ada King' }));
    expect(error).toMatchObject({ status: 0, code: 'network' });
    expect(error.cause).toBeInstanceOf(TypeError);
    expect(nameOnServer(simulator)).toBe('Ada King');
  });

  it('a timeout after apply: the write is kept and the answer never comes until the caller aborts', async () => {
    const { client, simulator } = connect();
    simulator.faults.inject({ route: 'PATCH /api/my-account', when: 'after', timeout: true });
    const controller = new AbortController();
    let settled = false;
    const pending = rejection(
      client.updateAccount({ name: 'Ada King' }, { signal: controller.signal }),
    ).finally(() => (settled = true));
    await expect.poll(() => nameOnServer(simulator)).toBe('Ada King');
    expect(settled).toBe(false);
    controller.abort(new Error('gave up'));
    expect(await pending).toMatchObject({ status: 0, code: 'aborted' });
  });

  it('a timeout before apply hangs without applying anything', async () => {
    const { client, simulator } = connect();
    simulator.faults.inject({ route: 'PATCH /api/my-account', timeout: true, once: true });
    const controller = new AbortController();
    const pending = rejection(
      client.updateAccount({ name: 'Ada King' }, { signal: controller.signal }),
    );
    controller.abort(new Error('gave up'));
    expect(await pending).toMatchObject({ code: 'aborted' });
    expect(nameOnServer(simulator)).toBe('Ada Lovelace');
    // `once`: taken by that request; the next one goes through.
    expect((await client.updateAccount({ name: 'Ada King' })).name).toBe('Ada King');
  });

  it('a fault after apply replaces whatever the route answered, also an error', async () => {
    const { client, simulator } = connect();
    simulator.faults.inject({
      route: 'DELETE /api/my-account/identities/:target',
      when: 'after',
      status: 503,
      once: true,
    });
    // The route would have answered 404 (no such identity); the client hears the fault's 503.
    expect(await rejection(client.deleteIdentity('nowhere'))).toMatchObject({ status: 503 });
  });

  it('a client timeout ends a hanging after-fault (timeoutMs)', async () => {
    const timed = connect({ client: { timeoutMs: 1 } });
    timed.simulator.faults.inject({ route: 'PATCH /api/my-account', when: 'after', timeout: true });
    expect(await rejection(timed.client.updateAccount({ name: 'Ada King' }))).toMatchObject({
      code: 'timeout',
    });
    expect(nameOnServer(timed.simulator)).toBe('Ada King');
  });
});

describe('apply-then-fail over the Node server', () => {
  it('a hanging after-fault applies the write and ends when the client disconnects', async () => {
    const simulator = createAccountApiSimulator();
    const token = simulator.mintToken();
    const server = await listen({ simulator, port: 0 });
    try {
      simulator.faults.inject({ route: 'PATCH /api/my-account', when: 'after', timeout: true });
      const controller = new AbortController();
      const pending = fetch(`${server.url}/api/my-account`, {
        method: 'PATCH',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Ada King' }),
        signal: controller.signal,
      });
      await expect.poll(() => nameOnServer(simulator)).toBe('Ada King');
      controller.abort();
      await expect(pending).rejects.toThrow();
      simulator.faults.clear();
      const account = await fetch(`${server.url}/api/my-account`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(((await account.json()) as { name: string }).name).toBe('Ada King');
    } finally {
      await server.close();
    }
  });
});
