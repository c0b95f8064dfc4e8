/**
 * `@account-center/doctor`: checks and fixes a Logto tenant for the account-center kit. Mostly
 * used as a CLI (`npx @account-center/doctor`); the same run is available to scripts.
 */

export { runDoctor, readTenant, SECRET_ENV } from './doctor.js';
export type { DoctorIo } from './doctor.js';
export { diagnose, relatedOriginLabel, RELATED_ORIGIN_LABEL_LIMIT } from './checks.js';
export type { CheckRow, CheckStatus, Diagnosis, PlannedChange, TenantSnapshot } from './checks.js';
export { connect, managementResource, ManagementApiError } from './management.js';
export type { ManagementConnection, ManagementSession } from './management.js';
export {
  DoctorInputError,
  FEATURES,
  FEATURE_FIELDS,
  FIELD_KEYS,
  parseDoctorArgs,
} from './options.js';
export type { DoctorOptions, Feature, FieldKey, FieldLevel } from './options.js';
