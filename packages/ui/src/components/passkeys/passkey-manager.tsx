import { Passkeys } from './passkeys.js';
import type { PasskeysRootProps } from './passkeys.js';

export { PasskeyItem, PasskeyNameForm } from './passkey-item.js';
export type { PasskeyFactor, PasskeyItemProps, PasskeyNameFormProps } from './passkey-item.js';

/** `PasskeyManager`'s props: `Passkeys.Root`'s. */
export type PasskeyManagerProps = PasskeysRootProps;

/**
 * The passkeys section: the list (name, added, last used), add (step-up → OS prompt → name),
 * rename inline and remove with confirmation. The registration options and the WebAuthn code
 * load when the section opens, so the OS prompt opens straight from the click (bar 25). Follows
 * the server's gates: adding needs `passkey` (else `mfa`) Edit, the list needs `mfa` readable.
 * The usual composition of the `Passkeys` parts; compose them yourself to rearrange it.
 */
export function PasskeyManager(props: PasskeyManagerProps) {
  return (
    <Passkeys.Root {...props}>
      <Passkeys.Header />
      <Passkeys.Content>
        <Passkeys.List />
        <Passkeys.ReadOnlyNote />
        <Passkeys.Add />
      </Passkeys.Content>
    </Passkeys.Root>
  );
}
