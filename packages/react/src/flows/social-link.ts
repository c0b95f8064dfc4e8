'use client';
import { useEffect, useRef } from 'react';
import { useMutation } from '@tanstack/react-query';
import { AccountApiError } from '@account-center/client';
import { sameOriginPath } from '@account-center/client/helpers';
import { useAccountCenter } from '../kit.js';
import { accountMutations } from '../mutations.js';
import { loadSteps, useMachine } from '../internal.js';
import type { PendingLink } from './steps.js';

/**
 * Where the social-link round trip is kept (`sessionStorage`, removed on return): `state`, the
 * Social record, connector, `replace`, `returnTo` and `expiresAt`; never a step-up record.
 */
export const SOCIAL_LINK_STORAGE_KEY = 'account-center:social-link';

/** Query parameters the provider adds on its way back; removed from the address on arrival. */
const PROVIDER_PARAMS = ['code', 'state', 'error', 'error_description', 'error_uri'];

/** The stored round trip when it is well formed, else `undefined` (an older or tampered entry). */
function parsePending(raw: string | null): PendingLink | undefined {
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<PendingLink> | null;
    const ok =
      typeof value?.verificationRecordId === 'string' &&
      typeof value.state === 'string' &&
      typeof value.connectorId === 'string' &&
      typeof value.returnTo === 'string' &&
      typeof value.expiresAt === 'number';
    return ok ? ({ ...value, replace: !!value.replace } as PendingLink) : undefined;
  } catch {
    return undefined;
  }
}

/** Remove an expired or malformed round trip (a pre-expiry entry format included). */
function dropExpired(now: number) {
  const raw = sessionStorage.getItem(SOCIAL_LINK_STORAGE_KEY);
  if (raw === null) return;
  const pending = parsePending(raw);
  if (!pending || pending.expiresAt <= now) sessionStorage.removeItem(SOCIAL_LINK_STORAGE_KEY);
}

/** Take the provider's `code`/`state` (and error parameters) out of the address bar, keeping the rest. */
function stripProviderParams() {
  const url = new URL(location.href);
  const present = PROVIDER_PARAMS.filter((name) => url.searchParams.has(name));
  if (present.length === 0) return;
  for (const name of present) url.searchParams.delete(name);
  history.replaceState(history.state, '', url);
}

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
 * the same promise. Unlink with `useAccountMutation('deleteIdentity')`.
 *
 * @example
 * const social = useSocialLink();
 * <button onClick={() => social.link(connector.id)}>Connect</button>
 */
export function useSocialLink() {
  const kit = useAccountCenter();
  const { snapshot, go, step } = useMachine<SocialLinkState, object>('idle', {});
  const inFlight = useRef<Promise<void>>(undefined);
  // A round trip left behind (abandoned at the provider) is dropped once it expired.
  useEffect(() => dropExpired(kit.now()), [kit]);
  return {
    ...snapshot,
    link: (connectorId: string, options: SocialLinkOptions = {}) =>
      (inFlight.current ??= step('starting', 'idle', async () =>
        (await loadSteps()).startLink(kit, connectorId, options, () => go('redirecting')),
      ).finally(() => {
        inFlight.current = undefined;
      })),
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
  const binding = useRef<Promise<void>>(undefined);
  const add = useMutation(accountMutations.addIdentity(kit));
  const replace = useMutation(accountMutations.replaceIdentity(kit));
  const { snapshot, latest, go, fail, step } = useMachine<
    SocialLinkCallbackState,
    { returnTo?: string; connectorId?: string; recordId?: string; replace?: boolean }
  >('idle', {});

  const bind = () =>
    (binding.current ??= step('binding', 'error', async () => {
      const { recordId, replace: replacing } = latest.current;
      await (replacing ? replace : add).mutateAsync({
        newIdentifierVerificationRecordId: recordId!,
      });
      go('done');
    }).finally(() => {
      binding.current = undefined;
    }));

  const search = options.search;
  useEffect(() => {
    // Nothing pending (or claimed by another callback) → stay idle without loading anything.
    if (started.current) return;
    started.current = true;
    const raw = claimPending();
    if (raw === null) return;
    const query = search ?? location.search;
    stripProviderParams();
    const pending = parsePending(raw);
    if (!pending) return;
    const returned = new URLSearchParams(query).get('state') === pending.state;
    const data = {
      returnTo: sameOriginPath(pending.returnTo, location.origin),
      connectorId: pending.connectorId,
      replace: pending.replace,
    };
    if (pending.expiresAt <= kit.now()) {
      if (!returned) return;
      const expired = new AccountApiError({
        status: 0,
        code: 'social_link_expired',
        message: 'The social link expired.',
      });
      fail('error', expired, data);
      return;
    }
    void step('verifying', 'error', async () => {
      go('verifying', data);
      const recordId = await (await loadSteps()).finishLink(kit, pending, query);
      go('binding', { recordId });
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
