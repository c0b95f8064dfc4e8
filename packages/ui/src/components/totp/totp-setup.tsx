import { Totp } from './totp.js';
import type { TotpRootProps } from './totp.js';

/** `TotpSetup`'s props: `Totp.Root`'s. */
export type TotpSetupProps = TotpRootProps;

/**
 * The authenticator-app section: set up (QR or key, then a 6-digit code), replace and remove.
 * Not rendered when the `mfa` field is Off or TOTP is not enabled for the tenant. The usual
 * composition of the `Totp` parts; compose them yourself to rearrange it.
 */
export function TotpSetup(props: TotpSetupProps) {
  return (
    <Totp.Root {...props}>
      <Totp.Header />
      <Totp.Content>
        <Totp.Status />
        <Totp.ReadOnlyNote />
        <Totp.LastFactorNote />
        <Totp.Actions />
        <Totp.SetupPanel />
      </Totp.Content>
    </Totp.Root>
  );
}
