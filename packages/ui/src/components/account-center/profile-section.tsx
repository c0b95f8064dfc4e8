import { EmailChange } from '../email/email-change.js';
import { PhoneChange } from '../phone/phone-change.js';
import { ProfileFormSwitch } from '../profile/custom-fields/profile-form-switch.js';
import { SectionPart } from './section-parts.js';
import type { BuiltinSectionProps } from './section-parts.js';

/**
 * The Profile section's content: profile form, email, phone, each isolated by its own boundary.
 * Each part hides itself when its field is Off.
 */
export function ProfileSection({ onSectionError }: BuiltinSectionProps) {
  return (
    <>
      <SectionPart name="profile" onSectionError={onSectionError}>
        <ProfileFormSwitch />
      </SectionPart>
      <SectionPart name="email" onSectionError={onSectionError}>
        <EmailChange />
      </SectionPart>
      <SectionPart name="phone" onSectionError={onSectionError}>
        <PhoneChange />
      </SectionPart>
    </>
  );
}
