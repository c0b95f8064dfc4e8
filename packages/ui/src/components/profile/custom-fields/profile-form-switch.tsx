'use client';
import { useProfileFields } from '@account-center/react';
import { useProfileI18n } from '../../../i18n/area-i18n.js';
import { Section, SectionContent, SectionHeader, SectionTitle } from '../../../primitives/card.js';
import { Skeleton } from '../../../primitives/skeleton.js';
import { ProfileForm } from '../profile-form.js';
import { CustomProfileFields } from './custom-profile-fields.js';

/**
 * The profile section's form: when the account center selected profile fields
 * (`profileFields`), exactly those, in its order (`name` and `avatar` only if listed, as Logto's
 * own page does); when it selected none, or its documents could not be read, the built-in
 * `ProfileForm`. The username is a sign-in identifier and keeps its own row either way.
 *
 * The custom fields load with the profile section (a lazy chunk of `<AccountCenter/>`), not in
 * its initial load. A `lazy()` of their own would be smaller still for tenants without them, but
 * it makes the bundler split the shared hooks and primitives into more initial chunks: +1.1 kB
 * gzip on the first load for the same code (`pnpm size`).
 * @example <ProfileFormSwitch />
 */
export function ProfileFormSwitch() {
  const { fields, isLoading } = useProfileFields();
  if (isLoading) return <ProfileSkeleton />;
  if (fields === null) return <ProfileForm />;
  return (
    <>
      <CustomProfileFields />
      <ProfileForm usernameOnly />
    </>
  );
}

function ProfileSkeleton() {
  const { t } = useProfileI18n();
  return (
    <Section data-slot="profile-form" data-state="loading" aria-busy className="ac-profile">
      <SectionHeader>
        <SectionTitle>{t('profile.title')}</SectionTitle>
      </SectionHeader>
      <SectionContent className="ac-stack">
        <span className="ac-sr-only">{t('common.loading')}</span>
        <Skeleton className="ac-entry-skeleton" />
        <Skeleton className="ac-entry-skeleton" />
      </SectionContent>
    </Section>
  );
}
