/**
 * Type-level bridge between Logto's WebAuthn payloads (§4.3) and `@simplewebauthn/browser` v14.
 * The kit does not depend on that library: these are structural copies of its JSON types, checked
 * for assignability in `webauthn.test-d.ts`.
 */
import type { WebAuthnRegistrationOptions } from './schemas/verifications.js';

type AuthenticatorTransport =
  'ble' | 'cable' | 'hybrid' | 'internal' | 'nfc' | 'smart-card' | 'usb';
type Requirement = 'discouraged' | 'preferred' | 'required';

/** What `startRegistration({ optionsJSON })` takes (SimpleWebAuthn `PublicKeyCredentialCreationOptionsJSON`). */
export interface CreationOptionsJSON {
  rp: { id?: string; name: string };
  user: { id: string; name: string; displayName: string };
  challenge: string;
  pubKeyCredParams: { alg: number; type: 'public-key' }[];
  timeout?: number;
  excludeCredentials?: { id: string; type: 'public-key'; transports?: AuthenticatorTransport[] }[];
  authenticatorSelection?: {
    authenticatorAttachment?: 'platform' | 'cross-platform';
    requireResidentKey?: boolean;
    residentKey?: Requirement;
    userVerification?: Requirement;
  };
  attestation?: 'direct' | 'enterprise' | 'indirect' | 'none';
  extensions?: { credProps?: boolean };
}

/** What `startRegistration()` resolves with (SimpleWebAuthn `RegistrationResponseJSON`). */
export interface RegistrationResponseJSON {
  id: string;
  rawId: string;
  response: {
    clientDataJSON: string;
    attestationObject: string;
    authenticatorData?: string;
    transports?: string[];
    publicKeyAlgorithm?: number;
    publicKey?: string;
  };
  authenticatorAttachment?: 'platform' | 'cross-platform';
  clientExtensionResults: object;
  type: string;
}

/** Body `payload` of `POST /api/verifications/web-authn/registration/verify` (§4.3). */
export interface WebAuthnVerifyPayload extends Omit<RegistrationResponseJSON, 'type'> {
  type: 'WebAuthn';
}

/**
 * Turn Logto's `registrationOptions` into `startRegistration`'s `optionsJSON`. Logto already
 * speaks SimpleWebAuthn's JSON (§4.3); this narrows its strings to the library's literal types.
 *
 * @example
 * const { registrationOptions } = await client.createWebAuthnRegistration();
 * const response = await startRegistration({ optionsJSON: toSimpleWebAuthnOptions(registrationOptions) });
 */
export function toSimpleWebAuthnOptions(options: WebAuthnRegistrationOptions): CreationOptionsJSON {
  return options as CreationOptionsJSON;
}

/**
 * Turn `startRegistration()`'s result into Logto's verify payload: the same JSON with
 * `type: 'WebAuthn'` instead of `'public-key'` (§4.3).
 *
 * @example
 * await client.verifyWebAuthnRegistration({ verificationRecordId, payload: toWebAuthnVerifyPayload(response) });
 */
export function toWebAuthnVerifyPayload(response: RegistrationResponseJSON): WebAuthnVerifyPayload {
  return { ...response, type: 'WebAuthn' };
}
