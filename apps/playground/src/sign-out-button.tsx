/**
 * The header's "Sign out" in both modes: tells the kit first (it drops what it cached and tells
 * the user's other tabs, whose provider calls `onSignOut`), then the mode signs out.
 */
import { useSignOut } from '@account-center/react';

/** Props of {@link SignOutButton}. */
export interface SignOutButtonProps {
  /** The mode's own sign-out (revoke the token, or `@logto/react`'s `signOut`). */
  onSignOut: () => void;
}

/** The sign-out button. */
export function SignOutButton({ onSignOut }: SignOutButtonProps) {
  const signOutOfKit = useSignOut();
  return (
    <button
      type="button"
      onClick={() => {
        signOutOfKit();
        onSignOut();
      }}
    >
      Sign out
    </button>
  );
}
