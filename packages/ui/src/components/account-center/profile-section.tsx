import { EmailChange } from '../email/email-change.js';
import { PhoneChange } from '../phone/phone-change.js';
import { ProfileFormSwitch } from '../profile/custom-fields/profile-form-switch.js';
import { SectionPart } from './section-parts.js';
import type { BuiltinSectionProps } from './section-parts.js';

/**
 * The Profile section's content: profile form, email, phone, each isolated by its own boundary.
 * Each part hides itself when its field is Off; `components` swaps any of them for yours.
 */
export function ProfileSection({
  componentProps: props = {},
  components = {},
  onSectionError,
}: BuiltinSectionProps) {
  const Profile = components.profile ?? ProfileFormSwitch;
  const Email = components.email ?? EmailChange;
  const Phone = components.phone ?? PhoneChange;
  const part = { components, onSectionError };
  return (
    <>
      <SectionPart name="profile" {...part}>
        <Profile />
      </SectionPart>
      <SectionPart name="email" {...part}>
        <Email {...props.email} />
      </SectionPart>
      <SectionPart name="phone" {...part}>
        <Phone {...props.phone} />
      </SectionPart>
    </>
  );
}
