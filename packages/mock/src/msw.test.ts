import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMswHandlers } from './msw.js';
import { createAccountApiSimulator } from './simulator.js';

const endpoint = 'https://tenant.logto.app';
const simulator = createAccountApiSimulator();
const server = setupServer(...createMswHandlers(simulator, { endpoint }));

describe('MSW handlers (setupServer)', () => {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  it('routes the endpoint’s Account API to the simulator', async () => {
    const token = simulator.mintToken();
    const response = await fetch(`${endpoint}/api/my-account`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { id: string }).id).toBe('demouser0001');
    const settings = await fetch(`${endpoint}/api/.well-known/account-center`);
    expect(((await settings.json()) as { enabled: boolean }).enabled).toBe(true);
  });

  it('turns a simulated network error into a failed fetch', async () => {
    simulator.faults.inject({ route: 'GET /api/my-account', networkError: true, once: true });
    await expect(fetch(`${endpoint}/api/my-account`)).rejects.toThrow(TypeError);
  });
});
