import { AuthorizedApps } from '../apps/authorized-apps.js';
import { SessionList } from '../sessions/session-list.js';
import { SectionPart } from './section-parts.js';
import type { BuiltinSectionProps } from './section-parts.js';

/** The Devices section's content: active sessions and authorized apps (`session` field). */
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
    </>
  );
}
