/** Test harness: a simulator plus a small `call` helper (tests only; not built). */

import type {
  AccountApiSimulator,
  AccountApiSimulatorOptions,
  MintTokenOptions,
} from '../simulator.js';
import { createAccountApiSimulator } from '../simulator.js';
import { DEMO_PASSWORD, OTHER_USER_ID } from '../seed.js';
import { createRegistrationResponse } from './webauthn-fixture.js';

export const ENDPOINT = 'http://localhost:3001';

export interface CallOptions {
  token?: string | null;
  body?: unknown;
  verificationId?: string;
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON bodies.
  body: any;
  text: string;
  headers: Headers;
}

export interface Harness {
  simulator: AccountApiSimulator;
  token: string;
  call(method: string, path: string, options?: CallOptions): Promise<CallResult>;
  mint(options?: MintTokenOptions): string;
  /** A verified Password record of the default user (the header for "A"/"C" routes). */
  passwordRecord(token?: string): Promise<string>;
  /** A Password record of the second seeded user. */
  otherUsersRecord(): Promise<string>;
  /** Sends and verifies a code to `email`; returns the record id. */
  verifiedEmailRecord(email: string, token?: string): Promise<string>;
  verifiedPhoneRecord(phone: string, token?: string): Promise<string>;
  /** Runs the fake social flow to a verified Social record. */
  verifiedSocialRecord(connectorId: string, providerUserId?: string): Promise<string>;
  /** Runs WebAuthn registration + verify (a forged, valid `none` attestation) to a verified record. */
  verifiedWebAuthnRecord(origin?: string): Promise<string>;
}

export function createHarness(options: AccountApiSimulatorOptions = {}): Harness {
  const simulator = createAccountApiSimulator(options);
  const token = simulator.mintToken();
  const call: Harness['call'] = async (method, path, callOptions = {}) => {
    const headers = new Headers(callOptions.headers);
    const callToken = callOptions.token === undefined ? token : callOptions.token;
    if (callToken !== null) headers.set('authorization', `Bearer ${callToken}`);
    if (callOptions.verificationId)
      headers.set('logto-verification-id', callOptions.verificationId);
    let body: BodyInit | undefined;
    if (callOptions.body instanceof FormData) body = callOptions.body;
    else if (callOptions.body !== undefined) {
      body = JSON.stringify(callOptions.body);
      if (!headers.has('content-type')) headers.set('content-type', 'application/json');
    }
    const response = await simulator.handle(
      new Request(`${ENDPOINT}${path}`, { method, headers, body }),
    );
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // keep text
    }
    return { status: response.status, body: parsed, text, headers: response.headers };
  };
  const verifiedCodeRecord = async (type: 'email' | 'phone', value: string, callToken?: string) => {
    const sent = await call('POST', '/api/verifications/verification-code', {
      token: callToken,
      body: { identifier: { type, value } },
    });
    if (sent.status !== 201) throw new Error(`send failed: ${sent.text}`);
    const code = simulator.inbox.latestCode(value)!;
    const verified = await call('POST', '/api/verifications/verification-code/verify', {
      token: callToken,
      body: { identifier: { type, value }, verificationId: sent.body.verificationRecordId, code },
    });
    if (verified.status !== 200) throw new Error(`verify failed: ${verified.text}`);
    return sent.body.verificationRecordId as string;
  };
  return {
    simulator,
    token,
    call,
    mint: (mintOptions) => simulator.mintToken(mintOptions),
    async passwordRecord(callToken) {
      const result = await call('POST', '/api/verifications/password', {
        token: callToken,
        body: { password: DEMO_PASSWORD },
      });
      if (result.status !== 201) throw new Error(`password record failed: ${result.text}`);
      return result.body.verificationRecordId;
    },
    async otherUsersRecord() {
      const otherToken = simulator.mintToken({ userId: OTHER_USER_ID });
      const result = await call('POST', '/api/verifications/password', {
        token: otherToken,
        body: { password: 'Cobol-Compiler-1959' },
      });
      return result.body.verificationRecordId;
    },
    verifiedEmailRecord: (email, callToken) => verifiedCodeRecord('email', email, callToken),
    verifiedPhoneRecord: (phone, callToken) => verifiedCodeRecord('phone', phone, callToken),
    async verifiedSocialRecord(connectorId, providerUserId) {
      const created = await call('POST', '/api/verifications/social', {
        body: { connectorId, state: 'state-123', redirectUri: 'http://localhost:3000/callback' },
      });
      if (created.status !== 201) throw new Error(`social failed: ${created.text}`);
      const redirect = new URL(
        simulator.social.authorize(
          created.body.authorizationUri,
          providerUserId ? { user: providerUserId } : {},
        ),
      );
      const verified = await call('POST', '/api/verifications/social/verify', {
        body: {
          verificationRecordId: created.body.verificationRecordId,
          connectorData: Object.fromEntries(redirect.searchParams),
        },
      });
      if (verified.status !== 200) throw new Error(`social verify failed: ${verified.text}`);
      return created.body.verificationRecordId;
    },
    async verifiedWebAuthnRecord(origin = 'http://localhost:3000') {
      const created = await call('POST', '/api/verifications/web-authn/registration');
      const payload = await createRegistrationResponse(created.body.registrationOptions, origin);
      const verified = await call('POST', '/api/verifications/web-authn/registration/verify', {
        headers: { origin },
        body: { verificationRecordId: created.body.verificationRecordId, payload },
      });
      if (verified.status !== 200) throw new Error(`webauthn verify failed: ${verified.text}`);
      return created.body.verificationRecordId;
    },
  };
}
