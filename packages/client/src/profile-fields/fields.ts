/**
 * Custom profile fields (issue 13 §1, facts §1–§4): which fields the tenant selected, how each
 * value is checked, where Logto stores it and what to send. The Account API accepts any value
 * (facts §4), so these checks are the only guard; an app's server can run the same ones.
 */
import type { Account, UpdateAccountInput, UpdateProfileInput } from '../schemas/account.js';
import { customProfileFieldSchema } from '../schemas/profile-fields.js';
import type { CustomProfileField, CustomProfileFieldPart } from '../schemas/profile-fields.js';
import type { AccountCenterFieldLevel, AccountCenterFields } from '../schemas/well-known.js';
import { isSupportedDatePattern, parseDateValue } from './date.js';

/** A catalogue row the account page shows. */
export type ProfileFieldDefinition = CustomProfileField;

/** What a value is checked against: a catalogue row or one part of a Fullname / Address. */
export type ProfileFieldRule = Pick<CustomProfileFieldPart, 'type' | 'required' | 'config'>;

/**
 * A value as a form holds it: a string for Text, Url, Regex, Select and Date (in the field's
 * date pattern); a number or the typed string for Number; a boolean for Checkbox; part name →
 * string for Fullname and Address. `''`, `null` and `undefined` are "empty".
 */
export type ProfileFieldValue =
  string | number | boolean | Readonly<Record<string, string | undefined>> | null | undefined;

/**
 * One problem with a value, as data so the UI words it in its own language. `part` names the
 * Fullname / Address part it is about.
 */
export type ProfileFieldIssue = (
  | { code: 'required' }
  | { code: 'too_short'; min: number }
  | { code: 'too_long'; max: number }
  | { code: 'not_a_number' }
  | { code: 'too_small'; min: number }
  | { code: 'too_large'; max: number }
  | { code: 'pattern_mismatch' }
  | { code: 'invalid_url' }
  | { code: 'not_an_option'; options: string[] }
  | { code: 'invalid_date'; format: string }
  | { code: 'invalid_type'; expected: 'string' | 'number' | 'boolean' | 'object' }
) & { part?: string };

/** The issue codes {@link validateProfileField} can return. */
export type ProfileFieldIssueCode = ProfileFieldIssue['code'];

/**
 * The fields to show, in the account center's order (`profileFields` joined by name with the
 * sign-in experience's `customProfileFieldCatalog`, facts §3), each row read with
 * `customProfileFieldSchema`. `null` means "keep the built-in profile form": no selection
 * (`null`), a document that was not readable, or a selected row the kit cannot read (a field
 * type newer than this kit), rather than a form that silently lacks a field.
 *
 * @example
 * const fields = resolveProfileFields(
 *   settings.signInExperience?.customProfileFieldCatalog,
 *   settings.accountCenter?.profileFields,
 * );
 */
export function resolveProfileFields(
  catalogue: unknown,
  selection: readonly { name: string }[] | null | undefined,
): ProfileFieldDefinition[] | null {
  if (!Array.isArray(catalogue) || !selection) return null;
  const rows = catalogue as unknown[];
  const seen = new Set<string>();
  const fields: ProfileFieldDefinition[] = [];
  for (const { name } of selection) {
    // Logto drops unknown names and refuses duplicates; a stale or hand-made document may not.
    const row = rows.find((candidate) => (candidate as { name?: unknown } | null)?.name === name);
    if (row === undefined || seen.has(name)) continue;
    const parsed = customProfileFieldSchema.safeParse(row);
    if (!parsed.success) return null;
    seen.add(name);
    fields.push(parsed.data);
  }
  return fields;
}

// Min/max bounds: the stored schema holds integers ≥ 0 (facts §1); anything else is ignored.
const bound = (value: number | null | undefined): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;

const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

/** The date-fns pattern of a Date field: `format`, or `customFormat` when `format` is `custom`. */
export function profileFieldDatePattern(rule: ProfileFieldRule): string | undefined {
  const config = rule.config;
  const pattern = config?.format === 'custom' ? config.customFormat : config?.format;
  return pattern ?? undefined;
}

// An absolute http(s) URL with a host: a profile link is opened by other people.
function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

function compile(source: string): RegExp | undefined {
  try {
    return new RegExp(source);
  } catch {
    // Logto's create route accepts an invalid pattern (facts §1): nothing to check against.
    return undefined;
  }
}

const PRIMITIVES = ['Text', 'Url', 'Regex', 'Select', 'Date'];

