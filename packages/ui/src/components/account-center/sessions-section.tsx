import { AuthorizedApps } from '../apps/authorized-apps.js';
import { SessionList } from '../sessions/session-list.js';
import { TrustedDeviceList } from '../trusted-devices/trusted-device-list.js';
import { SectionPart } from './section-parts.js';
import type { BuiltinSectionProps } from './section-parts.js';

/**
 * The Devices section's content: active sessions and authorized apps (`session` field), trusted
 * devices (`trustedDevice`); `components` swaps sessions or apps for yours.
 */
export function SessionsSection({
  componentProps: props = {},
  components = {},
  onSectionError,
}: BuiltinSectionProps) {
  const Sessions = components.sessions ?? SessionList;
  const Apps = components.authorizedApps ?? AuthorizedApps;
  const part = { components, onSectionError };
  return (
    <>
      <SectionPart name="sessions" {...part}>
        <Sessions />
      </SectionPart>
      <SectionPart name="authorized-apps" {...part}>
        <Apps {...props.authorizedApps} />
      </SectionPart>
      <SectionPart name="trusted-devices" {...part}>
        <TrustedDeviceList />
      </SectionPart>
    </>
  );
}
