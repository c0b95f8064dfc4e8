import { useMemo } from 'react';
import { useMyAccount, usePhoneChange } from '@account-center/react';
import { useIdentifierI18n } from '../../i18n/area-i18n.js';
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
import { formatPhoneDigits, isolateLtr, splitCallingCode } from './phone-display.js';
import {
  PHONE_REGIONS,
  callingCode,
  parseInternational,
  parsePhone,
  regionOf,
} from './phone-format.js';

/** What the user is typing: a country (ISO 3166 alpha-2) and the number as typed. */
interface PhoneDraft {
  country: string;
  number: string;
}

/** The region of a locale (`ko` → `KR`) if it has a calling code. */
function localeRegion(locale: string | undefined): string | undefined {
  try {
    const region = locale ? new Intl.Locale(locale).maximize().region : undefined;
    return region && callingCode(region) ? region : undefined;
  } catch {
    return undefined;
  }
}

/** The country to start from: the current phone's, else the browser's region, else the UI's. */
function defaultCountry(current: string | null | undefined, locale: string): string {
  const split = current ? splitCallingCode(current) : undefined;
  return (
    (split && regionOf(split.code, split.national)) ??
    localeRegion(typeof navigator === 'undefined' ? undefined : navigator.language) ??
    localeRegion(locale) ??
    'US'
  );
}

/** Every region, named in the UI locale with its calling code, sorted by name. */
function useCountryOptions(locale: string, dir: 'ltr' | 'rtl') {
  return useMemo(() => {
    let names: Intl.DisplayNames | undefined;
    try {
      names = new Intl.DisplayNames([locale], { type: 'region' });
    } catch {
      names = undefined;
    }
    const collator = new Intl.Collator(locale);
    return PHONE_REGIONS.map(({ region, code }) => ({
      region,
      name: names?.of(region) ?? region,
      code: isolateLtr(`+${code}`, dir),
    })).sort((a, b) => collator.compare(a.name, b.name));
  }, [locale, dir]);
}

function PhoneNumberField({
  draft,
  onDraftChange,
  error,
  inputRef,
  disabled,
}: AddressFieldProps<PhoneDraft>) {
  const { t, locale, dir } = useIdentifierI18n();
  const countries = useCountryOptions(locale, dir);
  return (
    <div className="ac-phone-field" data-slot="phone-field">
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
              <option key={option.region} value={option.region}>
                {`${option.name} (${option.code})`}
              </option>
            ))}
          </select>
        </FieldControl>
      </Field>
      <Field className="ac-phone-number">
        <FieldLabel>{t('phone.label')}</FieldLabel>
        <Input
          ref={inputRef}
          type="tel"
          name="phone"
          dir="ltr"
          autoComplete="tel-national"
          inputMode="tel"
          placeholder={t('phone.placeholder')}
          value={draft.number}
          readOnly={disabled}
          onChange={(event) => {
            // A pasted or autofilled "+44 20…" / "0044 20…" picks its country.
            const number = event.target.value;
            const country = parseInternational(number, draft.country)?.region ?? draft.country;
            onDraftChange({ country, number });
          }}
        />
        <FieldDescription>{t('phone.carrierRates')}</FieldDescription>
        <FieldError>{error}</FieldError>
      </Field>
    </div>
  );
}

export interface PhoneChangeProps {
  className?: string;
  /**
   * Open the change form on mount, focused (deep entry: "Add a phone number" from a banner).
   * Opens once the account is read and the `phone` field is Edit.
   */
  defaultOpen?: boolean;
  /** The number to prefill when `defaultOpen` opens the form (`+…` picks its country). */
  defaultValue?: string;
  /** The new number was verified and saved. */
  onSuccess?: () => void;
  /** The user cancelled the change form (e.g. to navigate back after a deep entry). */
  onCancel?: () => void;
}

/**
 * The primary phone: shown internationally formatted, added, changed (identity check → code by
 * SMS → verify → saved) and removed (with confirmation). Entry is a country select plus the
 * national number (a pasted `+…`/`00…` number picks its country); it is sent as E.164 digits
 * without "+" (§12), after a local length check. The server has the last word
 * (`user.invalid_phone` shows under the field).
 * @example <PhoneChange />
 */
export function PhoneChange({
  className,
  defaultOpen,
  defaultValue,
  onSuccess,
  onCancel,
}: PhoneChangeProps) {
  const flow = usePhoneChange();
  const { t, locale, dir } = useIdentifierI18n();
  const current = useMyAccount().data?.primaryPhone;

  const invalidMessage = (draft: PhoneDraft) => {
    const problem = parsePhone(draft.number, draft.country);
    if (typeof problem !== 'string' || problem === 'invalid') return undefined;
    let country = draft.country;
    try {
      country = new Intl.DisplayNames([locale], { type: 'region' }).of(country) ?? country;
    } catch {
      // The region code itself.
    }
    return t(problem === 'tooShort' ? 'phone.tooShort' : 'phone.tooLong', { country });
  };

  return (
    <IdentifierSection
      type="phone"
      flow={flow}
      className={className}
      AddressField={PhoneNumberField}
      initialDraft={() => ({ country: defaultCountry(current, locale), number: '' })}
      defaultOpen={defaultOpen}
      defaultValue={defaultValue}
      draftFrom={(number) => {
        const fallback = defaultCountry(current, locale);
        return { country: parseInternational(number, fallback)?.region ?? fallback, number };
      }}
      onSuccess={onSuccess}
      onCancel={onCancel}
      parse={(draft) => {
        const parsed = parsePhone(draft.number, draft.country);
        return typeof parsed === 'string' ? undefined : parsed.digits;
      }}
      invalidMessage={invalidMessage}
      format={(value) => (value ? isolateLtr(formatPhoneDigits(value), dir) : '')}
    />
  );
}
