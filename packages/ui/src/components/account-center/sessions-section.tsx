import { AuthorizedApps } from '../apps/authorized-apps.js';
import { SessionList } from '../sessions/session-list.js';
import { TrustedDeviceList } from '../trusted-devices/trusted-device-list.js';
import { SectionPart } from './section-parts.js';
import type { BuiltinSectionProps } from './section-parts.js';

/** The Devices section's content: active sessions and authorized apps (`session` field), trusted devices (`trustedDevice`). */
export function SessionsSection({
  componentProps: props = {},
  onSectionError,
}: BuiltinSectionProps) {
  return (
    <>
      <SectionPart name="sessions" onSectionError={onSectionError}>
        <SessionList />
      </SectionPart>
      <SectionPart name="authorized-apps" onSectionError={onSectionError}>
        <AuthorizedApps {...props.authorizedApps} />
      </SectionPart>
      <SectionPart name="trusted-devices" onSectionError={onSectionError}>
        <TrustedDeviceList />
      </SectionPart>
    </>
  );
}
