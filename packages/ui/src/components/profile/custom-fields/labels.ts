/**
 * The words of a custom profile field, in the order they win:
 * 1. the app's override for the active locale, through the kit's message overrides
 *    (`messages={{ customFields: { bio: { label: 'About you' } } }}`, see `MessageOverrides`);
 * 2. the catalogue's own label, description, placeholder or option label (Logto stores one
 *    string; `""` means "unset");
 * 3. for a built-in (gender, birthdate, fullname parts, address parts, …), Logto's own localized
 *    label, which the kit ships in every locale;
 * 4. the field, part or option name.
 */
import { logtoOptionLabelKey, profileFieldLabel } from '@account-center/client/profile-fields';
import type { ProfileFieldDefinition } from '@account-center/client/profile-fields';
import type { I18n } from '../../../i18n/create-i18n.js';
import type { MessageKey } from '../../../i18n/types.js';

/** Logto's `profile.*` phrase keys (facts §6) → the kit's keys holding the same labels. */
function kitKey(logtoKey: string): string {
  if (logtoKey === 'profile.fullname') return 'profileFields.fullname';
  if (logtoKey === 'profile.address.formatted') return 'profile.address';
  if (logtoKey === 'profile.profile') return 'profile.profileUrl';
  const address = /^profile\.address\.(\w+)$/.exec(logtoKey);
  if (address) return `profile.${address[1]}`;
  const option = /^profile\.gender_options\.(\w+)$/.exec(logtoKey);
  if (option)
    return `profileFields.gender.${option[1] === 'prefer_not_to_say' ? 'preferNotToSay' : option[1]}`;
  return logtoKey;
}

/** The message at `key`, or `undefined` when no catalogue or override has it. */
function find(i18n: I18n, key: string): string | undefined {
  const text = i18n.t(key as MessageKey);
  return text === key || text === '' ? undefined : text;
}

export interface FieldText {
  label: string;
  description?: string | undefined;
  placeholder?: string | undefined;
}

/** The label, description and placeholder of a field, or of one of its parts. */
export function fieldText(i18n: I18n, field: ProfileFieldDefinition, part?: string): FieldText {
  const base =
    part === undefined ? `customFields.${field.name}` : `customFields.${field.name}.parts.${part}`;
  const own =
    part === undefined ? field : field.config?.parts?.find((candidate) => candidate.name === part);
  // Logto's own address label sits on the `formatted` part (`profile.address.formatted`); the
  // kit names that part "Full address" so it differs from the group's legend.
  const builtIn =
    part === 'formatted' && field.type === 'Address'
      ? i18n.t('profile.formattedAddress')
      : profileFieldLabel(field, (key) => find(i18n, kitKey(key)), part);
  return {
    label: find(i18n, `${base}.label`) ?? builtIn,
    description: find(i18n, `${base}.description`) ?? (own?.description || undefined),
    placeholder: find(i18n, `${base}.placeholder`) ?? (own?.config?.placeholder || undefined),
  };
}

/** The label of a Select option: override, catalogue label, Logto's built-in, the value. */
export function optionLabel(
  i18n: I18n,
  field: ProfileFieldDefinition,
  option: { value: string; label?: string | null | undefined },
  part?: string,
): string {
  const base =
    part === undefined ? `customFields.${field.name}` : `customFields.${field.name}.parts.${part}`;
  const builtIn = logtoOptionLabelKey(field, option.value);
  return (
    find(i18n, `${base}.options.${option.value}`) ??
    (option.label || undefined) ??
    (builtIn && find(i18n, kitKey(builtIn))) ??
    option.value
  );
}
