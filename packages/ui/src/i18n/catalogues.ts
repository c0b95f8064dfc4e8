/**
 * Which locales exist and how they load. English is bundled (the default and the fallback);
 * every other locale is a dynamic `import()`, so bundlers split it into its own chunk and an
 * English-only app never downloads it. Adding a shipped locale = one file in `locales/` written
 * `satisfies Messages`, plus one line in `loaders`.
 */
import { en } from './locales/en.js';
import type { Messages } from './types.js';

/** The locale bundled with the kit and used for anything missing. */
export const defaultLocale = 'en';

type Loader = () => Promise<Messages>;

const loaders = new Map<string, Loader>([
  ['ko', () => import('./locales/ko.js').then((module) => module.ko)],
]);

const cache = new Map<string, Messages>([[defaultLocale, en]]);

/** The locales the kit can show (shipped plus any added with `registerLocale`). */
export function availableLocales(): string[] {
  return [defaultLocale, ...loaders.keys()];
}

/**
 * Adds (or replaces) a locale, e.g. one the app translated itself:
 * @example registerLocale('fr', () => import('./fr').then((m) => m.fr));
 */
export function registerLocale(locale: string, load: Loader | Messages): void {
  const key = locale.toLowerCase();
  cache.delete(key);
  if (typeof load === 'function') loaders.set(key, load);
  else {
    loaders.set(key, () => Promise.resolve(load));
    cache.set(key, load);
  }
}

/** Maps a requested tag to a catalogue: exact match, then its language (`ko-KR` → `ko`), then English. */
export function resolveLocale(requested: string | undefined): string {
  if (!requested) return defaultLocale;
  const tag = requested.toLowerCase();
  if (tag === defaultLocale || loaders.has(tag)) return tag;
  const language = tag.split('-')[0] ?? tag;
  if (language === defaultLocale || loaders.has(language)) return language;
  return defaultLocale;
}

/** The catalogue if it is already in memory (always true for English). */
export function getLoadedMessages(locale: string): Messages | undefined {
  return cache.get(resolveLocale(locale));
}

/**
 * Loads a locale's catalogue (once). Await it before the first render to show a non-English
 * locale without waiting a frame.
 */
export async function loadMessages(locale: string): Promise<Messages> {
  const resolved = resolveLocale(locale);
  const cached = cache.get(resolved);
  if (cached) return cached;
  const load = loaders.get(resolved);
  if (!load) return en;
  const messages = await load();
  cache.set(resolved, messages);
  return messages;
}
