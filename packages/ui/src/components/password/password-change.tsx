import {
  PasswordContent,
  PasswordForm,
  PasswordHeader,
  PasswordNotice,
  PasswordReadOnlyNote,
  PasswordRoot,
  PasswordStatus,
} from './password.js';
import type { PasswordRootProps } from './password.js';

export { PasswordChangeForm } from './password-change-form.js';
export type {
  PasswordChangeFormProps,
  PasswordChangeResult,
  PasswordChangeValues,
} from './password-change-form.js';

/** `PasswordChange`'s props: `Password.Root`'s, without `children`. */
export type PasswordChangeProps = Omit<PasswordRootProps, 'children'>;

/**
 * The password section: whether a password is set, and "Set password" (no password yet) or
 * "Change password", which opens the form in place. Hidden when the `password` field is Off;
 * read-only shows the state and an admin hint without the action. The usual composition of the
 * `Password` parts; compose them yourself to rearrange it.
 * @example <PasswordChange onSuccess={({ signedOutOthers }) => track(signedOutOthers)} />
 */
export function PasswordChange(props: PasswordChangeProps) {
  return (
    // Named parts, not the `Password` object: an app that imports only this leaves it out.
    <PasswordRoot {...props}>
      <PasswordHeader />
      <PasswordContent>
        <PasswordNotice />
        <PasswordStatus />
        <PasswordReadOnlyNote />
        <PasswordForm />
      </PasswordContent>
    </PasswordRoot>
  );
}
