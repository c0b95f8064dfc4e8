/**
 * Catalogue types. English (`locales/en.ts`) is the source of truth: `Messages` is derived from
 * its shape, and every other locale is written `satisfies Messages`, so a missing or extra key in
 * any locale fails the type check.
 */
import type { en } from './locales/en.js';

/**
 * A message that depends on a count, keyed by CLDR plural category (`Intl.PluralRules`). `other`
 * is required; a locale fills only the categories its language uses (Korean: `other`; Arabic:
 * all six).
 */
export interface PluralMessage {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/** Widens English literals to `string` and plural objects to `PluralMessage`. */
type Widen<T> = T extends string
  ? string
  : T extends { other: string }
    ? PluralMessage
    : { [K in keyof T]: Widen<T[K]> };

/** The full shape every locale must provide. */
export type Messages = Widen<typeof en>;

type Leaf = string | PluralMessage;

type Paths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends Leaf ? `${Prefix}${K}` : Paths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every key `t()` accepts, as a dot path: `'common.save'`, `'backupCodes.remaining'`. */
export type MessageKey = Paths<Messages>;

type At<T, K extends string> = K extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? At<T[Head], Rest>
    : never
  : K extends keyof T
    ? T[K]
    : never;

/** Keys whose message is plural (they need a `count` value). */
export type PluralMessageKey = {
  [K in MessageKey]: At<Messages, K> extends PluralMessage ? K : never;
}[MessageKey];

/** A value for a `{placeholder}`: numbers are locale-formatted, arrays become a localized list. */
export type MessageValue = string | number | readonly string[];

export type MessageValues = Record<string, MessageValue>;

/** Plural keys require `{ count }`; other keys take optional values. */
export type TranslateArgs<K extends MessageKey> = K extends PluralMessageKey
  ? [values: MessageValues & { count: number }]
  : [values?: MessageValues];

/** Looks up a message by key and fills its `{placeholders}`. */
export type Translate = <K extends MessageKey>(key: K, ...args: TranslateArgs<K>) => string;

/** Per-key overrides: any subset of the catalogue, merged deeply over the locale's messages. */
export type MessageOverrides = {
  [K in keyof Messages]?: DeepPartial<Messages[K]>;
} & {
  /**
   * The words of the tenant's custom profile fields, by field name (they win over the
   * catalogue's): `{ bio: { label: 'About you', options: { pro: 'Pro plan' } } }`; a Fullname or
   * Address part under `parts`: `{ address: { parts: { postalCode: { label: 'ZIP code' } } } }`.
   */
  customFields?: Record<string, CustomFieldMessages>;
};

/** Overrides for one custom profile field (or one part of a Fullname / Address). */
export interface CustomFieldMessages {
  label?: string;
  description?: string;
  placeholder?: string;
  /** Select option labels by stored value. */
  options?: Record<string, string>;
  parts?: Record<string, Omit<CustomFieldMessages, 'parts'>>;
}

type DeepPartial<T> = T extends Leaf ? T : { [K in keyof T]?: DeepPartial<T[K]> };

/** Anything error-shaped: the client's `AccountApiError` fits, and so does a plain server body. */
export interface ErrorLike {
  code?: unknown;
  message?: unknown;
  data?: unknown;
  name?: unknown;
  /** Seconds to wait (`AccountApiError.retryAfter`, from `Retry-After`). */
  retryAfter?: unknown;
}

/** One entry of `password.rejected`'s `data` array (contract §9). */
export interface PasswordIssue {
  code: string;
  interpolation?: Record<string, unknown>;
}
