/**
 * The social-link steps (start: step-up, verification, redirect; finish: verify the provider's
 * answer), as their own lazy chunk loaded by the social-link hooks on mount, so apps without
 * social links never load them. Imports nothing from the entry chunk.
 */
import { AccountApiError } from '@account-center/client';
import type { AccountCenterKit } from '../kit.js';
import type { SocialLinkOptions } from './social-link.js';

// Same value as `SOCIAL_LINK_STORAGE_KEY`; not imported so this chunk shares nothing with the entry.
const STORAGE_KEY = 'account-center:social-link';

/** A random `state` for the OAuth round trip, from `crypto.getRandomValues` (checked on return). */
const randomState = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');

/**
 * What survives the redirect, in `sessionStorage` for that round trip only: the social record,
 * the `state`, where to return, and the identity record if one was fresh.
 */
export interface PendingLink {
  verificationRecordId: string;
  state: string;
  connectorId: string;
  returnTo: string;
  replace: boolean;
  identity?: { id: string; expiresAt: string; method: 'password' | 'email' | 'phone' };
}

/**
 * Step up first if this user needs it (§6.7 "C"), so the link binds on return without another
 * prompt; then create the social verification with a random `state`, store the round trip, and
 * redirect.
 */
export async function startLink(
  kit: AccountCenterKit,
  connectorId: string,
  options: SocialLinkOptions,
  onRedirect: () => void,
) {
  await kit.ensureVerified('when-user-has-method');
  const state = randomState();
  const { verificationRecordId, authorizationUri } = await kit.client.createSocialVerification({
    connectorId,
    state,
    redirectUri: options.redirectUri ?? location.origin + location.pathname,
  });
  const identity = kit.client.verification.getFresh(kit.now());
  const pending: PendingLink = {
    verificationRecordId,
    state,
    connectorId,
    returnTo: options.returnTo ?? location.href,
    replace: !!options.replace,
    identity: identity && { ...identity, expiresAt: identity.expiresAt.toISOString() },
  };
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(pending));
  onRedirect();
  kit.navigate(authorizationUri);
}

/**
 * With the stored round trip (already claimed and removed by the hook), check `state`, restore
 * the identity record, and verify with the query parameters as `connectorData`. `onPending`
 * receives the round trip first (so the UI knows where to return even when verifying fails);
 * resolves to the verified record id.
 */
export async function finishLink(
  kit: AccountCenterKit,
  stored: string,
  search: string,
  onPending: (pending: PendingLink) => void,
): Promise<string> {
  const pending = JSON.parse(stored) as PendingLink;
  onPending(pending);
  const connectorData = Object.fromEntries(new URLSearchParams(search));
  if (connectorData.state !== pending.state) {
    throw new AccountApiError({
      status: 0,
      code: 'social_state_mismatch',
      message: 'State mismatch.',
    });
  }
  const { identity } = pending;
  // Restored even when stale: the step-up gate then prompts before binding (§6.7 "C").
  if (identity && !kit.client.verification.get()) {
    kit.client.verification.set({ ...identity, expiresAt: new Date(identity.expiresAt) });
  }
  const verified = await kit.client.verifySocialVerification({
    verificationRecordId: pending.verificationRecordId,
    connectorData,
  });
  return verified.verificationRecordId;
}
