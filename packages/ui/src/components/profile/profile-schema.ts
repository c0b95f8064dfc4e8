/**
 * The profile form's values and validation (zod/mini, through `schemaResolver`, which only
 * calls `safeParse`). Messages come from the active catalogue, so the schema is built per `t`.
 */
import * as z from 'zod/mini';
import type { Account, UsernamePolicy } from '@account-center/client';
import { checkUsername, resolveUsernamePolicy } from '@account-center/client/helpers';
import { safeHttpUrl } from '../../lib/safe-url.js';
import type { MessageKey, Translate } from '../../i18n/types.js';

/** The OIDC claims of `profile` edited as plain text (§3.3). */
export const PROFILE_CLAIMS = [
  'givenName',
  'middleName',
  'familyName',
  'nickname',
  'preferredUsername',
  'profile',
  'website',
  'gender',
  'birthdate',
  'zoneinfo',
  'locale',
] as const;
export type ProfileClaim = (typeof PROFILE_CLAIMS)[number];

/** Parts of `profile.address` (replaced as a whole on save, §6.3). */
export const ADDRESS_PARTS = [
  'streetAddress',
  'locality',
  'region',
  'postalCode',
  'country',
  'formatted',
] as const;
export type AddressPart = (typeof ADDRESS_PARTS)[number];

export type ProfileFormValues = {
  name: string;
  username: string;
  avatar: string;
  address: Record<AddressPart, string>;
} & Record<ProfileClaim, string>;

/** Complete default values from the account (every key present, `''` for unset). */
export function profileFormValues(account: Account | undefined): ProfileFormValues {
  const profile = account?.profile ?? {};
  const address = profile.address ?? {};
  return {
    name: account?.name ?? '',
    username: account?.username ?? '',
    avatar: account?.avatar ?? '',
    ...(Object.fromEntries(PROFILE_CLAIMS.map((claim) => [claim, profile[claim] ?? ''])) as Record<
      ProfileClaim,
      string
    >),
    address: Object.fromEntries(ADDRESS_PARTS.map((part) => [part, address[part] ?? ''])) as Record<
      AddressPart,
      string
    >,
  };
}

/**
 * Longest value each field may hold. `name` and `username` are 128-character columns and `avatar`
 * a 2048-character one on the server (the `maxLength` of `GET /api/my-account`, §3.3); longer is a
 * server failure, not a clear message. `profile` claims are stored as JSON without a cap (a
 * 150-character `givenName` is accepted), so the kit caps them like their column neighbours: links
 * at the avatar's 2048, text at the name's 128.
 */
export const PROFILE_MAX_LENGTH = {
  name: 128,
  username: 128,
  avatar: 2048,
  text: 128,
  url: 2048,
} as const;

/** Cap of one form field (`address.*` parts count as text). */
export function maxLengthOf(field: 'name' | 'username' | 'avatar' | ProfileClaim | AddressPart) {
  if (field === 'name' || field === 'username' || field === 'avatar')
    return PROFILE_MAX_LENGTH[field];
  return field === 'profile' || field === 'website'
    ? PROFILE_MAX_LENGTH.url
    : PROFILE_MAX_LENGTH.text;
}

/** Same username rule as the API (§6.2): a letter or underscore first, then word characters. */
const USERNAME = /^[A-Z_a-z]\w*$/;

/**
 * The hint under the username field: the tenant's rule (length and allowed characters, facts §7)
 * when its policy is known, else the API's own rule.
 */
export function usernameHint(t: Translate, locale: string, policy: UsernamePolicy | undefined) {
  if (!policy) return t('profile.usernameDescription');
  const { minLength, maxLength, allowedChars } = resolveUsernamePolicy(policy);
  const classes = (['lowercase', 'uppercase', 'numbers', 'underscore'] as const)
    .filter((name) => allowedChars[name])
    .map((name) => t(`profile.usernameChars.${name}`));
  const list = new Intl.ListFormat(locale, { type: 'conjunction' }).format(classes);
  return t('profile.usernamePolicy', { min: minLength, max: maxLength, chars: list });
}

export function profileSchema(t: Translate, usernamePolicy?: UsernamePolicy) {
  // A `refine` rather than `z.maxLength`: the client's schemas use no zod checks, so the length
  // checks' own classes would be UI-only bytes (~0.35 kB gzip) for one comparison.
  const atMost = (count: number) =>
    z.refine<string>((value) => value.length <= count, t('profile.tooLong', { count }));
  const text = (count: number = PROFILE_MAX_LENGTH.text) => z.string().check(atMost(count));
  const url = (count: number) =>
    z.string().check(
      z.refine(
        (value) => value.trim() === '' || !!safeHttpUrl(value.trim()),
        t('profile.urlInvalid'),
      ),
      atMost(count),
    );
  return z.object({
    name: text(PROFILE_MAX_LENGTH.name),
    username: z.string().check(
      z.refine((value) => value === '' || USERNAME.test(value), t('profile.usernameInvalid')),
      atMost(PROFILE_MAX_LENGTH.username),
      // The tenant's policy, with the server's own message for each rule (`422 user.username_*`).
      z.refine((value) => value === '' || !checkUsername(value, usernamePolicy), {
        error: (issue) =>
          t(`errors.${checkUsername(String(issue.input), usernamePolicy)}` as MessageKey),
      }),
    ),
    avatar: url(PROFILE_MAX_LENGTH.avatar),
    givenName: text(),
    middleName: text(),
    familyName: text(),
    nickname: text(),
    preferredUsername: text(),
    profile: url(PROFILE_MAX_LENGTH.url),
    website: url(PROFILE_MAX_LENGTH.url),
    gender: text(),
    birthdate: text(),
    zoneinfo: text(),
    locale: text(),
    address: z.object({
      streetAddress: text(),
      locality: text(),
      region: text(),
      postalCode: text(),
      country: text(),
      formatted: text(),
    }),
  });
}
