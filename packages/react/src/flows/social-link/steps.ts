/**
 * The social-link steps (start: create the verification, check where it sends the browser,
 * store the round trip, redirect; finish: clean the address, check expiry and `state`, verify
 * the provider's answer), as their own lazy chunk loaded by the social-link hooks on mount, so
 * apps without social links never load them. Nothing stored proves who the user is: step-up
 * happens at the bind, after the return. Imports nothing from the entry chunk.
 */
import { AccountApiError } from '@account-center/client';
import { safeNavigationUrl, sameOriginPath } from '@account-center/client/helpers';
import type { AccountKit } from '../../kit.js';
import type { SocialLinkOptions } from '../types.js';

import { SOCIAL_LINK_STORAGE_KEY as STORAGE_KEY } from './storage-key.js';

/** A random `state` for the OAuth round trip, from `crypto.getRandomValues` (checked on return). */
const randomState = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');

/** How long a Social verification record lives on the server (fixed 10 minutes, §4.1). */
const SOCIAL_RECORD_LIFETIME_MS = 600_000;

/**
 * What survives the redirect, in `sessionStorage` for that round trip only. Nothing in it proves
 * who the user is: the `state`, the Social record (useless without the provider's answer), the
 * connector and the write to make (`replace`: `PUT`), where to return, and when the entry expires
 * (epoch ms, the record's lifetime on the kit's clock). Step-up happens after the return.
 */
export interface PendingLink {
  verificationRecordId: string;
  state: string;
  connectorId: string;
  returnTo: string;
  replace: boolean;
  expiresAt: number;
}

/**
 * Create the social verification with a random `state`, check where it sends the browser
 * (`https:`, or `http:` on a loopback host; else `social_unsafe_authorization_uri` and no
 * navigation), store the round trip and redirect. No step-up here: the identity record lives in
 * memory only, so it would not survive the redirect; the bind asks for it after the return.
 */
export async function startLink(
  kit: AccountKit,
  connectorId: string,
  options: SocialLinkOptions,
  onRedirect: () => void,
) {
  const state = randomState();
  const { verificationRecordId, authorizationUri } = await kit.client.createSocialVerification({
    connectorId,
    state,
    redirectUri: options.redirectUri ?? location.origin + location.pathname,
  });
  const target = safeNavigationUrl(authorizationUri);
  if (!target) {
    throw new AccountApiError({
      status: 0,
      code: 'social_unsafe_authorization_uri',
      message: 'The provider sign-in address is not https.',
    });
  }
  const pending: PendingLink = {
    verificationRecordId,
    state,
    connectorId,
    returnTo: sameOriginPath(options.returnTo ?? location.href, location.origin) ?? '/',
    replace: !!options.replace,
    expiresAt: kit.now() + SOCIAL_RECORD_LIFETIME_MS,
  };
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(pending));
  onRedirect();
  kit.navigate(target);
}

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

/** Remove an expired or malformed round trip (the older format with a step-up record included). */
export function dropExpiredLink(kit: AccountKit) {
  const raw = sessionStorage.getItem(STORAGE_KEY);
  const pending = parsePending(raw);
  if (raw !== null && !(pending && pending.expiresAt > kit.now())) {
    sessionStorage.removeItem(STORAGE_KEY);
  }
}

/**
 * Finish the round trip the hook claimed (read and removed): take the provider's `code`/`state`
 * (and error parameters) out of the address bar, keeping the rest; parse it; hand `onPending`
 * what the UI shows (`returnTo` only as a same-origin path); check expiry and `state`; verify
 * with the query parameters as `connectorData`. Resolves to the verified record id, or
 * `undefined` when there is nothing to finish (malformed, or expired and this is not its
 * return). The bind that follows asks for step-up if this user needs it (§6.7 "C").
 */
export async function finishLink(
  kit: AccountKit,
  raw: string,
  search: string,
  onPending: (data: { returnTo?: string; connectorId: string; replace: boolean }) => void,
): Promise<string | undefined> {
  const url = new URL(location.href);
  const present = PROVIDER_PARAMS.filter((name) => url.searchParams.has(name));
  for (const name of present) url.searchParams.delete(name);
  if (present.length) history.replaceState(history.state, '', url);
  const pending = parsePending(raw);
  if (!pending) return undefined;
  const connectorData = Object.fromEntries(new URLSearchParams(search));
  const returned = connectorData.state === pending.state;
  const expired = pending.expiresAt <= kit.now();
  if (expired && !returned) return undefined;
  onPending({
    returnTo: sameOriginPath(pending.returnTo, location.origin),
    connectorId: pending.connectorId,
    replace: pending.replace,
  });
  if (expired) {
    throw new AccountApiError({
      status: 0,
      code: 'social_link_expired',
      message: 'The social link expired.',
    });
  }
  if (!returned) {
    throw new AccountApiError({
      status: 0,
      code: 'social_state_mismatch',
      message: 'State mismatch.',
    });
  }
  const verified = await kit.client.verifySocialVerification({
    verificationRecordId: pending.verificationRecordId,
    connectorData,
  });
  return verified.verificationRecordId;
}
