import { Sessions } from './sessions.js';
import type { SessionsRootProps } from './sessions.js';

/** `SessionList`'s props: `Sessions.Root`'s. */
export type SessionListProps = SessionsRootProps;

/**
 * Where the user is signed in: this device first (marked, no sign-out), then the others with
 * browser and OS, place and IP, sign-in time and expiry (the API keeps no last-activity time).
 * Sign out one device or all others, each after a confirmation that can also remove the apps'
 * access granted there. Reading the list needs step-up, so the section first offers to verify.
 * Hidden when the `session` field is Off. The usual composition of the `Sessions` parts.
 * @example <SessionList />
 */
export function SessionList(props: SessionListProps) {
  return (
    <Sessions.Root {...props}>
      <Sessions.Header />
      <Sessions.Content>
        <Sessions.List />
        <Sessions.Empty />
        <Sessions.SignOutOthers />
        <Sessions.ReadOnlyNote />
      </Sessions.Content>
    </Sessions.Root>
  );
}
