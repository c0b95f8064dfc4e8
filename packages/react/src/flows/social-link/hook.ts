'use client';
import { useEffect, useMemo, useRef } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useAccountKit } from '../../kit.js';
import { accountMutations } from '../../mutations.js';
import { useMachine } from '../../machine.js';
import type { FlowCallbacks, SocialLinkOptions } from '../types.js';
import { SOCIAL_LINK_STORAGE_KEY } from './storage-key.js';

export type { SocialLinkOptions } from '../types.js';

/** The social-link steps' own lazy chunk (preloaded by the social-link hooks on mount). */
const loadSocialSteps = () => import('./steps.js');

/**
 * Where the social-link round trip is kept (`sessionStorage`, removed on return): `state`, the
 * Social record, connector, `replace`, `returnTo` and `expiresAt`; never a step-up record.
 * Not public: UIs ask `usePendingSocialLink()` (exported for this package's tests).
 */
export { SOCIAL_LINK_STORAGE_KEY };

/** Start of a social link: `idle` → `starting` (create the verification) → `redirecting`. */
export type SocialLinkState = 'idle' | 'starting' | 'redirecting';

/**
 * Link a social account: create the social verification and redirect to the provider through
 * the provider's `navigate` (only to an `https:` page, or `http:` on a loopback host; otherwise
 * `error.code` is `social_unsafe_authorization_uri`). Step-up, if this user needs it, is asked
 * once after the return, just before the bind. A second `link()` while one is starting returns
 * the same promise. `onSuccess` runs just before the browser leaves for the provider, `onError`
 * when starting fails. Unlink with `useUnlinkSocialIdentity()`.
 *
 * @example
 * const social = useSocialLink();
 * <button onClick={() => social.link(connector.id)}>Connect</button>
 */
export function useSocialLink(callbacks: FlowCallbacks = {}) {
  const kit = useAccountKit();
  const { snapshot, machine } = useMachine<SocialLinkState, object>('idle', {}, callbacks);
  // A round trip left behind (abandoned at the provider) is dropped once it expired.
  useEffect(() => void loadSocialSteps().then((steps) => steps.dropExpiredLink(kit)), [kit]);
  const link = useMemo(
    () =>
      async (connectorId: string, options: SocialLinkOptions = {}) => {
        // Only from `idle`: a second call while starting (or redirecting) does nothing.
        if (machine.get().state === 'idle')
          await machine.step('starting', 'idle', async () =>
            (await loadSocialSteps()).startLink(kit, connectorId, options, () =>
              machine.succeed(undefined, undefined, 'redirecting'),
            ),
          );
      },
    [kit, machine],
  );
  return { ...snapshot, link };
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

/** Options of `useSocialLinkCallback`. */
export interface SocialLinkCallbackOptions extends FlowCallbacks<{ returnTo: string | undefined }> {
  /** The provider's query string; default: `location.search`. */
  search?: string;
}

/**
 * Finish a social link on the `redirectUri` page: claims the stored round trip (once per page,
 * however many callbacks are mounted), removes the provider's `code`/`state` from the address
 * bar, checks `state` and expiry, verifies with the query parameters as `connectorData`, and
 * binds; the bind asks for step-up when this user needs it (once; the provider step is not
 * repeated). An expired round trip is dropped: `error.code` `social_link_expired` when this is
 * its return, else `idle`. `returnTo` is a same-origin path or `undefined`. `canRetry`: the
 * failure may pass with `retry()` (binding again; a second call while binding does nothing).
 * `onSuccess({ returnTo })` runs once linked, `onError` on each failure, `onCancel` when the
 * step-up before the bind is cancelled.
 *
 * @example
 * const callback = useSocialLinkCallback({ onSuccess: ({ returnTo }) => navigate(returnTo ?? '/account') });
 */
export function useSocialLinkCallback(options: SocialLinkCallbackOptions = {}) {
  const kit = useAccountKit();
  const started = useRef(false);
  const { mutateAsync: add } = useMutation(accountMutations.addIdentity(kit.client));
  const { mutateAsync: replace } = useMutation(accountMutations.replaceIdentity(kit.client));
  const { search, ...callbacks } = options;
  const { snapshot, machine } = useMachine<
    SocialLinkCallbackState,
    { returnTo?: string; connectorId?: string; recordId?: string; replace?: boolean },
    { returnTo: string | undefined }
  >('idle', {}, callbacks);

  // A second call while binding does nothing.
  const bind = useMemo(
    () => async () => {
      if (machine.get().state !== 'binding')
        await machine.step('binding', 'error', async () => {
          const { recordId, replace: replacing, returnTo } = machine.get();
          await (replacing ? replace : add)({ newIdentifierVerificationRecordId: recordId! });
          machine.succeed({ returnTo });
        });
    },
    [machine, add, replace],
  );

  useEffect(() => {
    // Nothing pending (or claimed by another callback) → stay idle without loading anything.
    if (started.current) return;
    started.current = true;
    const raw = claimPending();
    if (raw === null) return;
    void machine.step('verifying', 'error', async () => {
      const recordId = await (
        await loadSocialSteps()
      ).finishLink(kit, raw, search ?? location.search, (data) => machine.go('verifying', data));
      // Malformed, or expired and not its return: nothing to finish.
      if (!recordId) return machine.go('idle');
      machine.go('verifying', { recordId });
      await bind();
    });
  }, [kit, machine, bind, search]);

  // The verified record id stays inside: `canRetry` says whether binding again can help.
  const { recordId, ...rest } = snapshot;
  return {
    ...rest,
    canRetry: rest.state === 'error' && !!recordId && !FINAL.test(rest.error?.code ?? ''),
    retry: bind,
  };
}
