'use client';
/**
 * `@account-center/ui/account-center`: the drop-in page. Its sections load lazily (each its own
 * chunk), so this entry holds only the shell: import it from here, not from the package root.
 */
export { AccountCenter } from './account-center.js';
export type {
  AccountCenterCustomSection,
  AccountCenterProps,
  AccountCenterSection,
  AccountCenterSectionId,
  AccountCenterTask,
  AccountCenterTaskOutcome,
  AccountCenterUiOptions,
  AccountCenterViewProps,
} from './account-center.js';
export { SectionBoundary } from './section-boundary.js';
export type { SectionBoundaryProps } from './section-boundary.js';
export type {
  AccountCenterComponentProps,
  AccountCenterComponents,
  BuiltinSectionProps,
  SectionErrorHandler,
} from './section-parts.js';
