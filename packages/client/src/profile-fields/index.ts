/**
 * `@account-center/client/profile-fields`: the tenant's custom profile fields without React
 * (issue 13 §1): which to show and in what order, the same checks Logto's own pages make (the
 * server makes none, facts §4), where each value is stored and the request bodies of a save.
 * Usable on an app's server to check values too.
 */
export {
  buildProfileFieldWrites,
  enabledParts,
  logtoOptionLabelKey,
  logtoProfileLabelKey,
  profileFieldControl,
  profileFieldDatePattern,
  profileFieldLabel,
  profileFieldStatus,
  profileFieldStorage,
  readProfileFieldValue,
  resolveProfileFields,
  validateProfileField,
} from './fields.js';
export type {
  ProfileFieldDefinition,
  ProfileFieldIssue,
  ProfileFieldIssueCode,
  ProfileFieldRule,
  ProfileFieldStatus,
  ProfileFieldStorage,
  ProfileFieldValue,
  ProfileFieldWrites,
} from './fields.js';
export { formatDateValue, isSupportedDatePattern, parseDateValue } from './date.js';
