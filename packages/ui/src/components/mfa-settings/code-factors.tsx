import type { ComponentProps } from 'react';
import { EMAIL_CODE_FACTOR, PHONE_CODE_FACTOR } from '@account-center/client/helpers';
import { useTenantConfig, useMyAccount } from '@account-center/react';
import { useSecurityI18n } from '../../i18n/area-i18n.js';
import { cx } from '../../lib/cx.js';
import { formatPhoneDigits } from '../phone/phone-display.js';

export type MfaCodeFactorsProps = ComponentProps<'ul'>;

/**
 * The email and phone code factors the tenant offers (`EmailVerificationCode`,
 * `PhoneVerificationCode` in `mfa.factors`), listed among the two-step methods as Logto's page
 * does: with the address codes go to, or a prompt to add one. They need no setup of their own
 * (the primary email or phone is the factor) and count as second factors (`secondFactors`).
 * Not rendered when the `mfa` field is Off or the tenant offers neither.
 */
export function MfaCodeFactors({ className, ...props }: MfaCodeFactorsProps) {
  const { t } = useSecurityI18n();
  const settings = useTenantConfig();
  const account = useMyAccount().data;
  const offered = settings.mfa.value?.factors ?? [];
  if (settings.fields.mfa.value === 'Off' || !account) return null;
  const rows = [
    offered.includes(EMAIL_CODE_FACTOR) && {
      type: EMAIL_CODE_FACTOR,
      title: t('codeFactors.email'),
      value: account.primaryEmail,
      add: t('codeFactors.addEmail'),
    },
    offered.includes(PHONE_CODE_FACTOR) && {
      type: PHONE_CODE_FACTOR,
      title: t('codeFactors.phone'),
      value: account.primaryPhone && formatPhoneDigits(account.primaryPhone),
      add: t('codeFactors.addPhone'),
    },
  ].filter((row) => !!row);
  if (!rows.length) return null;
  return (
    <ul data-slot="mfa-code-factors" className={cx('ac-entries', className)} {...props}>
      {rows.map((row) => (
        <li key={row.type} data-slot="mfa-code-factor" data-factor={row.type} className="ac-entry">
          <div className="ac-entry-main">
            <span className="ac-entry-title">{row.title}</span>
            <span className="ac-entry-meta">
              {row.value ? <SentTo value={row.value} /> : row.add}
            </span>
          </div>
        </li>
      ))}
    </ul>
  );
}

/** "Codes are sent to {value}." with the value isolated (`<bdi>`). */
function SentTo({ value }: { value: string }) {
  const { t } = useSecurityI18n();
  const marker = '\u0000';
  const [before = '', after = ''] = t('codeFactors.sentTo', { value: marker }).split(marker);
  return (
    <>
      {before}
      <bdi dir="ltr">{value}</bdi>
      {after}
    </>
  );
}
