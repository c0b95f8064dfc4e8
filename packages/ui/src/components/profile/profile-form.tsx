import { useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { FieldPath } from 'react-hook-form';
import { schemaResolver } from '../../lib/schema-resolver.js';
import {
  isQuietError,
  useTenantConfig,
  useFeature,
  useUpdateAccount,
  useUpdateProfile,
  useMyAccount,
} from '@account-center/react';
import type { Feature, FieldLevel } from '@account-center/react';
import type { Account, UpdateAccountInput, UpdateProfileInput } from '@account-center/client';
import { useProfileI18n } from '../../i18n/area-i18n.js';
import type { MessageKey } from '../../i18n/types.js';
import { cx } from '../../lib/cx.js';
import { isProvablyLastIdentifier } from '../../lib/last-identifier.js';
import { LoadFailed } from '../../primitives/load-failed.js';
import { Alert, AlertDescription } from '../../primitives/alert.js';
import { Button } from '../../primitives/button.js';
import { ConfirmDialog } from '../../primitives/confirm-dialog.js';
import {
  Section,
  SectionContent,
  SectionDescription,
  SectionHeader,
  SectionTitle,
} from '../../primitives/card.js';
import { Field, FieldDescription, FieldError, FieldLabel } from '../../primitives/field.js';
import { Input } from '../../primitives/input.js';
import type { InputProps } from '../../primitives/input.js';
import { useAnnounce } from '../../primitives/live-region.js';
import { Skeleton } from '../../primitives/skeleton.js';
import { VerificationDialog } from '../verification/lazy-verification-dialog.js';
import { AvatarField } from './avatar-field.js';
import {
  ADDRESS_PARTS,
  maxLengthOf,
  PROFILE_CLAIMS,
  profileFormValues,
  profileSchema,
  usernameHint,
} from './profile-schema.js';
import type { AddressPart, ProfileClaim, ProfileFormValues } from './profile-schema.js';

const CLAIM_LABELS: Record<ProfileClaim, MessageKey> = {
  givenName: 'profile.givenName',
  middleName: 'profile.middleName',
  familyName: 'profile.familyName',
  nickname: 'profile.nickname',
  preferredUsername: 'profile.preferredUsername',
  profile: 'profile.profileUrl',
  website: 'profile.website',
  gender: 'profile.gender',
  birthdate: 'profile.birthdate',
  zoneinfo: 'profile.zoneinfo',
  locale: 'profile.locale',
};
const CLAIM_INPUTS: Partial<Record<ProfileClaim, InputProps>> = {
  givenName: { autoComplete: 'given-name' },
  middleName: { autoComplete: 'additional-name' },
  familyName: { autoComplete: 'family-name' },
  nickname: { autoComplete: 'nickname' },
  preferredUsername: { autoComplete: 'off' },
  profile: { type: 'url', inputMode: 'url' },
  website: { type: 'url', inputMode: 'url', autoComplete: 'url' },
  gender: { autoComplete: 'sex' },
  birthdate: { type: 'date', autoComplete: 'bday' },
  locale: { autoComplete: 'language', placeholder: 'en-US' },
  zoneinfo: { placeholder: 'Europe/London' },
};
const ADDRESS_LABELS: Record<AddressPart, MessageKey> = {
  streetAddress: 'profile.streetAddress',
  locality: 'profile.locality',
  region: 'profile.region',
  postalCode: 'profile.postalCode',
  country: 'profile.country',
  formatted: 'profile.formattedAddress',
};
const ADDRESS_AUTOCOMPLETE: Record<AddressPart, string> = {
  streetAddress: 'street-address',
  locality: 'address-level2',
  region: 'address-level1',
  postalCode: 'postal-code',
  country: 'country-name',
  formatted: 'off',
};

/** Server codes that belong under the username field (§6.2, §7). */
const USERNAME_ERRORS =
  /^(user\.username_|user\.last_sign_in_method_required$|guard\.invalid_input$)/;

export interface ProfileFormProps {
  className?: string;
  /** Only the username row: the tenant's custom profile fields show the rest (`ProfileFormSwitch`). */
  usernameOnly?: boolean;
}

/**
 * The profile: photo, name, username (needs an identity check; the dialog opens by itself) and
 * the OIDC claims including the address, each following its field level (Off hidden, ReadOnly
 * shown with a hint, Edit editable). Save is enabled once something changed; server errors land
 * under their field, and what was typed stays.
 * @example <ProfileForm />
 */
export function ProfileForm({ className, usernameOnly = false }: ProfileFormProps) {
  const { t } = useProfileI18n();
  const account = useMyAccount();
  const name = levelOf(useFeature('name'));
  const username = levelOf(useFeature('username'));
  const avatar = levelOf(useFeature('avatar'));
  const profile = levelOf(useFeature('profile'));
  const levels = {
    name: usernameOnly ? undefined : name,
    username,
    avatar: usernameOnly ? undefined : avatar,
    profile: usernameOnly ? undefined : profile,
  };
  const visible = Object.values(levels).some((level) => level === 'Edit' || level === 'ReadOnly');
  if (!account.isPending && !account.isError && !visible) return null;

  return (
    <Section
      data-slot="profile-form"
      data-state={account.isPending ? 'loading' : account.isError ? 'error' : 'ready'}
      aria-busy={account.isPending || undefined}
      className={cx('ac-profile', className)}
    >
      <SectionHeader>
        <SectionTitle>{t(usernameOnly ? 'profile.username' : 'profile.title')}</SectionTitle>
        {!usernameOnly && <SectionDescription>{t('profile.description')}</SectionDescription>}
      </SectionHeader>
      <SectionContent className="ac-stack">
        {account.isPending ? (
          <div className="ac-stack" data-slot="profile-loading">
            <span className="ac-sr-only">{t('common.loading')}</span>
            <Skeleton className="ac-avatar" />
            <Skeleton className="ac-entry-skeleton" />
            <Skeleton className="ac-entry-skeleton" />
          </div>
        ) : account.isError ? (
          <LoadFailed onRetry={() => void account.refetch()} />
        ) : (
          <ProfileFields account={account.data} levels={levels} />
        )}
      </SectionContent>
      <VerificationDialog />
    </Section>
  );
}

/** A field's level as the form reads it (`undefined` while not known). */
function levelOf({ status }: Feature): FieldLevel | undefined {
  return status === 'loading'
    ? undefined
    : ({ hidden: 'Off', readonly: 'ReadOnly', editable: 'Edit' } as const)[status];
}

type Levels = Record<'name' | 'username' | 'avatar' | 'profile', FieldLevel | undefined>;

function ProfileFields({ account, levels }: { account: Account; levels: Levels }) {
  const { t, formatError, locale } = useProfileI18n();
  const announce = useAnnounce();
  const updateAccount = useUpdateAccount();
  const updateProfile = useUpdateProfile();
  const usernamePolicy = useTenantConfig().usernamePolicy.value;
  const schema = useMemo(() => profileSchema(t, usernamePolicy), [t, usernamePolicy]);
  const form = useForm<ProfileFormValues>({
    resolver: schemaResolver(schema),
    defaultValues: profileFormValues(account),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { register, formState, handleSubmit, setError, resetField, getValues } = form;
  const { errors, dirtyFields, isDirty, isSubmitting } = formState;
  const hasAddress = !!account.profile && 'address' in account.profile;

  const settle = (names: Array<FieldPath<ProfileFormValues>>) => {
    const values = getValues();
    for (const name of names) {
      const value = name.startsWith('address.')
        ? values.address[name.slice(8) as AddressPart]
        : values[name as keyof Omit<ProfileFormValues, 'address'>];
      resetField(name, { defaultValue: value as never });
    }
  };

  // Clearing the username removes a sign-in identifier: confirm first (bar 15), and refuse up
  // front when the visible data proves it is the last one (email, phone, identities all empty).
  const [removal, setRemoval] = useState<((confirmed: boolean) => void) | null>(null);
  const confirmRemoval = () =>
    new Promise<boolean>((resolve) =>
      setRemoval(() => (confirmed: boolean) => {
        setRemoval(null);
        resolve(confirmed);
      }),
    );
  const lastIdentifier = isProvablyLastIdentifier(account, 'username');

  const onSubmit = async (values: ProfileFormValues) => {
    if (dirtyFields.username && !values.username.trim() && account.username) {
      if (lastIdentifier) {
        setError('username', {
          type: 'last-identifier',
          message: t('errors.user.last_sign_in_method_required'),
        });
        return;
      }
      if (!(await confirmRemoval())) return;
    }
    let failed = false;
    const fail = (error: unknown, field?: FieldPath<ProfileFormValues>) => {
      failed = true;
      if (isQuietError(error)) return;
      setError(field ?? 'root.server', { type: 'server', message: formatError(error) });
    };

    // 1. Name and photo (no identity check).
    const basics: UpdateAccountInput = {};
    if (dirtyFields.name) basics.name = values.name.trim() || null;
    if (dirtyFields.avatar) basics.avatar = values.avatar.trim() || null;
    if (Object.keys(basics).length > 0) {
      try {
        await updateAccount.mutateAsync(basics);
        settle(Object.keys(basics) as Array<keyof UpdateAccountInput & keyof ProfileFormValues>);
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        fail(error, code === 'guard.invalid_input' && 'avatar' in basics ? 'avatar' : undefined);
      }
    }

    // 2. Username, on its own: it needs step-up (the dialog opens by itself) and its errors are its own.
    if (dirtyFields.username) {
      try {
        await updateAccount.mutateAsync({ username: values.username.trim() || null });
        settle(['username']);
      } catch (error) {
        const code = String((error as { code?: unknown }).code);
        fail(error, USERNAME_ERRORS.test(code) ? 'username' : undefined);
      }
    }

    // 3. OIDC claims (shallow merge; the address is replaced whole, §6.3).
    const profile: UpdateProfileInput = {};
    const changedClaims = PROFILE_CLAIMS.filter((claim) => dirtyFields[claim]);
    for (const claim of changedClaims) profile[claim] = values[claim].trim();
    const addressChanged = ADDRESS_PARTS.some((part) => dirtyFields.address?.[part]);
    if (addressChanged) {
      profile.address = Object.fromEntries(
        ADDRESS_PARTS.filter((part) => values.address[part].trim()).map((part) => [
          part,
          values.address[part].trim(),
        ]),
      );
    }
    if (Object.keys(profile).length > 0) {
      try {
        await updateProfile.mutateAsync(profile);
        settle([
          ...changedClaims,
          ...(addressChanged ? ADDRESS_PARTS.map((part) => `address.${part}` as const) : []),
        ]);
      } catch (error) {
        fail(error);
      }
    }

    if (!failed) announce(t('profile.saved'));
  };

  const text = (
    name: 'name' | ProfileClaim,
    label: string,
    level: FieldLevel | undefined,
    extra?: InputProps,
    description?: ReactNode,
  ) =>
    level === 'Edit' ? (
      <Field key={name} data-slot={`profile-${name}`}>
        <FieldLabel>{label}</FieldLabel>
        <Input maxLength={maxLengthOf(name)} {...extra} {...register(name)} />
        {description && <FieldDescription>{description}</FieldDescription>}
        <FieldError>{errors[name]?.message}</FieldError>
      </Field>
    ) : level === 'ReadOnly' ? (
      <ReadOnlyValue key={name} name={name} label={label} value={getValues(name)} />
    ) : null;

  const profileLevel = levels.profile;
  const addressValues = ADDRESS_PARTS.map((part) => account.profile?.address?.[part]).filter(
    Boolean,
  );

  return (
    <FormProvider {...form}>
      <form
        data-slot="profile-fields"
        className="ac-stack"
        noValidate
        onSubmit={(event) => void handleSubmit(onSubmit)(event)}
      >
        {errors.root?.server?.message && (
          <Alert variant="danger" data-slot="profile-error">
            <AlertDescription>{errors.root.server.message}</AlertDescription>
          </Alert>
        )}
        {levels.avatar === 'Edit' || levels.avatar === 'ReadOnly' ? (
          <AvatarField readOnly={levels.avatar === 'ReadOnly'} />
        ) : null}
        {text('name', t('profile.name'), levels.name, { autoComplete: 'name' })}
        {levels.username === 'Edit' ? (
          <Field data-slot="profile-username">
            <FieldLabel>{t('profile.username')}</FieldLabel>
            <Input
              autoComplete="username"
              maxLength={maxLengthOf('username')}
              autoCapitalize="off"
              spellCheck={false}
              {...register('username')}
            />
            <FieldDescription>{usernameHint(t, locale, usernamePolicy)}</FieldDescription>
            <FieldError>{errors.username?.message}</FieldError>
          </Field>
        ) : levels.username === 'ReadOnly' ? (
          <ReadOnlyValue
            name="username"
            label={t('profile.username')}
            value={account.username ?? ''}
          />
        ) : null}

        {(profileLevel === 'Edit' || profileLevel === 'ReadOnly') && (
          <fieldset className="ac-fieldset" data-slot="profile-details">
            <legend className="ac-legend">{t('profile.details')}</legend>
            {PROFILE_CLAIMS.map((claim) =>
              text(claim, t(CLAIM_LABELS[claim]), profileLevel, CLAIM_INPUTS[claim]),
            )}
          </fieldset>
        )}
        {profileLevel === 'Edit' && (
          <fieldset className="ac-fieldset" data-slot="profile-address">
            <legend className="ac-legend">{t('profile.address')}</legend>
            {ADDRESS_PARTS.map((part) => (
              <Field key={part}>
                <FieldLabel>{t(ADDRESS_LABELS[part])}</FieldLabel>
                <Input
                  autoComplete={ADDRESS_AUTOCOMPLETE[part]}
                  maxLength={maxLengthOf(part)}
                  {...register(`address.${part}`)}
                />
                <FieldError>{errors.address?.[part]?.message}</FieldError>
              </Field>
            ))}
          </fieldset>
        )}
        {profileLevel === 'ReadOnly' && hasAddress && (
          <ReadOnlyValue
            name="address"
            label={t('profile.address')}
            value={addressValues.join(', ')}
          />
        )}

        {Object.values(levels).includes('Edit') && (
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
      <ConfirmDialog
        open={!!removal}
        onOpenChange={(open) => !open && removal?.(false)}
        title={t('profile.removeUsername')}
        description={t('profile.removeUsernameDescription', { username: account.username ?? '' })}
        confirmLabel={t('common.remove')}
        onConfirm={() => removal?.(true)}
      />
    </FormProvider>
  );
}

/** A ReadOnly field: the value (or "Not set"), no control, and why. */
function ReadOnlyValue({ name, label, value }: { name: string; label: string; value: string }) {
  const { t } = useProfileI18n();
  return (
    <div className="ac-field ac-readonly" data-slot={`profile-${name}`} data-state="readonly">
      <span className="ac-label">{label}</span>
      <span className="ac-value" data-empty={value ? undefined : ''}>
        {/* The user's own text: direction-isolated so U+202E cannot reorder the row. */}
        {value ? <bdi>{value}</bdi> : t('common.notSet')}
      </span>
      <span className="ac-field-description">{t('common.managedByAdmin')}</span>
    </div>
  );
}
