/**
 * WebAuthn registration like Logto's (§4.3, §12): options with `rp.id` = host name of the API
 * request, and real attestation verification with `@simplewebauthn/server`, imported lazily so
 * its ~84 kB only load when a verify request arrives.
 */

import { toBase64Url } from './ids.js';
import type { UserState } from './types.js';

/** `PublicKeyCredentialCreationOptionsJSON` as Logto sends it (SimpleWebAuthn shape). */
export interface RegistrationOptionsJson {
  challenge: string;
  rp: { name: string; id: string };
  user: { id: string; name: string; displayName: string };
  pubKeyCredParams: { alg: number; type: 'public-key' }[];
  timeout: number;
  attestation: 'none';
  excludeCredentials: { id: string; type: 'public-key'; transports?: string[] }[];
  authenticatorSelection: {
    residentKey: 'required';
    requireResidentKey: true;
    userVerification: 'required';
  };
  extensions: { credProps: true };
}

function formattedPhone(phone: string | null): string | null {
  return phone ? `+${phone}` : null;
}

/** Builds the options; the caller stores `challenge` and `rp.id` in the record. */
export function buildRegistrationOptions(user: UserState, rpId: string): RegistrationOptionsJson {
  const name =
    user.username ?? user.primaryEmail ?? formattedPhone(user.primaryPhone) ?? 'Unnamed User';
  const displayName =
    user.name ??
    user.username ??
    user.primaryEmail ??
    formattedPhone(user.primaryPhone) ??
    'Unnamed User';
  return {
    challenge: toBase64Url(crypto.getRandomValues(new Uint8Array(32))),
    rp: { name: rpId, id: rpId },
    user: { id: toBase64Url(new TextEncoder().encode(user.id)), name, displayName },
    pubKeyCredParams: [
      { alg: -7, type: 'public-key' },
      { alg: -257, type: 'public-key' },
    ],
    timeout: 60_000,
    attestation: 'none',
    excludeCredentials: user.mfaVerifications.flatMap((entry) =>
      entry.type === 'WebAuthn'
        ? [
            {
              id: entry.credentialId,
              type: 'public-key' as const,
              ...(entry.transports.length > 0 ? { transports: entry.transports } : {}),
            },
          ]
        : [],
    ),
    authenticatorSelection: {
      residentKey: 'required',
      requireResidentKey: true,
      userVerification: 'required',
    },
    extensions: { credProps: true },
  };
}

/** What a successful verification yields. */
export interface VerifiedCredential {
  credentialId: string;
  publicKey: string;
  counter: number;
  transports: string[];
}

/** The outcome of {@link verifyRegistration}. */
export type RegistrationVerification =
  { verified: true; credential: VerifiedCredential } | { verified: false; message: string };

/**
 * Verifies the attestation: challenge, user verification, and origin ∈ [page origin,
 * ...webauthnRelatedOrigins]. The RP-ID hash is not checked, as upstream (§4.3).
 */
export async function verifyRegistration(options: {
  response: unknown;
  challenge: string;
  expectedOrigins: string[];
}): Promise<RegistrationVerification> {
  if (options.expectedOrigins.length === 0)
    return { verified: false, message: 'No expected origin for this request' };
  try {
    const { verifyRegistrationResponse } = await import('@simplewebauthn/server');
    const result = await verifyRegistrationResponse({
      response: options.response as Parameters<typeof verifyRegistrationResponse>[0]['response'],
      expectedChallenge: options.challenge,
      expectedOrigin: options.expectedOrigins,
      requireUserVerification: true,
    });
    if (!result.verified)
      return { verified: false, message: 'Registration response could not be verified' };
    const { credential } = result.registrationInfo;
    return {
      verified: true,
      credential: {
        credentialId: credential.id,
        publicKey: toBase64Url(credential.publicKey),
        counter: credential.counter,
        transports: credential.transports ?? [],
      },
    };
  } catch (error) {
    return { verified: false, message: error instanceof Error ? error.message : String(error) };
  }
}
