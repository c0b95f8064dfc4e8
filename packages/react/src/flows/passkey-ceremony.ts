/**
 * The browser half of passkey registration, loaded as one lazy chunk together with
 * `@simplewebauthn/browser` when a passkey section opens (kept out of the initial bundle).
 */
import { startRegistration } from '@simplewebauthn/browser';
import {
  AccountApiError,
  toSimpleWebAuthnOptions,
  toWebAuthnVerifyPayload,
} from '@account-center/client';
import type { WebAuthnRegistration } from '@account-center/client';
import type { AccountCenterKit } from '../kit.js';

/** Map a WebAuthn failure to the kit's error: a dismissed prompt is `webauthn_cancelled` (quiet). */
export function toWebAuthnError(error: unknown): AccountApiError {
  const { name, code, cause } = error as {
    name?: string;
    code?: string;
    cause?: { name?: string };
  };
  const reason = cause?.name ?? name;
  return new AccountApiError({
    status: 0,
    code:
      code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED' || reason === 'InvalidStateError'
        ? 'webauthn_already_registered'
        : reason === 'NotAllowedError' ||
            reason === 'AbortError' ||
            code === 'ERROR_CEREMONY_ABORTED'
          ? 'webauthn_cancelled'
          : 'webauthn_failed',
    message: (error as Error).message,
    cause: error,
  });
}

/**
 * Open the OS prompt (synchronously, inside the caller's click) and verify the answer; resolves
 * to the verified WebAuthn record id.
 */
export function runCeremony(
  kit: AccountCenterKit,
  registration: WebAuthnRegistration,
): Promise<string> {
  return startRegistration({
    optionsJSON: toSimpleWebAuthnOptions(registration.registrationOptions) as never,
  })
    .catch((error: unknown) => {
      throw toWebAuthnError(error);
    })
    .then((response) =>
      kit.client.verifyWebAuthnRegistration({
        verificationRecordId: registration.verificationRecordId,
        payload: toWebAuthnVerifyPayload(response as never),
      }),
    )
    .then((verified) => verified.verificationRecordId);
}