function validatePrimitive(rule: ProfileFieldRule, value: unknown): ProfileFieldIssue[] {
  const config = rule.config ?? {};
  if (isEmpty(value))
    return rule.required && rule.type !== 'Checkbox' ? [{ code: 'required' }] : [];
  switch (rule.type) {
    case 'Checkbox':
      return typeof value === 'boolean' ? [] : [{ code: 'invalid_type', expected: 'boolean' }];
    case 'Number': {
      if (typeof value !== 'number' && typeof value !== 'string')
        return [{ code: 'invalid_type', expected: 'number' }];
      const number = typeof value === 'number' ? value : Number(value.trim() || Number.NaN);
      if (!Number.isFinite(number)) return [{ code: 'not_a_number' }];
      const min = bound(config.minValue);
      const max = bound(config.maxValue);
      if (min !== undefined && number < min) return [{ code: 'too_small', min }];
      if (max !== undefined && number > max) return [{ code: 'too_large', max }];
      return [];
    }
    default:
      break;
  }
  if (!PRIMITIVES.includes(rule.type) || typeof value !== 'string')
    return [
      { code: 'invalid_type', expected: PRIMITIVES.includes(rule.type) ? 'string' : 'object' },
    ];
  switch (rule.type) {
    case 'Text': {
      const min = bound(config.minLength);
      const max = bound(config.maxLength);
      // `length` in UTF-16 units, as Logto's own pages count.
      if (min && value.length < min) return [{ code: 'too_short', min }];
      if (max && value.length > max) return [{ code: 'too_long', max }];
      return [];
    }
    case 'Url':
      return isWebUrl(value) ? [] : [{ code: 'invalid_url' }];
    case 'Regex': {
      const pattern = config.format ? compile(config.format) : undefined;
      return !pattern || pattern.test(value) ? [] : [{ code: 'pattern_mismatch' }];
    }
    case 'Select': {
      const options = (config.options ?? []).map((option) => option.value);
      return options.includes(value) ? [] : [{ code: 'not_an_option', options }];
    }
    case 'Date': {
      const format = profileFieldDatePattern(rule);
      if (!format || !isSupportedDatePattern(format)) return [];
      return parseDateValue(value, format) ? [] : [{ code: 'invalid_date', format }];
    }
    default:
      return [];
  }
}

/** The enabled parts of a Fullname or Address field, in their configured order. */
export function enabledParts(field: ProfileFieldDefinition): CustomProfileFieldPart[] {
  return (field.config?.parts ?? []).filter((part) => part.enabled);
}

/**
 * Check a value exactly as the definition says (required, length, range, pattern, URL, options,
 * date pattern; each Fullname / Address part with its own rules). Returns every issue found, `[]`
 * when the value may be saved. Never throws, whatever the catalogue holds.
 *
 * @example
 * validateProfileField(bio, 'x'); // [{ code: 'too_short', min: 2 }]
 */
export function validateProfileField(
  definition: ProfileFieldRule & { config?: ProfileFieldDefinition['config'] },
  value: unknown,
): ProfileFieldIssue[] {
  if (definition.type !== 'Fullname' && definition.type !== 'Address')
    return validatePrimitive(definition, value);
  if (!isEmpty(value) && (typeof value !== 'object' || Array.isArray(value)))
    return [{ code: 'invalid_type', expected: 'object' }];
  const parts = (definition.config?.parts ?? []).filter((part) => part.enabled);
  const record = (value ?? {}) as Record<string, unknown>;
  // An optional composite left wholly empty is fine; once a part is filled, each part's rules apply.
  if (parts.every((part) => isEmpty(record[part.name])))
    return definition.required ? [{ code: 'required' }] : [];
  return parts.flatMap((part) =>
    // A part of a composite type is refused by Logto (facts §1); checked as text if one slips in.
    validatePrimitive(
      part.type === 'Fullname' || part.type === 'Address' ? { ...part, type: 'Text' } : part,
      record[part.name],
    ).map((issue) => ({ ...issue, part: part.name })),
  );
}

/** OIDC profile claims stored in `profile.<name>` (facts §2); `address` is its own case. */
const PROFILE_CLAIMS = [
  'familyName',
  'givenName',
  'middleName',
  'nickname',
  'preferredUsername',
  'profile',
  'website',
  'gender',
  'birthdate',
  'zoneinfo',
  'locale',
] as const;
type ProfileClaim = (typeof PROFILE_CLAIMS)[number];

/** Where Logto keeps a field's value (facts §2). */
export type ProfileFieldStorage =
  | { at: 'account'; key: 'name' | 'avatar' }
  | { at: 'profile'; key: ProfileClaim }
  /** Each part in `profile.<part>` (`givenName`, `middleName`, `familyName`). */
  | { at: 'fullname' }
  /** `profile.address`, sent whole: a partial one replaces the stored one (facts §4). */
  | { at: 'address' }
  | { at: 'customData'; key: string };

