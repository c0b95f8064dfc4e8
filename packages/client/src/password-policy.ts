/**
 * Client-side mirror of Logto's password policy (contract §9), so forms can show live feedback
 * that agrees with `422 password.rejected`. The breached-password (`pwned`) check needs an outside
 * service and stays server-only; everything else is computed here.
 *
 * The simulator (`@account-center/mock`) imports `checkPassword` to implement the server's check,
 * so the issue list must match the server's in content *and* order.
 */

/** Password policy as found in the sign-in experience (`passwordPolicy`); every part optional. */
export interface PasswordPolicy {
  length?: { min?: number; max?: number };
  characterTypes?: { min?: number };
  rejects?: {
    pwned?: boolean;
    repetitionAndSequence?: boolean;
    userInfo?: boolean;
    words?: readonly string[];
  };
}

/** The policy with Logto's defaults filled in (§9). */
export interface ResolvedPasswordPolicy {
  length: { min: number; max: number };
  characterTypes: { min: number };
  rejects: {
    pwned: boolean;
    repetitionAndSequence: boolean;
    userInfo: boolean;
    words: readonly string[];
  };
}

/** Code of one password issue, as in the server's `password.rejected` `data`. */
export type PasswordIssueCode =
  | 'password_rejected.too_short'
  | 'password_rejected.too_long'
  | 'password_rejected.character_types'
  | 'password_rejected.unsupported_characters'
  | 'password_rejected.pwned'
  | 'password_rejected.restricted.repetition'
  | 'password_rejected.restricted.sequence'
  | 'password_rejected.restricted.user_info'
  | 'password_rejected.restricted.words';

/** One entry of the `password.rejected` `data` array. */
export interface PasswordIssue {
  code: PasswordIssueCode;
  interpolation?: Record<string, number>;
}

/** What the user-info rule compares against; an account object from `getAccount` fits as is. */
export interface PasswordUserInfo {
  name?: string | null;
  username?: string | null;
  primaryEmail?: string | null;
  primaryPhone?: string | null;
}

/** Logto's defaults when the tenant has no `passwordPolicy` (§9). */
export const defaultPasswordPolicy: ResolvedPasswordPolicy = {
  length: { min: 8, max: 256 },
  characterTypes: { min: 1 },
  rejects: { pwned: true, repetitionAndSequence: true, userInfo: true, words: [] },
};

/** Symbols Logto counts as the fourth character type (space included), §9. */
export const passwordSymbols = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~ ';

/** Fill a partial policy with Logto's defaults. */
export function resolvePasswordPolicy(policy?: PasswordPolicy | null): ResolvedPasswordPolicy {
  const defaults = defaultPasswordPolicy;
  return {
    length: {
      min: policy?.length?.min ?? defaults.length.min,
      max: policy?.length?.max ?? defaults.length.max,
    },
    characterTypes: { min: policy?.characterTypes?.min ?? defaults.characterTypes.min },
    rejects: {
      pwned: policy?.rejects?.pwned ?? defaults.rejects.pwned,
      repetitionAndSequence:
        policy?.rejects?.repetitionAndSequence ?? defaults.rejects.repetitionAndSequence,
      userInfo: policy?.rejects?.userInfo ?? defaults.rejects.userInfo,
      words: policy?.rejects?.words ?? defaults.rejects.words,
    },
  };
}

const minimumRunLength = 3;
/** Logto rejects restricted phrases only when fewer than this many characters lie outside them (§9). */
const minimumFreeCharacters = 3;

/**
 * Check a password against a policy the way Logto does, minus the server-only `pwned` lookup.
 * Returns `[]` when the password passes; issues come in the server's order: length, character
 * types, then `restricted.*` (repetition, sequence, user info, words).
 *
 * @example
 * checkPassword('123'); // [{ code: 'password_rejected.too_short', interpolation: { min: 8 } },
 * //                       { code: 'password_rejected.restricted.sequence' }]
 */
export function checkPassword(
  password: string,
  policy?: PasswordPolicy | null,
  user?: PasswordUserInfo | null,
): PasswordIssue[] {
  const resolved = resolvePasswordPolicy(policy);
  const issues: PasswordIssue[] = [];

  // Length is measured in UTF-16 code units, like `String#length` on the server.
  if (password.length < resolved.length.min) {
    issues.push({
      code: 'password_rejected.too_short',
      interpolation: { min: resolved.length.min },
    });
  } else if (password.length > resolved.length.max) {
    issues.push({
      code: 'password_rejected.too_long',
      interpolation: { max: resolved.length.max },
    });
  }

  const characterTypes = countCharacterTypes(password);
  if (characterTypes === undefined) {
    issues.push({ code: 'password_rejected.unsupported_characters' });
  } else if (characterTypes < resolved.characterTypes.min) {
    issues.push({
      code: 'password_rejected.character_types',
      interpolation: { min: resolved.characterTypes.min },
    });
  }

  issues.push(...checkRestrictedPhrases(password, resolved, user ?? undefined));
  return issues;
}

