import { useSecurityI18n } from '../i18n/security-i18n.js';
import { sectionParts } from './section-parts.js';
import type { SectionPartsOptions } from './section-parts.js';

/**
 * The header parts every composable feature section has (`Header`, `Title`, `Description`,
 * `Content`), made once: each checks it sits inside its feature's `Root` (`usePart` throws
 * otherwise), and the title and description default to the feature's messages.
 */
export function featureSectionParts(options: SectionPartsOptions) {
  return sectionParts(options, useSecurityI18n);
}
