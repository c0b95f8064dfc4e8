import { createContext, useContext, useMemo, useState } from 'react';
import type { ComponentProps } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { FieldPath, UseFormReturn } from 'react-hook-form';
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
import { featureSectionParts } from '../../lib/feature-section-parts.js';
import { Section } from '../../primitives/card.js';
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
const NAME_INPUT: InputProps = { autoComplete: 'name' };
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

type Levels = Record<'name' | 'username' | 'avatar' | 'profile', FieldLevel | undefined>;

interface ProfileContextValue {
  account: ReturnType<typeof useMyAccount<Account>>;
  levels: Levels;
  usernameOnly: boolean;
}

const ProfileContext = createContext<ProfileContextValue | null>(null);

function useProfileContext(part: string): ProfileContextValue {
  const context = useContext(ProfileContext);
  if (!context) throw new Error(`<Profile.${part}> must be used inside <Profile.Root>.`);
  return context;
}

/** `Profile.Root`'s props. */
export interface ProfileRootProps extends ComponentProps<'section'> {
  /** Only the username row: the tenant's custom profile fields show the rest (`ProfileFormSwitch`). */
  usernameOnly?: boolean;
}

/**
 * The profile's `<section>` (`data-slot="profile-form"`, `data-state` `loading` | `error` |
 * `ready`) and what its parts share: the account and each field's level (Off hidden, ReadOnly
 * shown with a hint, Edit editable). Renders nothing once every field is Off. Holds the identity
 * check the username needs (the dialog opens by itself).
 */
export function ProfileRoot({
  usernameOnly = false,
  className,
  children,
  ...props
}: ProfileRootProps) {
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
    <ProfileContext value={{ account, levels, usernameOnly }}>
      <Section
        data-slot="profile-form"
        data-state={account.isPending ? 'loading' : account.isError ? 'error' : 'ready'}
        aria-busy={account.isPending || undefined}
        className={cx('ac-profile', className)}
        {...props}
      >
        {children}
        <VerificationDialog />
      </Section>
    </ProfileContext>
  );
}

const headerParts = featureSectionParts({
  usePart: useProfileContext,
  title: ({ usernameOnly }) => (usernameOnly ? 'profile.username' : 'profile.title'),
  description: ({ usernameOnly }) => (usernameOnly ? undefined : 'profile.description'),
  contentClassName: 'ac-stack',
  useI18n: useProfileI18n,
});
/** The section's header; by default its title and description. */
export const ProfileHeader = headerParts.Header;
/** The heading that names the section's region (`h2` unless `asChild`). */
export const ProfileTitle = headerParts.Title;
/** Describes the section's region; by default the kit's sentence. */
export const ProfileDescription = headerParts.Description;
/** The section's body. */
export const ProfileContent = headerParts.Content;

/** A field's level as the form reads it (`undefined` while not known). */
function levelOf({ status }: Feature): FieldLevel | undefined {
  return status === 'loading'
    ? undefined
    : ({ hidden: 'Off', readonly: 'ReadOnly', editable: 'Edit' } as const)[status];
}

interface ProfileFormContextValue {
  account: Account;
  levels: Levels;
  form: UseFormReturn<ProfileFormValues>;
  usernamePolicy: ReturnType<typeof useTenantConfig>['usernamePolicy']['value'];
}

const ProfileFormContext = createContext<ProfileFormContextValue | null>(null);

function useProfileFormContext(part: string): ProfileFormContextValue {
  useProfileContext(part);
  const context = useContext(ProfileFormContext);
  if (!context) throw new Error(`<Profile.${part}> must be used inside <Profile.Form>.`);
  return context;
}

/** `Profile.Form`'s props: a form's; children replace the usual fields. */
export type ProfileFormPartProps = Omit<ComponentProps<'form'>, 'onSubmit' | 'noValidate'>;

/**
 * The `<form>` and its state: the fields' values, Save (name and photo first, then the username
 * with its identity check, then the claims), server errors under their field, what was typed
 * kept. While the account loads: a placeholder; when it failed: the error with Retry. Children
 * (the field parts, in any order, among your own elements) replace the usual ones: `Error`,
 * `Avatar`, `Name`, `Username`, `Details`, `Address`, `Save`.
 */