/** Number of character types used, or `undefined` when a character is outside all four. */
function countCharacterTypes(password: string): number | undefined {
  let lower = false;
  let upper = false;
  let digit = false;
  let symbol = false;
  for (const character of password) {
    if (character >= 'a' && character <= 'z') lower = true;
    else if (character >= 'A' && character <= 'Z') upper = true;
    else if (character >= '0' && character <= '9') digit = true;
    else if (passwordSymbols.includes(character)) symbol = true;
    else return undefined;
  }
  return Number(lower) + Number(upper) + Number(digit) + Number(symbol);
}

type RestrictedRule = 'repetition' | 'sequence' | 'user_info' | 'words';

/**
 * Restricted phrases (§9): mark every character that lies inside a run of ≥3 repeated or
 * sequential characters, a rejected word, or a ≥3-character prefix of a piece of user info. The
 * password is rejected only when more than `length − 3` characters are marked; the issues then
 * name each rule that marked something. Comparison is case-insensitive.
 */
function checkRestrictedPhrases(
  password: string,
  policy: ResolvedPasswordPolicy,
  user: PasswordUserInfo | undefined,
): PasswordIssue[] {
  const lowered = password.toLowerCase();
  const marked = new Set<number>();
  const found = new Set<RestrictedRule>();
  const mark = (rule: RestrictedRule, start: number, length: number) => {
    found.add(rule);
    for (let index = start; index < start + length; index++) marked.add(index);
  };

  if (policy.rejects.repetitionAndSequence) {
    markRuns(
      lowered,
      (previous, current) => previous === current,
      (start, length) => mark('repetition', start, length),
    );
    markRuns(
      lowered,
      (previous, current) => isSequential(previous, current, 1),
      (start, length) => mark('sequence', start, length),
    );
    markRuns(
      lowered,
      (previous, current) => isSequential(previous, current, -1),
      (start, length) => mark('sequence', start, length),
    );
  }

  if (policy.rejects.userInfo && user) {
    for (const value of userInfoValues(user)) {
      markPrefixes(lowered, value, (start, length) => mark('user_info', start, length));
    }
  }

  for (const word of policy.rejects.words) {
    const needle = word.toLowerCase();
    if (!needle) continue;
    for (
      let index = lowered.indexOf(needle);
      index !== -1;
      index = lowered.indexOf(needle, index + 1)
    ) {
      mark('words', index, needle.length);
    }
  }

  if (marked.size <= password.length - minimumFreeCharacters) return [];
  const order: RestrictedRule[] = ['repetition', 'sequence', 'user_info', 'words'];
  return order
    .filter((rule) => found.has(rule))
    .map((rule) => ({ code: `password_rejected.restricted.${rule}` as const }));
}

/** Call `onRun` for every maximal run (≥3 characters) whose neighbours satisfy `linked`. */
function markRuns(
  text: string,
  linked: (previous: string, current: string) => boolean,
  onRun: (start: number, length: number) => void,
) {
  let start = 0;
  for (let index = 1; index <= text.length; index++) {
    if (index < text.length && linked(text[index - 1] ?? '', text[index] ?? '')) continue;
    if (index - start >= minimumRunLength) onRun(start, index - start);
    start = index;
  }
}

/** `a→b`, `1→2` (step 1) or `b→a`, `2→1` (step −1), within letters or within digits only. */
function isSequential(previous: string, current: string, step: 1 | -1): boolean {
  const sameClass =
    (/[a-z]/.test(previous) && /[a-z]/.test(current)) ||
    (/\d/.test(previous) && /\d/.test(current));
  return sameClass && current.charCodeAt(0) - previous.charCodeAt(0) === step;
}

/** Lower-cased pieces of user info: name (whole and each word), username, email local part, phone. */
function userInfoValues(user: PasswordUserInfo): string[] {
  const values: string[] = [];
  if (user.name) {
    const words = user.name.toLowerCase().split(/\s+/).filter(Boolean);
    values.push(words.join(''), ...words);
  }
  if (user.username) values.push(user.username.toLowerCase());
  if (user.primaryEmail) values.push((user.primaryEmail.split('@')[0] ?? '').toLowerCase());
  if (user.primaryPhone) values.push(user.primaryPhone.replace(/\D/g, ''));
  return values.filter((value) => value.length >= minimumRunLength);
}

/** Mark, at each position, the longest prefix (≥3 characters) of `value` that starts there. */
function markPrefixes(
  text: string,
  value: string,
  onMatch: (start: number, length: number) => void,
) {
  for (let start = 0; start < text.length; start++) {
    let length = 0;
    while (
      start + length < text.length &&
      length < value.length &&
      text[start + length] === value[length]
    ) {
      length++;
    }
    if (length >= minimumRunLength) onMatch(start, length);
  }
}
