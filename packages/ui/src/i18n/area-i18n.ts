/**
 * `useI18n` with an area's English messages added. English is split by area (see
 * `locales/en.ts`): the provider holds only `enCore`, and each component asks for the areas it
 * shows, so an app that renders only the password form never downloads the profile's or the
 * passkeys' English. A full catalogue (any other locale, or English the app registered) already
 * has every area, and wins: an area's English only fills what the catalogue lacks.
 */
import { useI18n } from './i18n-provider.js';
import type { I18n } from './create-i18n.js';
import {
  en,
  enDeleteAccount,
  enIdentifiers,
  enPassword,
  enProfile,
  enSecurity,
  enVerification,
} from './locales/en.js';
import type { Messages, Translate } from './types.js';

/** Each I18n's extensions, by the area object added (so a component gets the same I18n each render). */
const extended = new WeakMap<I18n, WeakMap<object, I18n>>();

function withArea(base: I18n, area: Partial<Messages>): I18n {
  let byArea = extended.get(base);
  if (!byArea) extended.set(base, (byArea = new WeakMap()));
  let i18n = byArea.get(area);
  if (!i18n) byArea.set(area, (i18n = base.extend(area)));
  return i18n;
}

/** The provider's I18n with `areas`' English added (in order; the same object every render). */
export function useAreaI18n(...areas: Partial<Messages>[]): I18n {
  return areas.reduce(withArea, useI18n());
}

/** Passkeys, authenticator app, backup codes, social, two-step, sessions and apps. */
export const useSecurityI18n = (): I18n => useAreaI18n(enSecurity);
/** The profile form. */
export const useProfileI18n = (): I18n => useAreaI18n(enProfile);
/** The primary email and phone, with the code step's messages. */
export const useIdentifierI18n = (): I18n => useAreaI18n(enIdentifiers, enVerification);
/** The password form and its checklist. */
export const usePasswordI18n = (): I18n => useAreaI18n(enPassword);
/** The identity check (its password step shows the password form's "enter your password"). */
export const useVerificationI18n = (): I18n => useAreaI18n(enVerification, enPassword);
/** Deleting the account. */
export const useDeleteAccountI18n = (): I18n => useAreaI18n(enDeleteAccount);

/**
 * The public `useI18n`: every English area, for an app's own components (the kit's own ask only
 * for their areas).
 */
export function useFullI18n(): I18n {
  return useAreaI18n(en);
}

/** The public `useTranslate`: `useFullI18n().t`. */
export function useFullTranslate(): Translate {
  return useFullI18n().t;
}
