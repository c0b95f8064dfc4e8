'use client';
import { lazy, Suspense } from 'react';
import { useProfileFields } from '@account-center/react';
import { useI18n } from '../../../i18n/i18n-provider.js';
import { Section, SectionContent, SectionHeader, SectionTitle } from '../../../primitives/card.js';
import { Skeleton } from '../../../primitives/skeleton.js';
import { ProfileForm } from '../profile-form.js';

// Loaded only for a tenant that selected profile fields: the controls, their checks and their
// messages stay out of every other page.
const CustomProfileFields = lazy(() =>
  import('./custom-profile-fields.js').then((module) => ({ default: module.CustomProfileFields })),
);

/**
 * The profile section's form: when the account center selected profile fields
 * (`profileFields`), exactly those, in its order (`name` and `avatar` only if listed, as Logto's
 * own page does); when it selected none, or its documents could not be read, the built-in
 * `ProfileForm`. The username is a sign-in identifier and keeps its own row either way.
 * @example <ProfileFormSwitch />
 */
export function ProfileFormSwitch() {
  const { fields, isLoading } = useProfileFields();
  if (isLoading) return <ProfileSkeleton />;
  if (fields === null) return <ProfileForm />;
  return (
    <>
      <Suspense fallback={<ProfileSkeleton />}>
        <CustomProfileFields />
      </Suspense>
      <ProfileForm usernameOnly />
    </>
  );
}

function ProfileSkeleton() {
  const { t } = useI18n();
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
