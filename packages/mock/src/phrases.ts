/**
 * `GET /api/.well-known/phrases` (facts §6): Logto's sign-in phrases in the language it picks from
 * `?lng=`, then (only while `languageInfo.autoDetect`) `?locale=` and `Accept-Language`, then the
 * tenant's `fallbackLanguage`, with the tenant's custom phrases merged over them.
 *
 * The simulator carries a small subset of the phrases: the keys recorded on a real Logto 1.42
 * server (`action.sign_in|continue|save`, `input.username|password`,
 * `profile.name|fullname|gender|birthdate`), in the recorded languages (en, de, fr, ja, ko,
 * pt-PT, zh-TW). The other built-in languages answer with the English subset under their own tag.
 */

import type { CustomPhraseState, TenantState } from './types.js';

/** Built-in languages of Logto 1.42 (facts §6). */
export const BUILT_IN_LANGUAGES: readonly string[] = [
  'ar',
  'cs',
  'de',
  'en',
  'es',
  'fa-IR',
  'fr',
  'it',
  'ja',
  'ko',
  'pl-PL',
  'pt-BR',
  'pt-PT',
  'ru',
  'th',
  'tr-TR',
  'uk-UA',
  'zh-CN',
  'zh-HK',
  'zh-TW',
];

type Translation = Record<string, Record<string, string>>;

const phrase = (
  action: [string, string, string],
  input: [string, string],
  profile: [string, string, string, string],
): Translation => ({
  action: { sign_in: action[0], continue: action[1], save: action[2] },
  input: { username: input[0], password: input[1] },
  profile: { name: profile[0], fullname: profile[1], gender: profile[2], birthdate: profile[3] },
});

/** The recorded phrases (see the module comment). */
const RECORDED: Record<string, Translation> = {
  en: phrase(
    ['Sign in', 'Continue', 'Save'],
    ['Username', 'Password'],
    ['Name', 'Full name', 'Gender', 'Birthdate'],
  ),
  de: phrase(
    ['Anmelden', 'Weiter', 'Speichern'],
    ['Benutzername', 'Passwort'],
    ['Name', 'Vollständiger Name', 'Geschlecht', 'Geburtsdatum'],
  ),
  fr: phrase(
    ['Connexion', 'Continuer', 'Enregistrer'],
    ["Nom d'utilisateur", 'Mot de passe'],
    ['Nom', 'Nom complet', 'Genre', 'Date de naissance'],
  ),
  ja: phrase(
    ['サインイン', '続ける', '保存'],
    ['ユーザー名', 'パスワード'],
    ['名前', 'フルネーム', '性別', '生年月日'],
  ),
  ko: phrase(
    ['로그인', '계속', '저장'],
    ['사용자 이름', '비밀번호'],
    ['이름', '전체 이름', '성별', '생년월일'],
  ),
  'pt-PT': phrase(
    ['Entrar', 'Continuar', 'Guardar'],
    ['Utilizador', 'Palavra-passe'],
    ['Nome', 'Nome completo', 'Género', 'Data de nascimento'],
  ),
  'zh-TW': phrase(
    ['登錄', '繼續', '儲存'],
    ['用戶名', '密碼'],
    ['名稱', '全名', '性別', '出生日期'],
  ),
};

/** The built-in phrases of a language (the English subset where none was recorded). */
export function builtInPhrases(languageTag: string): Translation {
  return structuredClone(RECORDED[languageTag] ?? RECORDED.en!);
}

/** Whether every key of `partial` exists in the English phrases (else 422, facts §6). */
export function fitsPhraseStructure(partial: unknown, reference: unknown = RECORDED.en): boolean {
  if (typeof partial !== 'object' || partial === null || Array.isArray(partial)) return false;
  return Object.entries(partial).every(([key, value]) => {
    const expected = (reference as Record<string, unknown>)[key];
    if (expected === undefined) return false;
    if (typeof expected === 'string') return typeof value === 'string';
    return fitsPhraseStructure(value, expected);
  });
}

function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>) {
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = result[key];
    result[key] =
      typeof value === 'object' && value !== null && typeof current === 'object' && current
        ? deepMerge(current as Record<string, unknown>, value as Record<string, unknown>)
        : value;
  }
  return result;
}

/** `Accept-Language` tags, highest `q` first (`*` ignored). */
function acceptedLanguages(header: string | null): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.tag && entry.tag !== '*' && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((entry) => entry.tag);
}

/** `pt` resolves to `pt-PT` (recorded); other bases to their first built-in tag. */
const BASE_PREFERENCE: Record<string, string> = { pt: 'pt-PT' };

function matchLanguage(candidate: string, customTags: string[]): string | undefined {
  const lower = (tag: string) => tag.toLowerCase();
  const exactCustom = customTags.find((tag) => lower(tag) === lower(candidate));
  if (exactCustom) return exactCustom;
  const exactBuiltIn = BUILT_IN_LANGUAGES.find((tag) => lower(tag) === lower(candidate));
  if (exactBuiltIn) return exactBuiltIn;
  const base = lower(candidate.split('-')[0]!);
  const baseOf = (tag: string) => lower(tag.split('-')[0]!);
  const builtIn = BASE_PREFERENCE[base] ?? BUILT_IN_LANGUAGES.find((tag) => baseOf(tag) === base);
  if (builtIn) return builtIn;
  return customTags.find((tag) => baseOf(tag) === base);
}

/** The language Logto answers in for this request (facts §6). */
export function resolvePhraseLanguage(tenant: TenantState, url: URL, request: Request): string {
  const { autoDetect, fallbackLanguage } = tenant.signInExperience.languageInfo;
  const candidates = [
    ...(url.searchParams.get('lng') ?? '').split(' ').filter(Boolean),
    ...(autoDetect
      ? [
          ...(url.searchParams.get('locale') ?? '').split(' ').filter(Boolean),
          ...acceptedLanguages(request.headers.get('accept-language')),
        ]
      : []),
    fallbackLanguage,
  ];
  const customTags = Object.keys(tenant.customPhrases ?? {});
  for (const candidate of candidates) {
    const match = matchLanguage(candidate, customTags);
    if (match) return match;
  }
  return 'en';
}

/** The phrases body: `{translation}`, plus `tenantId`, `id`, `languageTag` while custom phrases exist. */
export function phrasesBody(tenant: TenantState, languageTag: string): Record<string, unknown> {
  const custom: CustomPhraseState | undefined = tenant.customPhrases?.[languageTag];
  const translation = builtInPhrases(languageTag);
  if (!custom) return { translation };
  return {
    tenantId: tenant.accountCenter.tenantId,
    id: custom.id,
    languageTag,
    translation: deepMerge(translation, custom.translation),
  };
}
