'use client';
/**
 * `@account-center/react/core`: the provider and what every page reads first (the kit, the
 * tenant's settings and features, the step-up prompt slot), without the flows and the write hooks.
 * Everything here is also in the root entry. It exists for bundlers that assign a module to a
 * chunk by which entries reach it through a barrel (esbuild): a UI whose first screen imports
 * from here keeps the flows in the chunks that use them.
 */
export { AccountCenterProvider } from './provider.js';
export type { AccountCenterProviderProps } from './provider.js';
export { useAccountKit } from './kit.js';
export { setUiLocale, useOptionalAccountKit } from './ui-locale.js';
export { useTenantConfig } from './settings.js';
export type { TenantConfig, Fact, FieldLevel } from './settings.js';
export { useFeature } from './feature.js';
export type { Feature, FeatureName, FeatureStatus } from './feature.js';
export { accountQueries } from './queries.js';
export { accountKeys } from './keys.js';
export { isQuietError } from './errors.js';
export { useVerificationPrompt } from './verification.js';
export type { VerificationPrompt } from './verification.js';
export { usePendingSocialLink } from './flows/social-link/pending.js';
export { useSignOut } from './tab-sync.js';
