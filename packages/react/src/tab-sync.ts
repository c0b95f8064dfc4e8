/**
 * The app's side of cross-tab sign-out: `useSignOut()`. The channel itself lives in
 * `tab-sync-channel.ts`, loaded lazily by the provider.
 */
import { createContext, useContext } from 'react';

/** The provider's sign-out function, read by {@link useSignOut}. */
export const SignOutContext = createContext<(() => void) | null>(null);

/**
 * Tell the kit the user signed out: it drops everything it cached for this user and tells the
 * user's other tabs, whose provider calls its `onSignOut` (e.g. to show the sign-in page). Call
 * it when your app signs out, before leaving (e.g. before `@logto/react`'s `signOut()`).
 *
 * @example
 * const signOutOfKit = useSignOut();
 * const onClick = async () => {
 *   signOutOfKit();
 *   await signOut(postSignOutRedirectUri);
 * };
 */
export function useSignOut(): () => void {
  const signOut = useContext(SignOutContext);
  if (!signOut) throw new Error('useSignOut() needs <AccountCenterProvider>.');
  return signOut;
}
