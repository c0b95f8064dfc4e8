/**
 * Stories run in English, Korean (`storybook-dark-ko`) and right-to-left Arabic
 * (`storybook-rtl-ar`), so play functions look accessible names up in the active catalogue
 * instead of hard-coding English (and phone numbers up with their direction isolates).
 */
import { loadMessages } from '../i18n/catalogues.js';
import { createI18n } from '../i18n/create-i18n.js';
import type { I18n } from '../i18n/create-i18n.js';

/** The `I18n` for the story's locale global. */
export async function storyI18n(globals: Record<string, unknown>): Promise<I18n> {
  const locale = typeof globals.locale === 'string' ? globals.locale : 'en';
  return createI18n(locale, await loadMessages(locale));
}