export function ProfileFormPart({ className, children, ...props }: ProfileFormPartProps) {
  const { account } = useProfileContext('Form');
  const { t } = useProfileI18n();
  if (account.isPending) {
    return (
      <div className="ac-stack" data-slot="profile-loading">
        <span className="ac-sr-only">{t('common.loading')}</span>
        <Skeleton className="ac-avatar" />
        <Skeleton className="ac-entry-skeleton" />
        <Skeleton className="ac-entry-skeleton" />
      </div>
    );
  }
  if (account.isError) return <LoadFailed onRetry={() => void account.refetch()} />;
  return (
    <ProfileFields account={account.data} className={className} {...props}>
      {children ?? (
        <>
          <ProfileError />
          <ProfileAvatar />
          <ProfileName />
          <ProfileUsername />
          <ProfileDetails />
          <ProfileAddress />
          <ProfileSave />
        </>
      )}
    </ProfileFields>
  );
}

function ProfileFields({
  account,
  className,
  children,
  ...props
}: ProfileFormPartProps & { account: Account }) {
  const { levels } = useProfileContext('Form');
  const { t, formatError } = useProfileI18n();
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
  const { formState, handleSubmit, setError, resetField, getValues } = form;
  const { dirtyFields } = formState;

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

  return (
    <ProfileFormContext value={{ account, levels, form, usernamePolicy }}>
      <FormProvider {...form}>
        <form
          data-slot="profile-fields"
          className={cx('ac-stack', className)}
          noValidate
          onSubmit={(event) => void handleSubmit(onSubmit)(event)}
          {...props}
        >
          {children}
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
    </ProfileFormContext>
  );
}

/** A text field following its level: an input (Edit), the value with why (ReadOnly), or nothing. */
function TextField({
  name,
  label,
  level,
  extra,
}: {
  name: 'name' | ProfileClaim;
  label: string;
  level: FieldLevel | undefined;
  extra?: InputProps | undefined;
}) {
  const { form } = useProfileFormContext('Name');
  if (level === 'Edit') {
    return (
      <Field data-slot={`profile-${name}`}>
        <FieldLabel>{label}</FieldLabel>
        <Input maxLength={maxLengthOf(name)} {...extra} {...form.register(name)} />
        <FieldError>{form.formState.errors[name]?.message}</FieldError>
      </Field>
    );
  }
  return level === 'ReadOnly' ? (
    <ReadOnlyValue name={name} label={label} value={form.getValues(name)} />
  ) : null;
}

/** The server's error that belongs to no field (an alert); nothing otherwise. */
export function ProfileError({ className, ...props }: ComponentProps<'div'>) {
  const { form } = useProfileFormContext('Error');
  const message = form.formState.errors.root?.server?.message;
  if (!message) return null;
  return (
    <Alert variant="danger" data-slot="profile-error" className={className} {...props}>
      <AlertDescription>{message}</AlertDescription>
    </Alert>
  );
}

/** The photo: preview, upload, remove (Edit), or the photo alone (ReadOnly). */
export function ProfileAvatar() {
  const { levels } = useProfileFormContext('Avatar');
  return levels.avatar === 'Edit' || levels.avatar === 'ReadOnly' ? (
    <AvatarField readOnly={levels.avatar === 'ReadOnly'} />
  ) : null;
}

/** The name, following its level. */
export function ProfileName() {
  const { levels } = useProfileFormContext('Name');
  const { t } = useProfileI18n();
  return <TextField name="name" label={t('profile.name')} level={levels.name} extra={NAME_INPUT} />;
}

/** The username with the tenant's policy as its hint; saving it asks for the identity check. */
export function ProfileUsername() {
  const { levels, account, form, usernamePolicy } = useProfileFormContext('Username');
  const { t, locale } = useProfileI18n();
  if (levels.username === 'Edit') {
    return (
      <Field data-slot="profile-username">
        <FieldLabel>{t('profile.username')}</FieldLabel>
        <Input
          autoComplete="username"
          maxLength={maxLengthOf('username')}
          autoCapitalize="off"
          spellCheck={false}
          {...form.register('username')}
        />
        <FieldDescription>{usernameHint(t, locale, usernamePolicy)}</FieldDescription>
        <FieldError>{form.formState.errors.username?.message}</FieldError>
      </Field>
    );
  }
  return levels.username === 'ReadOnly' ? (
    <ReadOnlyValue name="username" label={t('profile.username')} value={account.username ?? ''} />
  ) : null;
}