/**
 * Where a field's value lives: `name`/`avatar` at the top level, built-in claims and the parts of
 * Fullname / Address fields in `profile`, every other field in `customData.<name>` (facts §2).
 */
export function profileFieldStorage(field: Pick<ProfileFieldDefinition, 'name' | 'type'>) {
  const { name, type } = field;
  const storage: ProfileFieldStorage =
    type === 'Fullname'
      ? { at: 'fullname' }
      : type === 'Address'
        ? { at: 'address' }
        : name === 'name' || name === 'avatar'
          ? { at: 'account', key: name }
          : (PROFILE_CLAIMS as readonly string[]).includes(name)
            ? { at: 'profile', key: name as ProfileClaim }
            : { at: 'customData', key: name };
  return storage;
}

/** The account-center control that governs a field (Logto's own account page's rule, facts §2). */
export function profileFieldControl(
  field: Pick<ProfileFieldDefinition, 'name' | 'type'>,
): 'name' | 'avatar' | 'profile' | 'customData' {
  const storage = profileFieldStorage(field);
  return storage.at === 'account'
    ? storage.key
    : storage.at === 'customData'
      ? 'customData'
      : 'profile';
}

/** Whether a field is shown, and whether it can be edited. */
export type ProfileFieldStatus = 'hidden' | 'readOnly' | 'editable';

/**
 * The field's status from its control's level: `Off` (or unset, §3.1) hides it, `ReadOnly` shows
 * it without editing, `Edit` lets the user change it.
 */
export function profileFieldStatus(
  field: Pick<ProfileFieldDefinition, 'name' | 'type'>,
  levels: AccountCenterFields | undefined,
): ProfileFieldStatus {
  const level: AccountCenterFieldLevel = levels?.[profileFieldControl(field)] ?? 'Off';
  return level === 'Edit' ? 'editable' : level === 'ReadOnly' ? 'readOnly' : 'hidden';
}

const asText = (value: unknown): string =>
  value === undefined || value === null
    ? ''
    : typeof value === 'string'
      ? value
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value as number | boolean);

/**
 * The field's current value from the account, as a form holds it. A Checkbox never set takes
 * its `defaultValue`; a stored value of the wrong type is shown as text (the server accepts
 * anything, facts §4), so validation can point at it.
 */
export function readProfileFieldValue(
  field: ProfileFieldDefinition,
  account: Account | undefined,
): ProfileFieldValue {
  const storage = profileFieldStorage(field);
  const profile = (account?.profile ?? {}) as Record<string, unknown>;
  const parts = (source: Record<string, unknown> | undefined) =>
    Object.fromEntries(enabledParts(field).map((part) => [part.name, asText(source?.[part.name])]));
  switch (storage.at) {
    case 'account':
      return account?.[storage.key] ?? '';
    case 'profile':
      return asText(profile[storage.key]);
    case 'fullname':
      return parts(profile);
    case 'address':
      return parts(account?.profile?.address);
    case 'customData': {
      const stored: unknown = account?.customData?.[storage.key];
      if (field.type === 'Checkbox') {
        if (stored === undefined || stored === null) return field.config?.defaultValue === 'true';
        if (stored === true || stored === 'true') return true;
        if (stored === false || stored === 'false') return false;
      }
      if (field.type === 'Number' && typeof stored === 'number') return stored;
      return asText(stored);
    }
  }
}

/** What a value becomes on the server: Number → number, Checkbox → boolean, empty → removed. */
function storedValue(field: ProfileFieldDefinition, value: ProfileFieldValue): unknown {
  if (isEmpty(value)) return undefined;
  if (field.type === 'Number') return typeof value === 'number' ? value : Number(value);
  return value;
}

const same = (a: unknown, b: unknown) =>
  Object.is(a, b) || (typeof a === 'object' && JSON.stringify(a) === JSON.stringify(b));

/** The request bodies of a save; a key is absent when nothing changes there. */
export interface ProfileFieldWrites {
  /** `PATCH /api/my-account`: `name`, `avatar`, and `customData` merged with the server copy. */
  account?: UpdateAccountInput;
  /** `PATCH /api/my-account/profile`: claims, Fullname parts and a whole `address`. */
  profile?: UpdateProfileInput;
}

/**
 * Turn edited values into the smallest request bodies: only fields whose stored value changes
 * are sent. `customData` is replaced whole by the server (facts §4), so the body carries the
 * latest server copy with the changes applied: keys the app stored itself survive. Pass the
 * account as just read from the server, and only the fields the user may edit.
 *
 * @example
 * const writes = buildProfileFieldWrites(fields, { bio: 'hello' }, await client.getAccount());
 * if (writes.account) await client.updateAccount(writes.account);
 */
