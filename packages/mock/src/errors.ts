/**
 * Error factory: Logto's error body (`{ code, message, data?, details? }`) with the English
 * messages of `packages/phrases/src/locales/en/errors` (contract §1.3, §7).
 */

/** English message per Logto error code (contract §7). `{{x}}` is filled from `interpolation`. */
export const ERROR_MESSAGES: Readonly<Record<string, string>> = {
  'auth.authorization_header_missing': 'Authorization header is missing.',
  'auth.authorization_token_type_not_supported': 'Authorization type is not supported.',
  'auth.unauthorized': 'Unauthorized. Please check credentials and its scope.',
  'auth.forbidden': 'Forbidden. Please check your user roles and permissions.',
  'auth.third_party_application_forbidden':
    'Third-party applications cannot modify account data through this API.',
  'entity.invalid_input': 'Invalid input. Value list must not be empty.',
  'account_center.not_enabled': 'Account center is not enabled.',
  'account_center.field_not_editable': 'Field is not editable.',
  'account_center.field_not_enabled': 'Field is not enabled.',
  'verification_record.not_found': 'Verification record not found.',
  'verification_record.permission_denied': 'Permission denied, please re-authenticate.',
  'verification_record.social_verification.invalid_target':
    'Invalid verification record. Expected {{expected}} but got {{actual}}.',
  'verification_record.social_verification.token_response_not_found':
    'Token response not found. Please check that token storage is supported and enabled for the social connector.',
  'verification_code.not_found':
    'Verification code not found. Please send verification code first.',
  'verification_code.email_mismatch': 'Email mismatch. Please request a new verification code.',
  'verification_code.phone_mismatch': 'Phone mismatch. Please request a new verification code.',
  'verification_code.code_mismatch': 'Invalid verification code.',
  'verification_code.expired':
    'Verification code has expired. Please request a new verification code.',
  'verification_code.exceed_max_try':
    'Verification code retries limitation exceeded. Please request a new verification code.',
  'request.message_rate_limited':
    'Too many messages sent to this recipient. Please try again later.',
  'session.invalid_credentials': 'Incorrect account or password. Please check your input.',
  'session.verification_blocked_too_many_attempts':
    'Too many attempts in a short time. Please try again {{relativeTime}}.',
  'session.invalid_connector_id': 'Unable to find available connector with id {{connectorId}}.',
  'session.insufficient_info': 'Insufficient sign-in info.',
  'session.connector_validation_session_not_found':
    'The connector session for token validation is not found.',
  'session.verification_failed':
    'The verification was not successful. Restart the verification flow and try again.',
  'session.email_blocklist.email_not_allowed':
    'The email address "{{email}}" is restricted. Please choose a different one.',
  'session.email_blocklist.email_subaddressing_not_allowed': 'Email subaddressing is not allowed.',
  'session.email_blocklist.invalid_email': 'Invalid email address.',
  'session.mfa.mfa_factor_not_enabled': 'MFA factor is not enabled.',
  'session.mfa.invalid_totp_code': 'Invalid TOTP code.',
  'session.mfa.backup_code_can_not_be_alone': 'Backup code can not be the only MFA.',
  'session.mfa.pending_info_not_found': 'Pending MFA info not found, please initiate MFA first.',
  'session.mfa.webauthn_verification_failed': 'WebAuthn verification failed.',
  'user.email_already_in_use': 'This email is associated with an existing account.',
  'user.phone_already_in_use': 'This phone number is associated with an existing account.',
  'user.username_already_in_use': 'This username is already in use.',
  'user.username_too_short': 'Username is too short.',
  'user.username_too_long': 'Username is too long.',
  'user.username_uppercase_not_allowed': 'Username cannot contain uppercase letters.',
  'user.username_lowercase_not_allowed': 'Username cannot contain lowercase letters.',
  'user.username_numbers_not_allowed': 'Username cannot contain numbers.',
  'user.username_underscore_not_allowed': 'Username cannot contain underscores.',
  'user.invalid_phone': 'Invalid phone number.',
  'user.last_sign_in_method_required': 'You need to keep at least one identifier in your account.',
  'user.identity_already_in_use':
    'The social account has been associated with an existing account.',
  'user.identity_not_exist': 'The social account has not been registered yet.',
  'user.identity_not_exists_in_current_user':
    'The specified identity does not exist in the current user account. Please link the identity before proceeding.',
  'user.same_password': 'New password cannot be the same as your old password.',
  'user.suspended': 'This account is suspended.',
  'user.totp_already_in_use': 'TOTP is already in use.',
  'user.totp_secret_invalid': 'Invalid TOTP secret supplied.',
  'user.backup_code_already_in_use': 'Backup code is already in use.',
  'user.wrong_backup_code_format': 'Backup code format is invalid.',
  'password.rejected': 'Password rejected. Please check if your password meets the requirements.',
  'guard.invalid_input': 'The request {{type}} is invalid.',
  'guard.invalid_pagination': 'The request pagination value is invalid.',
  'guard.file_size_exceeded': 'File size exceeded.',
  'guard.mime_type_not_allowed': 'MIME type is not allowed.',
  'storage.not_configured': 'Storage provider is not configured.',
  'storage.upload_error': 'Failed to upload file to the storage provider.',
  'connector.not_found': 'Cannot find any available connector for type: {{type}}.',
  'connector.unexpected_type': "The connector's type is unexpected.",
  // Not in contract §7 (connector errors are "connector.*"); wording from Logto's en phrases.
  'connector.social_auth_code_invalid':
    'Unable to get access token, please check authorization code.',
  'connector.authorization_failed': "The user's authorization process is unsuccessful.",
  'connector.general': 'An unexpected error occurred in connector.{{errorDescription}}',
  'oidc.session_not_found': 'Session not found.',
  'oidc.invalid_session_account_id': 'Session accountId mismatch.',
  'oidc.invalid_grant': 'Grant request is invalid.',
  'oidc.failed_to_cleanup_session_authorization': 'Failed to clean up session authorization.',
  'secrets.third_party_token_set.token_not_found': 'Token record not found.',
  'secrets.third_party_token_set.access_token_expired':
    'The access token has expired. Please reconnect your account.',
  'entity.not_found': 'The resource does not exist.',
};

/** Options of an {@link ApiError} beyond status and code. */
export interface ApiErrorOptions {
  interpolation?: Record<string, string | number>;
  data?: unknown;
  details?: string;
}

/** A handled Logto error; the handler turns it into the JSON error body of §1.3. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly data: unknown;
  readonly details: string | undefined;

  constructor(status: number, code: string, options: ApiErrorOptions = {}) {
    super(formatMessage(code, options.interpolation));
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.data = options.data;
    this.details = options.details;
  }

  /** The body Logto sends: `data` and `details` are omitted when undefined. */
  toBody(): Record<string, unknown> {
    const body: Record<string, unknown> = { code: this.code, message: this.message };
    if (this.data !== undefined) body.data = this.data;
    if (this.details !== undefined) body.details = this.details;
    return body;
  }
}

/** An unhandled failure: Logto answers `500 {"message":"Internal server error."}` (§1.3). */
export class InternalServerError extends Error {
  constructor(reason = 'Internal server error.') {
    super(reason);
    this.name = 'InternalServerError';
  }
}

/** Fills `{{name}}` placeholders; unknown codes fall back to the code itself. */
export function formatMessage(
  code: string,
  interpolation: Record<string, string | number> = {},
): string {
  const template = ERROR_MESSAGES[code] ?? code;
  return template.replace(/\{\{(\w+)\}\}/g, (_match, key: string) =>
    String(interpolation[key] ?? ''),
  );
}