/** The OIDC claims (given and family name, nickname, website, birthdate…) in a fieldset. */
export function ProfileDetails({ className, ...props }: ComponentProps<'fieldset'>) {
  const { levels } = useProfileFormContext('Details');
  const { t } = useProfileI18n();
  if (levels.profile !== 'Edit' && levels.profile !== 'ReadOnly') return null;
  return (
    <fieldset className={cx('ac-fieldset', className)} data-slot="profile-details" {...props}>
      <legend className="ac-legend">{t('profile.details')}</legend>
      {PROFILE_CLAIMS.map((claim) => (
        <TextField
          key={claim}
          name={claim}
          label={t(CLAIM_LABELS[claim])}
          level={levels.profile}
          extra={CLAIM_INPUTS[claim]}
        />
      ))}
    </fieldset>
  );
}

/** The postal address: its parts in a fieldset (Edit), or one line (ReadOnly, when set). */
export function ProfileAddress({ className, ...props }: ComponentProps<'fieldset'>) {
  const { levels, account, form } = useProfileFormContext('Address');
  const { t } = useProfileI18n();
  const errors = form.formState.errors;
  if (levels.profile === 'Edit') {
    return (
      <fieldset className={cx('ac-fieldset', className)} data-slot="profile-address" {...props}>
        <legend className="ac-legend">{t('profile.address')}</legend>
        {ADDRESS_PARTS.map((part) => (
          <Field key={part}>
            <FieldLabel>{t(ADDRESS_LABELS[part])}</FieldLabel>
            <Input
              autoComplete={ADDRESS_AUTOCOMPLETE[part]}
              maxLength={maxLengthOf(part)}
              {...form.register(`address.${part}`)}
            />
            <FieldError>{errors.address?.[part]?.message}</FieldError>
          </Field>
        ))}
      </fieldset>
    );
  }
  const hasAddress = !!account.profile && 'address' in account.profile;
  if (levels.profile !== 'ReadOnly' || !hasAddress) return null;
  const values = ADDRESS_PARTS.map((part) => account.profile?.address?.[part]).filter(Boolean);
  return <ReadOnlyValue name="address" label={t('profile.address')} value={values.join(', ')} />;
}

/** Save, enabled once something changed (nothing when no field is editable). Children replace its text. */
export function ProfileSave({ className, children, ...props }: ComponentProps<'div'>) {
  const { levels, form } = useProfileFormContext('Save');
  const { t } = useProfileI18n();
  const { isDirty, isSubmitting } = form.formState;
  if (!Object.values(levels).includes('Edit')) return null;
  return (
    <div className={cx('ac-form-actions', className)} {...props}>
      <Button
        type="submit"
        variant="primary"
        disabled={!isDirty && !isSubmitting}
        pending={isSubmitting}
      >
        {children ?? t('common.saveChanges')}
      </Button>
    </div>
  );
}

/**
 * The profile as parts, Radix-style: `Profile.Root`, `.Header`, `.Title`, `.Description`,
 * `.Content`, `.Form`, and inside the form `.Error`, `.Avatar`, `.Name`, `.Username`, `.Details`,
 * `.Address`, `.Save`. `ProfileForm` is their usual composition.
 */
export const Profile = {
  Root: ProfileRoot,
  Header: ProfileHeader,
  Title: ProfileTitle,
  Description: ProfileDescription,
  Content: ProfileContent,
  Form: ProfileFormPart,
  Error: ProfileError,
  Avatar: ProfileAvatar,
  Name: ProfileName,
  Username: ProfileUsername,
  Details: ProfileDetails,
  Address: ProfileAddress,
  Save: ProfileSave,
};
/** `ProfileForm`'s props. */
export interface ProfileFormProps {
  className?: string;
  /** Only the username row: the tenant's custom profile fields show the rest (`ProfileFormSwitch`). */
  usernameOnly?: boolean;
}

/**
 * The profile: photo, name, username (needs an identity check; the dialog opens by itself) and
 * the OIDC claims including the address, each following its field level (Off hidden, ReadOnly
 * shown with a hint, Edit editable). Save is enabled once something changed; server errors land
 * under their field, and what was typed stays. The usual composition of the `Profile` parts.
 * @example <ProfileForm />
 */
export function ProfileForm(props: ProfileFormProps) {
  return (
    <Profile.Root {...props}>
      <Profile.Header />
      <Profile.Content>
        <Profile.Form />
      </Profile.Content>
    </Profile.Root>
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
