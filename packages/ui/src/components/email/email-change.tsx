import { useEmailChange } from '@account-center/react';
import { useIdentifierI18n } from '../../i18n/area-i18n.js';
import { Field, FieldError, FieldLabel } from '../../primitives/field.js';
import { Input } from '../../primitives/input.js';
import { IdentifierSection } from './identifier-section.js';
import type { AddressFieldProps } from './identifier-section.js';

/** Same rule as the API (§6.6): something, an @, something, a dot, something; no spaces. */
const EMAIL_PATTERN = /^\S+@\S+\.\S+$/;

function EmailAddressField({
  draft,
  onDraftChange,
  error,
  inputRef,
  disabled,
}: AddressFieldProps<string>) {
  const t = useIdentifierI18n().t;
  return (
    <Field>
      <FieldLabel>{t('email.label')}</FieldLabel>
      <Input
        ref={inputRef}
        type="email"
        name="email"
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        placeholder={t('email.placeholder')}
        value={draft}
        readOnly={disabled}
        onChange={(event) => onDraftChange(event.target.value)}
      />
      <FieldError>{error}</FieldError>
    </Field>
  );
}

export interface EmailChangeProps {
  className?: string;
  /**
   * Open the change form on mount, focused (deep entry: "Add an email address" from a banner).
   * Opens once the account is read and the `email` field is Edit.
   */
  defaultOpen?: boolean;
  /** The address to prefill when `defaultOpen` opens the form. */
  defaultValue?: string;
  /** The new address was verified and saved. */
  onSuccess?: () => void;
  /** The user cancelled the change form (e.g. to navigate back after a deep entry). */
  onCancel?: () => void;
}

/**
 * The primary email: shown, added, changed (identity check → code to the new address → verify →
 * saved) and removed (with confirmation), inline in its section. Honors the `email` field level:
 * Off renders nothing, ReadOnly shows the address with a "managed by your administrator" hint.
 * @example <EmailChange defaultOpen defaultValue="me@example.com" onCancel={() => history.back()} />
 */
export function EmailChange({
  className,
  defaultOpen,
  defaultValue,
  onSuccess,
  onCancel,
}: EmailChangeProps) {
  const flow = useEmailChange();
  return (
    <IdentifierSection
      type="email"
      flow={flow}
      className={className}
      defaultOpen={defaultOpen}
      defaultValue={defaultValue}
      draftFrom={(value) => value}
      onSuccess={onSuccess}
      onCancel={onCancel}
      AddressField={EmailAddressField}
      initialDraft={() => ''}
      parse={(draft) => {
        const value = draft.trim();
        return EMAIL_PATTERN.test(value) ? value : undefined;
      }}
      format={(value) => value}
    />
  );
}
