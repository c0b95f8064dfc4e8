/**
 * Which locales exist and how they load. English is bundled (the default and the fallback);
 * the 19 other shipped locales are each a dynamic `import()`, so bundlers split each into its
 * own chunk and an English-only app never downloads them. Adding a shipped locale = one file in `locales/` written
 * `satisfies Messages`, plus one line in `loaders`.
 */
import { en } from './locales/en.js';
import type { Messages } from './types.js';

/** The locale bundled with the kit and used for anything missing. */
export const defaultLocale = 'en';

type Loader = () => Promise<Messages>;

const loaders = new Map<string, Loader>([
  ['ar', () => import('./locales/ar.js').then((module) => module.ar)],
  ['cs', () => import('./locales/cs.js').then((module) => module.cs)],
  ['de', () => import('./locales/de.js').then((module) => module.de)],
  ['es', () => import('./locales/es.js').then((module) => module.es)],
  ['fa-ir', () => import('./locales/fa-IR.js').then((module) => module.faIR)],
  ['fr', () => import('./locales/fr.js').then((module) => module.fr)],
  ['it', () => import('./locales/it.js').then((module) => module.it)],
  ['ja', () => import('./locales/ja.js').then((module) => module.ja)],
  ['ko', () => import('./locales/ko.js').then((module) => module.ko)],
  ['pl-pl', () => import('./locales/pl-PL.js').then((module) => module.plPL)],
  ['pt-br', () => import('./locales/pt-BR.js').then((module) => module.ptBR)],
  ['pt-pt', () => import('./locales/pt-PT.js').then((module) => module.ptPT)],
  ['ru', () => import('./locales/ru.js').then((module) => module.ru)],
  ['th', () => import('./locales/th.js').then((module) => module.th)],
  ['tr-tr', () => import('./locales/tr-TR.js').then((module) => module.trTR)],
  ['uk-ua', () => import('./locales/uk-UA.js').then((module) => module.ukUA)],
  ['zh-cn', () => import('./locales/zh-CN.js').then((module) => module.zhCN)],
  ['zh-hk', () => import('./locales/zh-HK.js').then((module) => module.zhHK)],
  ['zh-tw', () => import('./locales/zh-TW.js').then((module) => module.zhTW)],
]);

// Loaded catalogues. English is not here unless an app registers its own: the provider uses the
// bundled `enCore` (see `locales/en.ts`), and only the public getters below reach the full `en`.
const cache = new Map<string, Messages>();

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

/**
 * Tags with no catalogue of their own → the shipped regional one that fits: a bare language
 * (`pt`, `pl`, `fa`…) and Chinese scripts and regions.
 */
const aliases: Record<string, string> = {
  fa: 'fa-ir',
  pl: 'pl-pl',
  pt: 'pt-br',
  tr: 'tr-tr',
  uk: 'uk-ua',
  zh: 'zh-cn',
  'zh-hans': 'zh-cn',
  'zh-hant': 'zh-tw',
  'zh-mo': 'zh-hk',
};

/**
 * Maps a requested tag to a catalogue: exact match, then without its script (`zh-Hant-HK` →
 * `zh-hk`), then language + script (`zh-Hant-SG` → `zh-hant`), then its language (`ko-KR` →
 * `ko`), then English. At each step a registered catalogue wins over an alias (`zh` → `zh-cn`).
 */
export function resolveLocale(requested: string | undefined): string {
  if (!requested) return defaultLocale;
  const tag = requested.toLowerCase();
  const [language = tag, script, ...rest] = tag.split('-');
  const candidates = [tag];
  if (script?.length === 4) {
    if (rest.length) candidates.push([language, ...rest].join('-'));
    candidates.push(`${language}-${script}`);
  }
  candidates.push(language);
  for (const candidate of candidates) {
    if (candidate === defaultLocale || loaders.has(candidate)) return candidate;
    const alias = aliases[candidate];
    if (alias && loaders.has(alias)) return alias;
  }
  return defaultLocale;
}

/** A loaded catalogue (registered English included), without the bundled English fallback. */
export function loadedCatalogue(locale: string): Messages | undefined {
  return cache.get(resolveLocale(locale));
}

/** Loads a catalogue (once); `undefined` when the locale is the bundled English. */
export async function loadCatalogue(locale: string): Promise<Messages | undefined> {
  const resolved = resolveLocale(locale);
  const cached = cache.get(resolved);
  if (cached) return cached;
  const load = loaders.get(resolved);
  if (!load) return undefined;
  const messages = await load();
  cache.set(resolved, messages);
  return messages;
}

/** The catalogue if it is already in memory (always true for English). */
export function getLoadedMessages(locale: string): Messages | undefined {
  return loadedCatalogue(locale) ?? (resolveLocale(locale) === defaultLocale ? en : undefined);
}

/**
 * Loads a locale's catalogue (once). Await it before the first render to show a non-English
 * locale without waiting a frame.
 */
export async function loadMessages(locale: string): Promise<Messages> {
  return (await loadCatalogue(locale)) ?? en;
}
