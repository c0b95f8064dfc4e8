import { useEffect, useId, useMemo, useState } from 'react';
import type { ComponentProps } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { schemaResolver } from '../../lib/schema-resolver.js';
import * as z from 'zod/mini';
import {
  useTenantConfig,
  useChangePassword,
  useSignOutOtherSessions,
  useMyAccount,
} from '@account-center/react';
import { isSilentError } from '../../i18n/create-i18n.js';
import { usePasswordI18n } from '../../i18n/area-i18n.js';
import type { PasswordIssue, Translate } from '../../i18n/types.js';
import { cx } from '../../lib/cx.js';
import { Alert, AlertDescription } from '../../primitives/alert.js';
import { Button } from '../../primitives/button.js';
import {
  Field,
  FieldControl,
  FieldDescription,
  FieldError,
  FieldLabel,
} from '../../primitives/field.js';
import { PasswordInput } from '../../primitives/password-input.js';
import { PasswordChecklist } from './password-checklist.js';

/** What a successful change did, for `onSuccess`. */
export interface PasswordChangeResult {
  /** `true` when the user had no password before. */
  firstPassword: boolean;
  /** Other sessions were signed out (the option was on and every revocation succeeded). */
  signedOutOthers: boolean;
  /** The option was on but at least one other session could not be signed out. */
  signOutFailed: boolean;
}

export interface PasswordChangeFormProps extends Omit<
  ComponentProps<'form'>,
  'onSubmit' | 'children'
> {
  /** Offer "sign out of all other devices" (on by default) when the user can manage sessions. Default `true`. */
  offerSignOutOthers?: boolean;
  /** After the password is saved (and other sessions signed out, if chosen). */
  onSuccess?: (result: PasswordChangeResult) => void;
  /** Shows a Cancel button. */
  onCancel?: () => void;
}

function issuesOf(data: unknown): PasswordIssue[] {
  return Array.isArray(data)
    ? data.filter(
        (entry): entry is PasswordIssue =>
          typeof entry === 'object' &&
          entry !== null &&
          typeof (entry as { code?: unknown }).code === 'string',
      )
    : [];
}

/** The form's values; messages come from the active catalogue, so the schema is built per `t`. */
export interface PasswordChangeValues {
  password: string;
  confirmation: string;
  signOutOthers: boolean;
}

function passwordChangeSchema(t: Translate) {
  return z
    .object({
      // `refine`, not `z.minLength`: see `profileSchema` (no zod length checks in the bundle).
      password: z.string().check(z.refine((value) => value !== '', t('password.empty'))),
      confirmation: z.string(),
      signOutOthers: z.boolean(),
    })
    .check(
      z.refine((values) => values.confirmation === values.password, {
        message: t('password.mismatch'),
        path: ['confirmation'],
      }),
    );
}

/**
 * The set/change password form on its own: new password with the live policy checklist, confirm,
 * the sign-out-others option, and the server's answers in place (policy issues on the checklist,
 * `user.same_password` under the field, anything else in a banner with retry). Step-up runs
 * through the hooks when the user has a password, email or phone; everything typed survives
 * errors and an expired verification.
 */
