'use client';
import { useEffect, useRef } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useAccountCenter } from '../kit.js';
import { accountMutations } from '../mutations.js';
import { useMachine } from '../internal.js';

/** The social-link steps' own lazy chunk (preloaded by the social-link hooks on mount). */
const loadSocialSteps = () => import('./social-steps.js');

/**
 * Where the social-link round trip is kept (`sessionStorage`, removed on return): `state`, the
 * Social record, connector, `replace`, `returnTo` and `expiresAt`; never a step-up record.
 */
export const SOCIAL_LINK_STORAGE_KEY = 'account-center:social-link';

/** Start of a social link: `idle` → `starting` (create the verification) → `redirecting`. */
export type SocialLinkState = 'idle' | 'starting' | 'redirecting';

/** Options of `link()`. */
export interface SocialLinkOptions {
  /** The page that mounts `useSocialLinkCallback()`; default: this page without its query. */
  redirectUri?: string;
  /** Where to go back after linking (a same-origin path or URL); default: this page. */
  returnTo?: string;
  /** Replace the identity of the same target (`PUT`) instead of adding one. */
  replace?: boolean;
}

/**
 * Link a social account: create the social verification and redirect to the provider through
 * the provider's `navigate` (only to an `https:` page, or `http:` on a loopback host; otherwise
 * `error.code` is `social_unsafe_authorization_uri`). Step-up, if this user needs it, is asked
 * once after the return, just before the bind. A second `link()` while one is starting returns
 * the same promise. Unlink with `useUnlinkSocialIdentity()`.
 *
 * @example
 * const social = useSocialLink();
 * <button onClick={() => social.link(connector.id)}>Connect</button>
 */
export function useSocialLink() {
  const kit = useAccountCenter();
  const { snapshot, latest, go, step } = useMachine<SocialLinkState, object>('idle', {});
  // A round trip left behind (abandoned at the provider) is dropped once it expired.
  useEffect(() => void loadSocialSteps().then((steps) => steps.dropExpiredLink(kit)), [kit]);
  return {
    ...snapshot,
    // Only from `idle`: a second call while starting (or redirecting) does nothing.
    link: async (connectorId: string, options: SocialLinkOptions = {}) => {
      if (latest.current.state === 'idle')
        await step('starting', 'idle', async () =>
          (await loadSocialSteps()).startLink(kit, connectorId, options, () => go('redirecting')),
        );
    },
  };
}

/** Return from the provider: `idle` (nothing pending) → `verifying` → `binding` → `done`, or `error`. */
export type SocialLinkCallbackState = 'idle' | 'verifying' | 'binding' | 'done' | 'error';

/**
 * Binding again cannot help: the identity belongs to someone else (`user.identity_already_in_use`)
 * or the round trip is void (`social_state_mismatch`, `verification_record.not_found`).
 */
const FINAL = /in_use|mismatch|not_found/;

/**
 * Take the pending round trip out of `sessionStorage`, synchronously: one read-and-remove, so of
 * two mounted callbacks (or StrictMode's second effect) only the first gets it; the other stays
 * `idle` ("nothing pending").
 */
function claimPending(): string | null {
  const pending = sessionStorage.getItem(SOCIAL_LINK_STORAGE_KEY);
  sessionStorage.removeItem(SOCIAL_LINK_STORAGE_KEY);
  return pending;
}

/**
 * Finish a social link on the `redirectUri` page: claims the stored round trip (once per page,
 * however many callbacks are mounted), removes the provider's `code`/`state` from the address
 * bar, checks `state` and expiry, verifies with the query parameters as `connectorData`, and
 * binds; the bind asks for step-up when this user needs it (once; the provider step is not
 * repeated). An expired round trip is dropped: `error.code` `social_link_expired` when this is
 * its return, else `idle`. `returnTo` is a same-origin path or `undefined`. `canRetry`: the
 * failure may pass with `retry()` (binding again; a second call while binding does nothing).
 *
 * @example
 * const callback = useSocialLinkCallback();
 * if (callback.state === 'done') navigate(callback.returnTo ?? '/account');
 */
export function useSocialLinkCallback(options: { search?: string } = {}) {
  const kit = useAccountCenter();
  const started = useRef(false);
  const add = useMutation(accountMutations.addIdentity(kit.client));
  const replace = useMutation(accountMutations.replaceIdentity(kit.client));
  const { snapshot, latest, go, step } = useMachine<
    SocialLinkCallbackState,
    { returnTo?: string; connectorId?: string; recordId?: string; replace?: boolean }
  >('idle', {});

  // A second call while binding does nothing.
  const bind = async () => {
    if (latest.current.state !== 'binding')
      await step('binding', 'error', async () => {
        const { recordId, replace: replacing } = latest.current;
        await (replacing ? replace : add).mutateAsync({
          newIdentifierVerificationRecordId: recordId!,
        });
        go('done');
      });
  };

  const search = options.search;
  useEffect(() => {
    // Nothing pending (or claimed by another callback) → stay idle without loading anything.
    if (started.current) return;
    started.current = true;
    const raw = claimPending();
    if (raw === null) return;
    void step('verifying', 'error', async () => {
      const recordId = await (
        await loadSocialSteps()
      ).finishLink(kit, raw, search ?? location.search, (data) => go('verifying', data));
      // Malformed, or expired and not its return: nothing to finish.
      if (!recordId) return go('idle');
      go('verifying', { recordId });
      await bind();
    });
  }, [search]); // eslint-disable-line react-hooks/exhaustive-deps

  // The verified record id stays inside: `canRetry` says whether binding again can help.
  const { recordId, ...rest } = snapshot;
  return {
    ...rest,
    canRetry: rest.state === 'error' && !!recordId && !FINAL.test(rest.error?.code ?? ''),
    retry: bind,
  };
}
