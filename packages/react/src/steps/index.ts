/**
 * The lazy steps chunk: the async steps of step-up and the email/phone change, the multi-delete
 * writes and the guard of every write, loaded as one chunk that the provider and every flow hook
 * preload on mount (`loadSteps`); TOTP, backup codes, passkeys and social link have their own. The
 * hooks keep only their state wiring, so an app that only reads loads less up front. Nothing here
 * imports from the entry chunk (everything comes in through parameters) so the split stays clean.
 */
export { sendCode, verifyCode } from './code.js';
export {
  bindChange,
  bindIdentifier,
  sendChangeCode,
  verifyChangeCode,
} from '../flows/identifier-change/steps.js';
export { deleteOtherSessions, removeEach, revokeAppGrants } from './bulk-remove.js';
export { guardWrite, isAmbiguousFailure } from './write-guard.js';
