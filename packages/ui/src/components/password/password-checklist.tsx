import { useEffect, useMemo, useState } from 'react';
import type { ComponentProps } from 'react';
import { checkPassword, resolvePasswordPolicy } from '@account-center/client/helpers';
import type { PasswordPolicy, PasswordUserInfo } from '@account-center/client';
import { usePasswordI18n } from '../../i18n/area-i18n.js';
import type { PasswordIssue } from '../../i18n/types.js';
import { cx } from '../../lib/cx.js';
import { CheckIcon, CloseIcon } from '../../primitives/icons.js';
import { VisuallyHidden } from '../../primitives/visually-hidden.js';

/** How long typing must pause before the rules are checked again (bar 21: debounced). */
export const PASSWORD_CHECK_DELAY_MS = 250;

/**
 * One rule of the checklist: `pending` before anything is typed (or, for the breached-password
 * rule, until the server checks it on save), `met`/`unmet` from the live check, `rejected` when
 * the server's `password.rejected` answer named it.
 */
export type PasswordRuleState = 'pending' | 'met' | 'unmet' | 'rejected';

export interface PasswordRule {
  /** The issue code without the `password_rejected.` prefix, e.g. `too_short`. */
  id: string;
  issue: PasswordIssue;
  state: PasswordRuleState;
}

const strip = (code: string) => code.replace(/^password_rejected\./, '');

/**
 * The rules a policy imposes, in the server's order, each with its state for `password`.
 * Rules that only matter when broken (too long, unsupported characters) appear when broken.
 */
export function passwordRules(
  password: string,
  policy: PasswordPolicy | null | undefined,
  user?: PasswordUserInfo | null,
  serverIssues: readonly PasswordIssue[] = [],
): PasswordRule[] {
  const resolved = resolvePasswordPolicy(policy);
  const live = password ? checkPassword(password, policy, user) : [];
  const liveCodes = new Set(live.map((issue) => strip(issue.code)));
  const base: PasswordIssue[] = [
    { code: 'password_rejected.too_short', interpolation: { min: resolved.length.min } },
  ];
  if (resolved.characterTypes.min > 1)
    base.push({
      code: 'password_rejected.character_types',
      interpolation: { min: resolved.characterTypes.min },
    });
  if (resolved.rejects.repetitionAndSequence)
    base.push(
      { code: 'password_rejected.restricted.repetition' },
      { code: 'password_rejected.restricted.sequence' },
    );
  if (resolved.rejects.userInfo) base.push({ code: 'password_rejected.restricted.user_info' });
  if (resolved.rejects.words.length > 0) base.push({ code: 'password_rejected.restricted.words' });
  if (resolved.rejects.pwned) base.push({ code: 'password_rejected.pwned' });

  // Issues the policy list does not name (too long, unsupported characters, or a stricter
  // server policy than the one known here) join the list where they occur.
  const extra = [...live, ...serverIssues].filter(
    (issue, index, all) =>
      !base.some((rule) => strip(rule.code) === strip(issue.code)) &&
      all.findIndex((other) => strip(other.code) === strip(issue.code)) === index,
  );

  return [...base, ...extra].map((issue) => {
    const id = strip(issue.code);
    // The server's numbers win: its policy is the one that decides.
    const fromServer = serverIssues.find((entry) => strip(entry.code) === id);
    const state: PasswordRuleState = fromServer
      ? 'rejected'
      : !password || id === 'pwned'
        ? 'pending'
        : liveCodes.has(id)
          ? 'unmet'
          : 'met';
    return { id, issue: fromServer ?? issue, state };
  });
}

/** `value`, updated only after it stopped changing for `delay` ms. */
export function useDebouncedValue<T>(value: T, delay: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

export interface PasswordChecklistProps extends Omit<ComponentProps<'ul'>, 'children'> {
  /** The password being typed (checked after a short pause). */
  password: string;
  /** The tenant's policy; Logto's defaults when unknown. */
  policy?: PasswordPolicy | null | undefined;
  /** For the "no personal info" rule. */
  user?: PasswordUserInfo | null | undefined;
  /** The issues of a `password.rejected` answer for this password. */
  serverIssues?: readonly PasswordIssue[] | undefined;
}

/**
 * The password policy as a list of rules, shown before typing and checked live (debounced) as
 * met/unmet with the client's `checkPassword`; the server's `password.rejected` issues mark the
 * same rules. Each item says its state in words (not only by icon or colour).
 */
export function PasswordChecklist({
  password,
  policy,
  user,
  serverIssues,
  className,
  ...props
}: PasswordChecklistProps) {
  const { t, passwordIssueMessage } = usePasswordI18n();
  const checked = useDebouncedValue(password, PASSWORD_CHECK_DELAY_MS);
  // Server issues belong to what was submitted; show them at once, not after the pause.
  const current = serverIssues?.length ? password : checked;
  const rules = useMemo(
    () => passwordRules(current, policy, user, serverIssues),
    [current, policy, user, serverIssues],
  );
  return (
    <ul
      data-slot="password-checklist"
      aria-label={t('password.requirements')}
      className={cx('ac-password-checklist', className)}
      {...props}
    >
      {rules.map((rule) => {
        const text = passwordIssueMessage(rule.issue);
        const spoken =
          rule.state === 'met'
            ? t('password.ruleMet', { rule: text })
            : rule.state === 'pending'
              ? rule.id === 'pwned'
                ? t('password.ruleChecked', { rule: text })
                : text
              : t('password.ruleUnmet', { rule: text });
        return (
          <li key={rule.id} data-slot="password-rule" data-rule={rule.id} data-state={rule.state}>
            {rule.state === 'met' ? (
              <CheckIcon className="ac-password-rule-icon" />
            ) : rule.state === 'pending' ? (
              <span className="ac-password-rule-icon" aria-hidden="true" />
            ) : (
              <CloseIcon className="ac-password-rule-icon" />
            )}
            <span aria-hidden="true">{text}</span>
            <VisuallyHidden>{spoken}</VisuallyHidden>
          </li>
        );
      })}
    </ul>
  );
}
