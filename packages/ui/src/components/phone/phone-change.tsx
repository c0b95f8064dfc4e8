import { useMemo } from 'react';
import { toPhoneDigits, useMyAccount, usePhoneChange } from '@account-center/react';
import { useI18n } from '../../i18n/i18n-provider.js';
import {
  Field,
  FieldControl,
  FieldDescription,
  FieldError,
  FieldLabel,
} from '../../primitives/field.js';
import { Input } from '../../primitives/input.js';
import { IdentifierSection } from '../email/identifier-section.js';
import type { AddressFieldProps } from '../email/identifier-section.js';
import { formatPhoneDigits } from './phone-format.js';
import type { PhoneLib } from './phone-format.js';
import { useLoadedPhoneLib } from './phone-lib.js';

/** What the user is typing: a country (ISO 3166 alpha-2) and the number as typed. */
interface PhoneDraft {
  country: string;
  number: string;
}

/** The region of the UI locale (`ko` → `KR`), else `US`. */
function localeRegion(locale: string): string {
  try {
    return new Intl.Locale(locale).maximize().region ?? 'US';
  } catch {
    return 'US';
  }
}

/**
 * The number to send: E.164 digits without "+" (§12). A number typed with "+" ignores the
 * country. Only "possible" is required (length per country): the server has the last word.
 */
function parsePhone(draft: PhoneDraft, phoneLib: PhoneLib | undefined): string | undefined {
  const typed = draft.number.trim();
  if (!phoneLib) {
    const digits = toPhoneDigits(typed);
    return /^[1-9]\d{6,14}$/.test(digits) ? digits : undefined;
  }
  try {
    const parsed = typed.startsWith('+')
      ? phoneLib.parsePhoneNumberFromString(typed)
      : phoneLib.parsePhoneNumberFromString(
          typed,
          draft.country as Parameters<PhoneLib['parsePhoneNumberFromString']>[1] & string,
        );
    return parsed?.isPossible() ? parsed.number.slice(1) : undefined;
  } catch {
    return undefined;
  }
}

function usePhoneField(phoneLib: PhoneLib | undefined, locale: string) {
  return useMemo(() => {
    if (!phoneLib) return [];
    const names = new Intl.DisplayNames([locale], { type: 'region' });
    return phoneLib
      .getCountries()
      .map((country) => ({
        country,
        label: `${names.of(country) ?? country} (+${phoneLib.getCountryCallingCode(country)})`,
      }))
      .sort((a, b) => a.label.localeCompare(b.label, locale));
  }, [phoneLib, locale]);
}

function PhoneNumberField({
  draft,
  onDraftChange,
  error,
  inputRef,
  disabled,
}: AddressFieldProps<PhoneDraft>) {
  const { t, locale } = useI18n();
  const phoneLib = useLoadedPhoneLib();
  const countries = usePhoneField(phoneLib, locale);
  return (
    <div className="ac-phone-field" data-slot="phone-field">
      {countries.length > 0 && (
        <Field className="ac-phone-country">
          <FieldLabel>{t('phone.country')}</FieldLabel>
          <FieldControl>
            <select
              className="ac-input"
              data-slot="phone-country"
              name="country"
              autoComplete="country"
              value={draft.country}
              disabled={disabled}
              onChange={(event) => onDraftChange({ ...draft, country: event.target.value })}
            >
              {countries.map((option) => (
                <option key={option.country} value={option.country}>
                  {option.label}
                </option>
              ))}
            </select>
          </FieldControl>
        </Field>
      )}
      <Field className="ac-phone-number">
        <FieldLabel>{t('phone.label')}</FieldLabel>
        <Input
          ref={inputRef}
          type="tel"
          name="phone"
          autoComplete={countries.length > 0 ? 'tel-national' : 'tel'}
          inputMode="tel"
          placeholder={t('phone.placeholder')}
          value={draft.number}
          readOnly={disabled}
          onChange={(event) => onDraftChange({ ...draft, number: event.target.value })}
        />
        <FieldDescription>{t('phone.carrierRates')}</FieldDescription>
        <FieldError>{error}</FieldError>
      </Field>
    </div>
  );
}

export interface PhoneChangeProps {
  className?: string;
}

/**
 * The primary phone: shown internationally formatted, added, changed (identity check → code by
 * SMS → verify → saved) and removed (with confirmation). Entry is a country select plus the
 * number; it is sent as E.164 digits without "+" (§12). Phone formatting
 * (`libphonenumber-js/min`) loads lazily when this component mounts.
 * @example <PhoneChange />
 */
export function PhoneChange({ className }: PhoneChangeProps) {
  const flow = usePhoneChange();
  const { locale } = useI18n();
  const phoneLib = useLoadedPhoneLib();
  const current = useMyAccount().data?.primaryPhone;

  const initialDraft = (): PhoneDraft => {
    const stored = current && phoneLib?.parsePhoneNumberFromString(`+${current}`)?.country;
    return { country: stored || localeRegion(locale), number: '' };
  };

  return (
    <IdentifierSection
      type="phone"
      flow={flow}
      className={className}
      AddressField={PhoneNumberField}
      initialDraft={initialDraft}
      parse={(draft) => parsePhone(draft, phoneLib)}
      format={(value) => (value ? formatPhoneDigits(value, phoneLib) : '')}
    />
  );
}
