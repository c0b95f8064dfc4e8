/**
 * A real passkey registration in Chromium (virtual authenticator) against the simulator's
 * attestation check (§4.3, §12). The page and the API share the host name `localhost`.
 */

import { startRegistration } from '@simplewebauthn/browser';
import type { RegistrationResponseJSON } from '@simplewebauthn/browser';
import { describe, expect, it } from 'vitest';
import { createSimulatorFetch } from './fetch.js';
import { DEMO_PASSWORD } from './seed.js';
import { createAccountApiSimulator } from './simulator.js';
import { withVirtualAuthenticator } from '../../../scripts/virtual-authenticator.js';

const inBrowser = typeof window !== 'undefined';
const endpoint = inBrowser ? `http://localhost:${location.port}` : '';

// The node project's `*.test.ts` glob also picks this file up: there it registers a skipped
// suite, and `vitest/browser` (which throws outside Browser Mode) is imported lazily.
describe.skipIf(!inBrowser)('WebAuthn registration in Chromium', () => {
  withVirtualAuthenticator();

  it('passes the attestation check, lists the credential, and fails for an unrelated Origin', async () => {
    expect(location.hostname).toBe('localhost');
    const simulator = createAccountApiSimulator();
    const token = simulator.mintToken();
    const pageFetch = createSimulatorFetch(simulator);
    const foreignFetch = createSimulatorFetch(simulator, { origin: 'https://evil.example' });
    const call = async (
      fetcher: typeof fetch,
      method: string,
      path: string,
      body?: unknown,
      verificationId?: string,
    ) => {
      const response = await fetcher(`${endpoint}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          ...(verificationId ? { 'logto-verification-id': verificationId } : {}),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : null };
    };

    const header = (
      await call(pageFetch, 'POST', '/api/verifications/password', { password: DEMO_PASSWORD })
    ).body.verificationRecordId as string;
    const registration = await call(pageFetch, 'POST', '/api/verifications/web-authn/registration');
    expect(registration.status).toBe(200);
    expect(registration.body.registrationOptions.rp.id).toBe('localhost');

    const credential: RegistrationResponseJSON = await startRegistration({
      optionsJSON: registration.body.registrationOptions,
    });
    const payload = { ...credential, type: 'WebAuthn' };

    const foreign = await call(
      foreignFetch,
      'POST',
      '/api/verifications/web-authn/registration/verify',
      {
        verificationRecordId: registration.body.verificationRecordId,
        payload,
      },
    );
    expect(foreign.status).toBe(400);
    expect(foreign.body.code).toBe('session.mfa.webauthn_verification_failed');
    expect(foreign.body.data.message).toContain(location.origin);

    const verified = await call(
      pageFetch,
      'POST',
      '/api/verifications/web-authn/registration/verify',
      {
        verificationRecordId: registration.body.verificationRecordId,
        payload,
      },
    );
    expect(verified.status).toBe(200);

    const bound = await call(
      pageFetch,
      'POST',
      '/api/my-account/mfa-verifications',
      {
        type: 'WebAuthn',
        newIdentifierVerificationRecordId: registration.body.verificationRecordId,
        name: 'Virtual authenticator',
      },
      header,
    );
    expect(bound.status).toBe(204);

    const list = await call(pageFetch, 'GET', '/api/my-account/mfa-verifications');
    expect(list.body).toEqual([
      {
        id: expect.any(String),
        createdAt: expect.any(String),
        type: 'WebAuthn',
        agent: navigator.userAgent,
        name: 'Virtual authenticator',
      },
    ]);
    const stored = simulator.getState().users[0]!.mfaVerifications[0]!;
    expect(stored.type === 'WebAuthn' && stored.credentialId).toBe(credential.id);
  });
});