export function PasswordChangeForm({
  offerSignOutOthers = true,
  onSuccess,
  onCancel,
  className,
  ...props
}: PasswordChangeFormProps) {
  const { t, formatError } = usePasswordI18n();
  const { data: account } = useMyAccount();
  const settings = useTenantConfig();
  const update = useChangePassword();
  const deleteOtherSessions = useSignOutOtherSessions();
  const checklistId = useId();
  const schema = useMemo(() => passwordChangeSchema(t), [t]);
  const form = useForm<PasswordChangeValues>({
    resolver: schemaResolver(schema),
    defaultValues: { password: '', confirmation: '', signOutOthers: true },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });
  const { register, handleSubmit, setError, clearErrors, setFocus, formState, control } = form;
  const { errors, isSubmitting } = formState;
  const password = useWatch({ control, name: 'password' });
  const [rejected, setRejected] = useState<{ password: string; issues: PasswordIssue[] }>();

  useEffect(() => setFocus('password'), [setFocus]);

  const sessionLevel = settings.fields.session.value;
  // Signing out others reads the session list, which needs a verification record: offered only
  // to users who pass step-up for the change itself (§6.4) and may manage sessions.
  const canSignOutOthers =
    offerSignOutOthers &&
    account?.hasSecurityVerificationMethod === true &&
    sessionLevel !== 'Off' &&
    sessionLevel !== 'ReadOnly';
  const policy = settings.passwordPolicy.value;
  const serverIssues = rejected && rejected.password === password ? rejected.issues : undefined;

  const revokeOtherSessions = () =>
    deleteOtherSessions.mutateAsync().then(
      () => ({ signedOutOthers: true, signOutFailed: false }),
      () => ({ signedOutOthers: false, signOutFailed: true }),
    );

  const onSubmit = async (values: PasswordChangeValues) => {
    const firstPassword = account?.hasPassword === false;
    try {
      await update.mutateAsync({ password: values.password });
    } catch (error) {
      if (isSilentError(error)) return;
      const code = (error as { code?: unknown }).code;
      if (code === 'password.rejected' || code === 'user.same_password') {
        if (code === 'password.rejected')
          setRejected({
            password: values.password,
            issues: issuesOf((error as { data?: unknown }).data),
          });
        setError(
          'password',
          { type: 'server', message: formatError(error) },
          { shouldFocus: true },
        );
      } else {
        setError('root.server', { type: 'server', message: formatError(error) });
      }
      return;
    }
    const outcome =
      canSignOutOthers && values.signOutOthers
        ? await revokeOtherSessions()
        : { signedOutOthers: false, signOutFailed: false };
    onSuccess?.({ firstPassword, ...outcome });
  };

  const formError = errors.root?.server?.message;
  const username = account?.username ?? account?.primaryEmail ?? account?.primaryPhone ?? '';
  const passwordField = register('password', {
    // A new password makes the old answer (and its error) stale.
    onChange: () => clearErrors('password'),
  });
  const confirmationField = register('confirmation', {
    onChange: () => clearErrors('confirmation'),
  });

  return (
    <form
      data-slot="password-change-form"
      data-state={isSubmitting ? 'pending' : formError ? 'error' : 'idle'}
      noValidate
      className={cx('ac-password-form', className)}
      onSubmit={(event) => void handleSubmit(onSubmit)(event)}
      {...props}
    >
      {/* For password managers: the account the new password belongs to. */}
      <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
      <Field>
        <FieldLabel>{t('password.new')}</FieldLabel>
        <PasswordInput
          {...passwordField}
          autoComplete="new-password"
          aria-describedby={checklistId}
        />
        <PasswordChecklist
          id={checklistId}
          password={password}
          policy={policy}
          user={account}
          serverIssues={serverIssues}
        />
        <FieldError>{errors.password?.message}</FieldError>
      </Field>
      <Field>
        <FieldLabel>{t('password.confirm')}</FieldLabel>
        <PasswordInput {...confirmationField} autoComplete="new-password" />
        <FieldError>{errors.confirmation?.message}</FieldError>
      </Field>
      {canSignOutOthers && (
        <Field data-slot="password-sign-out-others" className="ac-password-signout">
          <FieldControl>
            <input type="checkbox" {...register('signOutOthers')} />
          </FieldControl>
          <FieldLabel>{t('password.signOutOthers')}</FieldLabel>
          <FieldDescription>{t('password.signOutOthersDescription')}</FieldDescription>
        </Field>
      )}
      {formError && (
        <Alert variant="danger">
          <AlertDescription>
            <p>{formError}</p>
            <p>{t('password.saveFailed')}</p>
          </AlertDescription>
          <Button size="sm" type="submit" pending={isSubmitting}>
            {t('common.retry')}
          </Button>
        </Alert>
      )}
      <div data-slot="password-change-actions" className="ac-card-footer">
        {onCancel && (
          <Button disabled={isSubmitting} onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
        {!formError && (
          <Button type="submit" variant="primary" pending={isSubmitting}>
            {t('common.save')}
          </Button>
        )}
      </div>
    </form>
  );
}