export function buildProfileFieldWrites(
  fields: readonly ProfileFieldDefinition[],
  values: Readonly<Record<string, ProfileFieldValue>>,
  account: Account,
): ProfileFieldWrites {
  const accountBody: UpdateAccountInput = {};
  const profileBody: Record<string, unknown> = {};
  const customData: Record<string, unknown> = { ...account.customData };
  let customDataChanged = false;
  const profile = (account.profile ?? {}) as Record<string, unknown>;
  const setClaim = (key: string, value: unknown) => {
    // Profile values must be strings (a `null` is a 400, facts §2): empty clears to `''`.
    const text = asText(value);
    if (text !== asText(profile[key])) profileBody[key] = text;
  };

  for (const field of fields) {
    if (!(field.name in values)) continue;
    const value = values[field.name];
    const storage = profileFieldStorage(field);
    const parts = (value ?? {}) as Record<string, string | undefined>;
    switch (storage.at) {
      case 'account': {
        const next = isEmpty(value) ? null : asText(value);
        if (next !== (account[storage.key] ?? null)) accountBody[storage.key] = next;
        break;
      }
      case 'profile':
        setClaim(storage.key, value);
        break;
      case 'fullname':
        for (const part of enabledParts(field)) setClaim(part.name, parts[part.name]);
        break;
      case 'address': {
        const current: Record<string, string | undefined> = { ...account.profile?.address };
        const next = { ...current };
        for (const part of enabledParts(field)) {
          const text = parts[part.name];
          if (isEmpty(text)) delete next[part.name];
          else next[part.name] = text;
        }
        if (!same(next, current)) profileBody.address = next;
        break;
      }
      case 'customData': {
        const next = storedValue(field, value);
        if (same(next, customData[storage.key])) break;
        customDataChanged = true;
        if (next === undefined) delete customData[storage.key];
        else customData[storage.key] = next;
        break;
      }
    }
  }
  if (customDataChanged) accountBody.customData = customData;
  return {
    ...(Object.keys(accountBody).length > 0 ? { account: accountBody } : {}),
    ...(Object.keys(profileBody).length > 0 ? { profile: profileBody as UpdateProfileInput } : {}),
  };
}

/**
 * Logto's own localized label for a built-in field or part (facts §6): a key of the `profile`
 * section of `GET /api/.well-known/phrases`. `undefined` for a field of the app's own.
 *
 * @example
 * logtoProfileLabelKey('fullname'); // 'profile.fullname'
 * logtoProfileLabelKey('address', 'postalCode'); // 'profile.address.postalCode'
 */
export function logtoProfileLabelKey(
  field: Pick<ProfileFieldDefinition, 'name' | 'type'>,
  part?: string,
): string | undefined {
  if (part !== undefined) {
    if (field.type === 'Address' && ADDRESS_PARTS.includes(part)) return `profile.address.${part}`;
    if (field.type === 'Fullname' && FULLNAME_PARTS.includes(part)) return `profile.${part}`;
    return undefined;
  }
  // `profile.address` is the group; its `formatted` entry is the word "Address".
  if (field.name === 'address') return 'profile.address.formatted';
  return BUILT_IN_LABELS.includes(field.name) ? `profile.${field.name}` : undefined;
}

/** Logto's localized label of a built-in option (gender's), e.g. `profile.gender_options.male`. */
export function logtoOptionLabelKey(
  field: Pick<ProfileFieldDefinition, 'name'>,
  value: string,
): string | undefined {
  return field.name === 'gender' && ['female', 'male', 'prefer_not_to_say'].includes(value)
    ? `profile.gender_options.${value}`
    : undefined;
}

const FULLNAME_PARTS = ['givenName', 'middleName', 'familyName'];
const ADDRESS_PARTS = ['formatted', 'streetAddress', 'locality', 'region', 'postalCode', 'country'];
const BUILT_IN_LABELS = ['name', 'avatar', 'fullname', ...PROFILE_CLAIMS];

/**
 * The label to show: the catalogue's own, else Logto's localized label for a built-in (looked up
 * with `translate`, e.g. the kit's locale data for {@link logtoProfileLabelKey}), else the name.
 */
export function profileFieldLabel(
  field: Pick<ProfileFieldDefinition, 'name' | 'type' | 'label' | 'config'>,
  translate?: (key: string) => string | undefined,
  part?: string,
): string {
  const own =
    part === undefined
      ? field.label
      : field.config?.parts?.find((candidate) => candidate.name === part)?.label;
  if (own) return own;
  const key = logtoProfileLabelKey(field, part);
  return (key && translate?.(key)) || (part ?? field.name);
}
