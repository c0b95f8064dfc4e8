/**
 * The email section as parts (`Email.Root`, `.Header`, `.Title`, `.Description`, `.Content`,
 * `.Value`, `.Actions`, `.ChangeTrigger`, `.ChangeForm`, `.Remove`, `.ReadOnlyNote`),
 * Radix-style: rearrange or replace them and keep the behaviour. `EmailChange` is their usual
 * composition. They are the identifier section's parts (shared with `Phone.*`) for an email
 * address; each throws outside an `Email.Root`.
 */
import type { ComponentProps, JSX } from 'react';
import { useEmailChange } from '@account-center/react';
import { useIdentifierI18n } from '../../i18n/area-i18n.js';
import type { SectionTitleProps } from '../../primitives/card.js';
import { Field, FieldError, FieldLabel } from '../../primitives/field.js';
import { Input } from '../../primitives/input.js';
import { identifierSectionParts } from './identifier-section.js';
import type { AddressFieldProps, IdentifierKind } from './identifier-section.js';

/** Same rule as the API (§6.6): something, an @, something, a dot, something; no spaces. */
const EMAIL_PATTERN = /^\S+@\S+\.\S+$/;

function EmailAddressField({
  draft,
  onDraftChange,
  error,
  inputRef,
  disabled,
}: AddressFieldProps<string>) {
  const { t } = useIdentifierI18n();
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

const emailKind: IdentifierKind<string> = {
  AddressField: EmailAddressField,
  initialDraft: () => '',
  draftFrom: (value) => value,
  parse: (draft) => {
    const value = draft.trim();
    return EMAIL_PATTERN.test(value) ? value : undefined;
  },
  format: (value) => value,
};

const parts = identifierSectionParts({
  type: 'email',
  useFlow: useEmailChange,
  useKind: () => emailKind,
});

/** `Email.Root`'s props (and `EmailChange`'s): a `<section>`'s, and the deep entry's. */
export interface EmailRootProps extends ComponentProps<'section'> {
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

/** `Email.Title`'s props: a heading's, and `asChild` for your own. */
export type EmailTitleProps = SectionTitleProps;

/** `Email.ChangeForm`'s props: a `<form>`'s; the part handles its submit and draws its fields. */
export type EmailChangeFormProps = Omit<ComponentProps<'form'>, 'children' | 'onSubmit'>;

/**
 * The section (`<section>`, named by `Email.Header`) and the state its parts share: the account,
 * the `email` field's level, the change flow, the removal. Off renders nothing. Mounts the
 * step-up prompt after its children.
 */
export const EmailRoot: (props: EmailRootProps) => JSX.Element | null = parts.Root;
/** The section's header; by default its title and description. */
export const EmailHeader = parts.Header;
/** The heading that names the section's region (`h2` unless `asChild`). */
export const EmailTitle = parts.Title;
/** Describes the section's region; by default the kit's sentence. */
export const EmailDescription = parts.Description;
/** The section's body. */
export const EmailContent = parts.Content;
/**
 * The current address's row (`<div>`): the address (or "Not set"), then `children` (default
 * `Email.Actions` and `Email.ReadOnlyNote`); under it, why `Email.Remove` is disabled when it
 * is. A loading placeholder, or the load error with Retry, in its place.
 */
export const EmailValue = parts.Value;
/** The row's buttons (`<span>`), by default `Email.ChangeTrigger` and `Email.Remove`. */
export const EmailActions = parts.Actions;
/** "Add email address" or "Change email address" (`<button>`): opens `Email.ChangeForm`. */
export const EmailChangeTrigger = parts.ChangeTrigger;
/** The change flow (`<form>`): the new address, the code sent to it, saved. Nothing while closed. */
export const EmailChangeForm: (props: EmailChangeFormProps) => JSX.Element | null =
  parts.ChangeForm;
/** Remove (`<button>`) with a confirmation naming the address; disabled for the last sign-in. */
export const EmailRemove = parts.Remove;
/** "Managed by your administrator." (`<span>`) when the `email` field is ReadOnly. */
export const EmailReadOnlyNote = parts.ReadOnlyNote;

/**
 * The email section's parts, to rearrange or replace; `EmailChange` is the usual composition.
 * @example
 * <Email.Root>
 *   <Email.Header />
 *   <Email.Content>
 *     <Email.ChangeForm />
 *     <Email.Value>
 *       <Email.ChangeTrigger />
 *     </Email.Value>
 *   </Email.Content>
 * </Email.Root>
 */
export const Email = {
  Root: EmailRoot,
  Header: EmailHeader,
  Title: EmailTitle,
  Description: EmailDescription,
  Content: EmailContent,
  Value: EmailValue,
  Actions: EmailActions,
  ChangeTrigger: EmailChangeTrigger,
  ChangeForm: EmailChangeForm,
  Remove: EmailRemove,
  ReadOnlyNote: EmailReadOnlyNote,
};
