/**
 * The phone section as parts (`Phone.Root`, `.Header`, `.Title`, `.Description`, `.Content`,
 * `.Value`, `.Actions`, `.ChangeTrigger`, `.ChangeForm`, `.Remove`, `.ReadOnlyNote`),
 * Radix-style: rearrange or replace them and keep the behaviour. `PhoneChange` is their usual
 * composition. They are the identifier section's parts (shared with `Email.*`) for a phone
 * number; each throws outside a `Phone.Root`.
 */
import { useMemo } from 'react';
import type { ComponentProps, JSX } from 'react';
import { useMyAccount, usePhoneChange } from '@account-center/react';
import { useIdentifierI18n } from '../../i18n/area-i18n.js';
import {
  Field,
  FieldControl,
  FieldDescription,
  FieldError,
  FieldLabel,
} from '../../primitives/field.js';
import type { SectionTitleProps } from '../../primitives/card.js';
import { Input } from '../../primitives/input.js';
import { identifierSectionParts } from '../email/identifier-section.js';
import type { AddressFieldProps, IdentifierKind } from '../email/identifier-section.js';
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

/**
 * The phone's kind: entry is a country select plus the national number (a pasted `+…`/`00…`
 * number picks its country); it is sent as E.164 digits without "+" (§12), after a local length
 * check. The server has the last word (`user.invalid_phone` shows under the field).
 */
function usePhoneKind(): IdentifierKind<PhoneDraft> {
  const { t, locale, dir } = useIdentifierI18n();
  const current = useMyAccount().data?.primaryPhone;
  return {
    AddressField: PhoneNumberField,
    initialDraft: () => ({ country: defaultCountry(current, locale), number: '' }),
    draftFrom: (number) => {
      const fallback = defaultCountry(current, locale);
      return { country: parseInternational(number, fallback)?.region ?? fallback, number };
    },
    parse: (draft) => {
      const parsed = parsePhone(draft.number, draft.country);
      return typeof parsed === 'string' ? undefined : parsed.digits;
    },
    invalidMessage: (draft) => {
      const problem = parsePhone(draft.number, draft.country);
      if (typeof problem !== 'string' || problem === 'invalid') return undefined;
      let country = draft.country;
      try {
        country = new Intl.DisplayNames([locale], { type: 'region' }).of(country) ?? country;
      } catch {
        // The region code itself.
      }
      return t(problem === 'tooShort' ? 'phone.tooShort' : 'phone.tooLong', { country });
    },
    format: (value) => (value ? isolateLtr(formatPhoneDigits(value), dir) : ''),
  };
}

const parts = identifierSectionParts({
  type: 'phone',
  useFlow: usePhoneChange,
  useKind: usePhoneKind,
});

/** `Phone.Root`'s props (and `PhoneChange`'s): a `<section>`'s, and the deep entry's. */
export interface PhoneRootProps extends ComponentProps<'section'> {
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

/** `Phone.Title`'s props: a heading's, and `asChild` for your own. */
export type PhoneTitleProps = SectionTitleProps;

/** `Phone.ChangeForm`'s props: a `<form>`'s; the part handles its submit and draws its fields. */
export type PhoneChangeFormProps = Omit<ComponentProps<'form'>, 'children' | 'onSubmit'>;

/**
 * The section (`<section>`, named by `Phone.Header`) and the state its parts share: the account,
 * the `phone` field's level, the change flow, the removal. Off renders nothing. Mounts the
 * step-up prompt after its children.
 */
export const PhoneRoot: (props: PhoneRootProps) => JSX.Element | null = parts.Root;
/** The section's header; by default its title and description. */
export const PhoneHeader = parts.Header;
/** The heading that names the section's region (`h2` unless `asChild`). */
export const PhoneTitle = parts.Title;
/** Describes the section's region; by default the kit's sentence. */
export const PhoneDescription = parts.Description;
/** The section's body. */
export const PhoneContent = parts.Content;
/**
 * The current number's row (`<div>`): the number, formatted internationally (or "Not set"), then
 * `children` (default `Phone.Actions` and `Phone.ReadOnlyNote`); under it, why `Phone.Remove`
 * is disabled when it is. A loading placeholder, or the load error with Retry, in its place.
 */
export const PhoneValue = parts.Value;
/** The row's buttons (`<span>`), by default `Phone.ChangeTrigger` and `Phone.Remove`. */
export const PhoneActions = parts.Actions;
/** "Add phone number" or "Change phone number" (`<button>`): opens `Phone.ChangeForm`. */
export const PhoneChangeTrigger = parts.ChangeTrigger;
/** The change flow (`<form>`): country and number, the code sent by SMS, saved. Nothing while closed. */
export const PhoneChangeForm: (props: PhoneChangeFormProps) => JSX.Element | null =
  parts.ChangeForm;
/** Remove (`<button>`) with a confirmation naming the number; disabled for the last sign-in. */
export const PhoneRemove = parts.Remove;
/** "Managed by your administrator." (`<span>`) when the `phone` field is ReadOnly. */
export const PhoneReadOnlyNote = parts.ReadOnlyNote;

/**
 * The phone section's parts, to rearrange or replace; `PhoneChange` is the usual composition.
 * @example
 * <Phone.Root>
 *   <Phone.Header />
 *   <Phone.Content>
 *     <Phone.Value />
 *     <Phone.ChangeForm />
 *   </Phone.Content>
 * </Phone.Root>
 */
export const Phone = {
  Root: PhoneRoot,
  Header: PhoneHeader,
  Title: PhoneTitle,
  Description: PhoneDescription,
  Content: PhoneContent,
  Value: PhoneValue,
  Actions: PhoneActions,
  ChangeTrigger: PhoneChangeTrigger,
  ChangeForm: PhoneChangeForm,
  Remove: PhoneRemove,
  ReadOnlyNote: PhoneReadOnlyNote,
};
