import { Social } from './social.js';
import type { SocialRootProps } from './social.js';

export interface SocialConnectionsProps extends SocialRootProps {
  /**
   * Finish a pending link on this page (default `true`). With another `<SocialLinkCallback/>` on
   * the same page only one of them finishes the link (it is claimed once); turn this off to leave
   * it to that one.
   */
  handleCallback?: boolean;
}

/**
 * Connected social accounts: every available connector with its logo and whether it is linked
 * (with the linked account's email or name); Connect goes to the provider (after step-up when
 * needed) and comes back to this section; Disconnect asks first and explains the last-identifier
 * rule. Without known connectors (settings not readable), linked accounts are still listed and
 * can be disconnected. Hidden when the `social` field is Off. The usual composition of the
 * `Social` parts; compose them yourself to rearrange it.
 * @example <SocialConnections id="social" />
 */
export function SocialConnections({ handleCallback = true, ...props }: SocialConnectionsProps) {
  return (
    <Social.Root {...props}>
      <Social.Header />
      <Social.Content>
        {handleCallback && <Social.Callback />}
        <Social.LinkError />
        <Social.List />
        <Social.Empty />
        <Social.ReadOnlyNote />
      </Social.Content>
    </Social.Root>
  );
}
