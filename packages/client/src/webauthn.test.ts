import { describe, expect, it } from 'vitest';
import { registrationOptions } from './test-utils/fixtures.js';
import { webAuthnRegistrationOptionsSchema } from './schemas/verifications.js';
import { toSimpleWebAuthnOptions, toWebAuthnVerifyPayload } from './webauthn.js';

describe('WebAuthn helpers (§4.3)', () => {
  it('hands Logto registration options to startRegistration unchanged', () => {
    const parsed = webAuthnRegistrationOptionsSchema.parse(registrationOptions);
    expect(toSimpleWebAuthnOptions(parsed)).toEqual(registrationOptions);
  });

  it('turns a registration response into the verify payload with type WebAuthn', () => {
    const response = {
      id: 'cred',
      rawId: 'cred',
      type: 'public-key',
      response: { clientDataJSON: 'c', attestationObject: 'a', transports: ['internal'] },
      authenticatorAttachment: 'platform' as const,
      clientExtensionResults: { credProps: { rk: true } },
    };
    expect(toWebAuthnVerifyPayload(response)).toEqual({ ...response, type: 'WebAuthn' });
  });
});
