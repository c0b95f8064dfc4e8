/**
 * The browser half of passkey registration, loaded as one lazy chunk together with
 * `@simplewebauthn/browser` when a passkey section opens (kept out of the initial bundle).
 */
import { startRegistration } from '@simplewebauthn/browser';
import { AccountApiError } from '@account-center/client';
import { toSimpleWebAuthnOptions, toWebAuthnVerifyPayload } from '@account-center/client/helpers';
import type { WebAuthnRegistration } from '@account-center/client';
import type { AccountKit } from '../../kit.js';
import { warnTenantProblem } from '../../dev-warnings.js';

/**
 * Map a WebAuthn failure to the kit's error: a dismissed prompt is `webauthn_cancelled` (quiet);
 * a `SecurityError` (this origin may not use the rpId) is `webauthn_security_error`, which
 * `runCeremony` also explains to the developer (development builds, once per kit).
 */
export function toWebAuthnError(error: unknown): AccountApiError {
  const { name, code, cause } = error as {
    name?: string;
    code?: string;
    cause?: { name?: string };
  };
  const reason = cause?.name ?? name;
  const security =
    reason === 'SecurityError' || code === 'ERROR_INVALID_RP_ID' || code === 'ERROR_INVALID_DOMAIN';
  return new AccountApiError({
    status: 0,
    code: security
      ? 'webauthn_security_error'
      : code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED' || reason === 'InvalidStateError'
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
export function runCeremony(kit: AccountKit, registration: WebAuthnRegistration): Promise<string> {
  return startRegistration({
    optionsJSON: toSimpleWebAuthnOptions(registration.registrationOptions) as never,
  })
    .catch((error: unknown) => {
      const mapped = toWebAuthnError(error);
      // For the developer; the user is only told that passkeys are not available here.
      try {
        if (process.env.NODE_ENV !== 'production' && mapped.code === 'webauthn_security_error')
          warnTenantProblem(kit, 'passkey-related-origin');
      } catch {} // eslint-disable-line no-empty
      throw mapped;
    })
    .then((response) =>
      kit.client.verifyWebAuthnRegistration({
        verificationRecordId: registration.verificationRecordId,
        payload: toWebAuthnVerifyPayload(response as never),
      }),
    )
    .then((verified) => verified.verificationRecordId);
}
