/**
 * Builds a genuine `fmt: "none"` registration response in Node (ES256 key, CBOR attestation
 * object), so the simulator's real @simplewebauthn/server check can be exercised without a browser.
 */

import { toBase64Url } from '../ids.js';
import { sha256 } from '../sha256.js';

function head(major: number, length: number): number[] {
  if (length < 24) return [(major << 5) | length];
  if (length < 256) return [(major << 5) | 24, length];
  return [(major << 5) | 25, length >> 8, length & 0xff];
}

type Cbor = number | string | Uint8Array | Map<Cbor, Cbor>;

function encodeCbor(value: Cbor): number[] {
  if (typeof value === 'number') return value >= 0 ? head(0, value) : head(1, -1 - value);
  if (typeof value === 'string') {
    const bytes = new TextEncoder().encode(value);
    return [...head(3, bytes.length), ...bytes];
  }
  if (value instanceof Uint8Array) return [...head(2, value.length), ...value];
  const out = head(5, value.size);
  for (const [key, item] of value) out.push(...encodeCbor(key), ...encodeCbor(item));
  return out;
}

function fromBase64Url(value: string): Uint8Array {
  const base64 = value.replace(/-/g, '+').replace(/_/g, '/');
  return Uint8Array.from(atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4)), (char) =>
    char.charCodeAt(0),
  );
}

/** The `startRegistration()`-shaped result for `options`, as made on `origin`. */
export async function createRegistrationResponse(
  options: { challenge: string; rp: { id: string } },
  origin: string,
) {
  const keyPair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
    'sign',
    'verify',
  ]);
  const jwk = await crypto.subtle.exportKey('jwk', keyPair.publicKey);
  const coseKey = new Map<Cbor, Cbor>([
    [1, 2],
    [3, -7],
    [-1, 1],
    [-2, fromBase64Url(jwk.x!)],
    [-3, fromBase64Url(jwk.y!)],
  ]);
  const credentialId = crypto.getRandomValues(new Uint8Array(16));
  const authData = new Uint8Array([
    ...sha256(options.rp.id),
    0x45, // UP | UV | AT
    0,
    0,
    0,
    0,
    ...new Uint8Array(16),
    0,
    credentialId.length,
    ...credentialId,
    ...encodeCbor(coseKey),
  ]);
  const attestationObject = new Uint8Array(
    encodeCbor(
      new Map<Cbor, Cbor>([
        ['fmt', 'none'],
        ['attStmt', new Map()],
        ['authData', authData],
      ]),
    ),
  );
  const clientDataJSON = new TextEncoder().encode(
    JSON.stringify({
      type: 'webauthn.create',
      challenge: options.challenge,
      origin,
      crossOrigin: false,
    }),
  );
  const id = toBase64Url(credentialId);
  return {
    type: 'WebAuthn' as const,
    id,
    rawId: id,
    response: {
      clientDataJSON: toBase64Url(clientDataJSON),
      attestationObject: toBase64Url(attestationObject),
      transports: ['internal'],
    },
    authenticatorAttachment: 'platform' as const,
    clientExtensionResults: {},
  };
}
