/**
 * The user's current primary email and phone as last seen by this client (memory only). Used to
 * tell whether a verification code goes to the *current* address, which is what makes its record
 * usable as the identity header (§4.2): Logto compares the strings exactly (§4.3), and so do we.
 */
import type { VerificationStore } from './verification-store.js';

/** Last seen values; a key is absent when the client has not seen it (scope or field hid it). */
export interface KnownIdentifiers {
  email?: string | null;
  phone?: string | null;
  /** `hasSecurityVerificationMethod`: whether `C` routes need the header for this user (§6.4). */
  hasMethod?: boolean;
}

// Keyed by the store because the store is the one object a transport and its client share.
const known = new WeakMap<VerificationStore, KnownIdentifiers>();

/** Remember identifiers from an account answer or a successful change. */
export function rememberIdentifiers(store: VerificationStore, update: KnownIdentifiers): void {
  const next = { ...known.get(store) };
  if ('email' in update) next.email = update.email;
  if ('phone' in update) next.phone = update.phone;
  if ('hasMethod' in update) next.hasMethod = update.hasMethod;
  known.set(store, next);
}

/** Identifiers last seen for this store. */
export function knownIdentifiers(store: VerificationStore): KnownIdentifiers {
  return known.get(store) ?? {};
}

/** Pick the identifier keys an account answer carries. */
export function identifiersOf(account: {
  primaryEmail?: string | null;
  primaryPhone?: string | null;
  hasSecurityVerificationMethod?: boolean;
}): KnownIdentifiers {
  const update: KnownIdentifiers = {};
  if (account.primaryEmail !== undefined) update.email = account.primaryEmail;
  if (account.primaryPhone !== undefined) update.phone = account.primaryPhone;
  if (account.hasSecurityVerificationMethod !== undefined)
    update.hasMethod = account.hasSecurityVerificationMethod;
  return update;
}
