/**
 * Wiring for the client-contract tests (tests only; not built): the real `@account-center/client`
 * talking to a real simulator through `createSimulatorFetch`, both on one frozen clock.
 */

import { AccountApiError, createAccountClient } from '@account-center/client';
import type {
  AccountClient,
  AccountClientOptions,
  WebAuthnRegistrationOptions,
} from '@account-center/client';
import { createSimulatorFetch } from '../fetch.js';
import type { MintTokenOptions } from '../simulator.js';
import type { AccountApiSimulator } from '../simulator.js';
import { createAccountApiSimulator } from '../simulator.js';
import type { TenantSeed } from '../seed.js';
import { createRegistrationResponse } from './webauthn-fixture.js';

/** The tenant endpoint the client is pointed at (its host name is the WebAuthn rpId). */
export const ENDPOINT = 'http://localhost:3001';
/** The page origin `createSimulatorFetch` reports (WebAuthn origin checks). */
export const PAGE_ORIGIN = 'http://localhost:3000';
/** Where both clocks start; nothing moves them but `simulator.clock.advance`. */
export const START = Date.parse('2026-11-27T00:00:00.000Z');

export interface Connected {
  simulator: AccountApiSimulator;
  token: string;
  client: AccountClient;
}

/**
 * A simulator on a frozen clock, a token, and a client whose `now` is that same clock, so moving
 * `simulator.clock` ages the records on both sides.
 */
export function connect(
  options: {
    seed?: TenantSeed;
    token?: MintTokenOptions;
    client?: Partial<AccountClientOptions>;
  } = {},
): Connected {
  const simulator = createAccountApiSimulator({
    seed: options.seed ?? {},
    clock: { now: () => START },
  });
  const token = simulator.mintToken(options.token);
  const client = createAccountClient({
    endpoint: ENDPOINT,
    fetch: createSimulatorFetch(simulator, { origin: PAGE_ORIGIN }),
    getAccessToken: async () => token,
    now: () => simulator.clock.now(),
    ...options.client,
  });
  return { simulator, token, client };
}

/** The `AccountApiError` a call rejects with; fails the test if it resolves or throws anything else. */
export async function rejection(promise: Promise<unknown>): Promise<AccountApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AccountApiError) return error;
    throw error;
  }
  throw new Error('Expected the call to reject with an AccountApiError, but it resolved.');
}

/**
 * A genuine `none` attestation for registration options as the client parsed them, made on
 * `origin` (the client's schema keeps `rp.id` optional; an absent one means the endpoint's host).
 */
export function attest(options: WebAuthnRegistrationOptions, origin: string) {
  const rpId = options.rp.id ?? new URL(ENDPOINT).hostname;
  return createRegistrationResponse({ challenge: options.challenge, rp: { id: rpId } }, origin);
}
