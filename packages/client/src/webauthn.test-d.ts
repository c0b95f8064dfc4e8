import type {
  PublicKeyCredentialCreationOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/browser';
import { expectTypeOf, test } from 'vitest';
import type { WebAuthnRegistrationOptions } from './schemas/verifications.js';
import { toSimpleWebAuthnOptions, toWebAuthnVerifyPayload } from './webauthn.js';
import type { WebAuthnVerifyPayload } from './webauthn.js';

test('Logto options convert to what startRegistration({ optionsJSON }) takes', () => {
  expectTypeOf(
    toSimpleWebAuthnOptions({} as WebAuthnRegistrationOptions),
  ).toExtend<PublicKeyCredentialCreationOptionsJSON>();
});

test('a startRegistration() result converts to the verify payload', () => {
  const response = {} as RegistrationResponseJSON;
  expectTypeOf(toWebAuthnVerifyPayload(response)).toEqualTypeOf<WebAuthnVerifyPayload>();
});
