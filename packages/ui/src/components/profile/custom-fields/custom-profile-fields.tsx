'use client';
import { useEffect, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import type { FieldErrors, FieldValues, Resolver, UseFormRegister } from 'react-hook-form';
import { set } from 'react-hook-form';
import { enabledParts, profileFieldDatePattern } from '@account-center/client/profile-fields';
import type {
  ProfileFieldDefinition,
  ProfileFieldIssue,
  ProfileFieldRule,
  ProfileFieldValue,
} from '@account-center/client/profile-fields';
import { isQuietError, useMyAccount, useProfileFields } from '@account-center/react';
import type { ProfileField, UseProfileFieldsResult } from '@account-center/react';
import type { Account } from '@account-center/client';
import { useAreaI18n } from '../../../i18n/area-i18n.js';
import type { I18n } from '../../../i18n/create-i18n.js';
import { enProfileFields } from '../../../i18n/locales/en.profile-fields.js';
import { enProfile } from '../../../i18n/locales/en.js';
import { cx } from '../../../lib/cx.js';
import { Alert, AlertDescription } from '../../../primitives/alert.js';
import { Button } from '../../../primitives/button.js';
import {
  Section,
  SectionContent,
  SectionDescription,
  SectionHeader,
  SectionTitle,
} from '../../../primitives/card.js';
import {
  Field,
  FieldControl,
  FieldDescription,
  FieldError,
  FieldLabel,
} from '../../../primitives/field.js';
import { Input } from '../../../primitives/input.js';
import { useAnnounce } from '../../../primitives/live-region.js';
import { fieldText, optionLabel } from './labels.js';

/** `useI18n` with the profile's and this component's English messages (they ship with it). */
function useFieldsI18n(): I18n {
  return useAreaI18n(enProfile, enProfileFields);
}

/** One typed issue of `validateProfileField`, in the user's language. */
export function issueMessage(i18n: I18n, issue: ProfileFieldIssue): string {
  const { t } = i18n;
  switch (issue.code) {
    case 'required':
      return t('profileFields.required');
    case 'too_short':
      return t('profileFields.tooShort', { min: issue.min });
    case 'too_long':
      return t('profileFields.tooLong', { max: issue.max });
    case 'not_a_number':
      return t('profileFields.notANumber');
    case 'too_small':
      return t('profileFields.tooSmall', { min: issue.min });
    case 'too_large':
      return t('profileFields.tooLarge', { max: issue.max });
    case 'pattern_mismatch':
      return t('profileFields.patternMismatch');
    case 'invalid_url':
      return t('profileFields.invalidUrl');
    case 'not_an_option':
      return t('profileFields.notAnOption');
    case 'invalid_date':
      return t('profileFields.invalidDate', { format: issue.format });
    case 'invalid_type':
      return t('profileFields.invalidType');
  }
}

/** A value as the form's inputs hold it: numbers as typed text, parts as nested strings. */
function formValue(field: ProfileField): unknown {
  const { value } = field;
  if (field.definition.type === 'Checkbox') return value === true;
  if (value && typeof value === 'object') return { ...value };
  if (field.definition.type === 'Fullname' || field.definition.type === 'Address') return {};
  return value === null || value === undefined ? '' : String(value);
}

/** Which access-token scope a field's write needs beyond `profile` (facts §4), if any. */
function scopeOf(field: ProfileField): 'custom_data' | 'address' | undefined {
  return field.storage.at === 'customData'
    ? 'custom_data'
    : field.storage.at === 'address'
      ? 'address'
      : undefined;
}

/**
 * Without the `custom_data` scope `GET /api/my-account` has no `customData` (facts §4), so that
 * one shows before any save. A missing `address` scope looks like an account without an address
 * (the key is left out either way): it is only known from the save's `auth.unauthorized`.
 */
function lacksCustomData(fields: readonly ProfileField[], account: Account | undefined) {
  return (
    !!account &&
    account.customData === undefined &&
    fields.some((field) => scopeOf(field) === 'custom_data')
  );
}

function warnMissingScope(scope: string, names: readonly string[]) {
  console.warn(
    `[account-center] The access token lacks the "${scope}" scope, so the profile field(s) ${names.join(', ')} cannot be saved (the Account API answers 400 auth.unauthorized). Request "${scope}" in your Logto sign-in config (see docs/real-tenant.md, "Custom profile fields").`,
  );
}

export interface CustomProfileFieldsProps {
  className?: string;
}

/**
 * The tenant's custom profile fields (issue 13 §1): exactly the fields the account center
 * selected, in its order, each with the control its type calls for, checked in the browser as
 * the definitions say (the server checks nothing) and saved where Logto stores it. Renders
 * nothing when no selected field is visible. `ProfileFormSwitch` shows it in place of
 * `ProfileForm` when the tenant selected fields.
 * @example <CustomProfileFields />
 */
export function CustomProfileFields({ className }: CustomProfileFieldsProps) {
  const i18n = useFieldsI18n();
  const { fields, validate, save } = useProfileFields();
  if (!fields || fields.length === 0) return null;
  return (
    <Section data-slot="custom-profile-fields" className={cx('ac-profile', className)}>
      <SectionHeader>
        <SectionTitle>{i18n.t('profile.title')}</SectionTitle>
        <SectionDescription>{i18n.t('profile.description')}</SectionDescription>
      </SectionHeader>
      <SectionContent className="ac-stack">
        <FieldsForm i18n={i18n} fields={fields} validate={validate} save={save} />
      </SectionContent>
    </Section>
  );
}

interface FieldsFormProps extends Pick<UseProfileFieldsResult, 'validate' | 'save'> {
  i18n: I18n;
  fields: ProfileField[];
}

function FieldsForm({ i18n, fields, validate, save }: FieldsFormProps) {
  const { t, formatError } = i18n;
  const announce = useAnnounce();
  const account = useMyAccount();
  const editable = fields.filter((field) => field.status === 'editable');

  const resolver = useMemo<Resolver<FieldValues>>(
    () => (values) => {
      const found = validate(values as Record<string, ProfileFieldValue>);
      const errors: FieldErrors = {};
      for (const [name, issues] of Object.entries(found)) {
        const seen = new Set<string>();
        for (const issue of issues) {
          const path = issue.part ? `${name}.${issue.part}` : name;
          if (seen.has(path)) continue;
          seen.add(path);
          set(errors, path, { type: issue.code, message: issueMessage(i18n, issue) });
        }
      }
      return Object.keys(found).length > 0 ? { values: {}, errors } : { values, errors: {} };
    },
    [validate, i18n],
  );
  const form = useForm<FieldValues>({
    resolver,
    defaultValues: Object.fromEntries(editable.map((field) => [field.name, formValue(field)])),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { register, handleSubmit, formState, setError, reset, getValues } = form;
  const { errors, dirtyFields, isDirty, isSubmitting } = formState;

  const noCustomData = lacksCustomData(editable, account.data);
  useEffect(() => {
    try {
      if (process.env.NODE_ENV !== 'production' && noCustomData)
        warnMissingScope(
          'custom_data',
          editable.filter((field) => scopeOf(field) === 'custom_data').map((field) => field.name),
        );
    } catch {
      // No bundler replaced `process.env.NODE_ENV`: stay quiet (see dev-warnings.ts).
    }
    // Once per missing scope, not on every edit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [noCustomData]);

  const onSubmit = async (values: FieldValues) => {
    const changed = editable.filter((field) => dirtyFields[field.name]);
    const edited = Object.fromEntries(
      changed.map((field) => [field.name, values[field.name] as ProfileFieldValue]),
    );
    try {
      const result = await save(edited);
      if (result.status === 'invalid') return;
      reset(getValues());
      announce(t('profile.saved'));
    } catch (error) {
      if (isQuietError(error)) return;
      const { code, status } = error as { code?: unknown; status?: unknown };
      // 400 `auth.unauthorized` on a write that needs a scope the token lacks (facts §4).
      const blocked = changed.filter(
        (field) =>
          scopeOf(field) === 'address' || (scopeOf(field) === 'custom_data' && noCustomData),
      );
      if (status === 400 && code === 'auth.unauthorized' && blocked.length > 0) {
        try {
          if (process.env.NODE_ENV !== 'production')
            for (const scope of new Set(blocked.map(scopeOf)))
              warnMissingScope(
                scope!,
                blocked.filter((field) => scopeOf(field) === scope).map((field) => field.name),
              );
        } catch {
          // See above.
        }
        setError('root.server', {
          type: 'scope',
          message: t('profileFields.scopeMissing', {
            fields: blocked.map((field) => fieldText(i18n, field.definition).label),
          }),
        });
        return;
      }
      setError('root.server', { type: 'server', message: formatError(error) });
    }
  };

  return (
    <form
      data-slot="custom-profile-fields-form"
      className="ac-stack"
      noValidate
      onSubmit={(event) => void handleSubmit(onSubmit)(event)}
    >
      {errors.root?.server?.message && (
        <Alert variant="danger" data-slot="profile-error">
          <AlertDescription>{errors.root.server.message}</AlertDescription>
        </Alert>
      )}
      {fields.map((field) =>
        field.status === 'readOnly' ? (
          <ReadOnlyField key={field.name} i18n={i18n} field={field} />
        ) : (
          <EditableField
            key={field.name}
            i18n={i18n}
            field={field}
            register={register}
            errors={errors}
          />
        ),
      )}
      {editable.length > 0 && (
        <div className="ac-form-actions">
          <Button
            type="submit"
            variant="primary"
            disabled={!isDirty && !isSubmitting}
            pending={isSubmitting}
          >
            {t('common.saveChanges')}
          </Button>
        </div>
      )}
    </form>
  );
}

function errorAt(errors: FieldErrors, path: string): string | undefined {
  const [name, part] = path.split('.');
  const node = errors[name!] as Record<string, { message?: unknown } | undefined> | undefined;
  const entry = (part ? node?.[part] : node) as { message?: unknown } | undefined;
  return typeof entry?.message === 'string' ? entry.message : undefined;
}

interface ControlProps {
  i18n: I18n;
  field: ProfileField;
  register: UseFormRegister<FieldValues>;
  errors: FieldErrors;
}

function EditableField({ i18n, field, register, errors }: ControlProps) {
  const { definition } = field;
  if (definition.type !== 'Fullname' && definition.type !== 'Address')
    return (
      <PrimitiveField
        i18n={i18n}
        definition={definition}
        rule={definition}
        path={field.name}
        register={register}
        error={errorAt(errors, field.name)}
      />
    );
  const text = fieldText(i18n, definition);
  return (
    <fieldset className="ac-fieldset" data-slot={`profile-field-${field.name}`}>
      <legend className="ac-legend">{text.label}</legend>
      {text.description && <p className="ac-field-description">{text.description}</p>}
      {enabledParts(definition).map((part) => (
        <PrimitiveField
          key={part.name}
          i18n={i18n}
          definition={definition}
          rule={part}
          part={part.name}
          path={`${field.name}.${part.name}`}
          register={register}
          error={errorAt(errors, `${field.name}.${part.name}`)}
        />
      ))}
    </fieldset>
  );
}

const AUTOCOMPLETE: Record<string, string> = {
  name: 'name',
  givenName: 'given-name',
  middleName: 'additional-name',
  familyName: 'family-name',
  nickname: 'nickname',
  website: 'url',
  birthdate: 'bday',
  gender: 'sex',
  streetAddress: 'street-address',
  locality: 'address-level2',
  region: 'address-level1',
  postalCode: 'postal-code',
  country: 'country-name',
};

interface PrimitiveFieldProps {
  i18n: I18n;
  definition: ProfileFieldDefinition;
  rule: ProfileFieldRule & { name?: string };
  part?: string;
  path: string;
  register: UseFormRegister<FieldValues>;
  error: string | undefined;
}

/** One control: a catalogue row of a primitive type, or one part of a Fullname / Address. */
function PrimitiveField({
  i18n,
  definition,
  rule,
  part,
  path,
  register,
  error,
}: PrimitiveFieldProps) {
  const { t } = i18n;
  const text = fieldText(i18n, definition, part);
  const required = rule.required || undefined;
  const slot = `profile-field-${path.replace('.', '-')}`;
  const autoComplete = AUTOCOMPLETE[part ?? definition.name];

  if (rule.type === 'Checkbox')
    return (
      <Field data-slot={slot} className="ac-checkbox">
        <FieldControl>
          <input type="checkbox" {...register(path)} />
        </FieldControl>
        <FieldLabel>{text.label}</FieldLabel>
        {text.description && <FieldDescription>{text.description}</FieldDescription>}
        <FieldError>{error}</FieldError>
      </Field>
    );

  const pattern = rule.type === 'Date' ? profileFieldDatePattern(rule) : undefined;
  const description = [
    text.description,
    pattern ? t('profileFields.dateHint', { format: pattern }) : undefined,
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <Field data-slot={slot}>
      <FieldLabel>{text.label}</FieldLabel>
      {rule.type === 'Select' ? (
        <FieldControl>
          <select
            className="ac-input"
            aria-required={required}
            autoComplete={autoComplete}
            {...register(path)}
          >
            <option value="">{text.placeholder ?? t('profileFields.choose')}</option>
            {(rule.config?.options ?? []).map((option) => (
              <option key={option.value} value={option.value}>
                {optionLabel(i18n, definition, option, part)}
              </option>
            ))}
          </select>
        </FieldControl>
      ) : (
        <Input
          type={rule.type === 'Url' ? 'url' : 'text'}
          inputMode={rule.type === 'Number' ? 'decimal' : rule.type === 'Url' ? 'url' : undefined}
          autoComplete={autoComplete ?? 'off'}
          placeholder={text.placeholder ?? pattern}
          aria-required={required}
          {...register(path)}
        />
      )}
      {description && <FieldDescription>{description}</FieldDescription>}
      <FieldError>{error}</FieldError>
    </Field>
  );
}

/** A ReadOnly field: its value in words (or "Not set"), no control, and why. */
function ReadOnlyField({ i18n, field }: { i18n: I18n; field: ProfileField }) {
  const { t } = i18n;
  const { definition, value } = field;
  const text = fieldText(i18n, definition);
  const shown = (rule: ProfileFieldRule, raw: unknown, part?: string): string => {
    if (rule.type === 'Checkbox') return raw === true ? t('common.on') : t('common.off');
    if (raw === undefined || raw === null || raw === '') return '';
    const option = rule.config?.options?.find((candidate) => candidate.value === raw);
    return option ? optionLabel(i18n, definition, option, part) : String(raw as string);
  };
  const words =
    value && typeof value === 'object'
      ? enabledParts(definition)
          .map((part) => shown(part, (value as Record<string, unknown>)[part.name], part.name))
          .filter(Boolean)
          .join(', ')
      : shown(definition, value);
  return (
    <div
      className="ac-field ac-readonly"
      data-slot={`profile-field-${field.name}`}
      data-state="readonly"
    >
      <span className="ac-label">{text.label}</span>
      <span className="ac-value" data-empty={words ? undefined : ''}>
        {words ? <bdi>{words}</bdi> : t('common.notSet')}
      </span>
      <span className="ac-field-description">{t('common.managedByAdmin')}</span>
    </div>
  );
}
