/**
 * Operations on the account itself: profile read/update, password, avatar, primary email and
 * phone (contract §5, §6.1–§6.6).
 */
import { identifiersOf, rememberIdentifiers } from '../known-identifiers.js';
import type { AccountRoute } from '../route.js';
import { accountSchema, avatarUploadSchema, userProfileSchema } from '../schemas/account.js';
import type {
  Account,
  AvatarUpload,
  UpdateAccountInput,
  UpdateProfileInput,
  UserProfile,
} from '../schemas/account.js';
import type { AccountTransport, RequestOptions } from '../transport.js';

const base = '/api/my-account';

export const getAccountRoute: AccountRoute = { method: 'GET', path: base, verification: 'never' };
// Header only when `username` is sent (§5): see `updateAccountVerification`.
export const updateAccountRoute: AccountRoute = {
  method: 'PATCH',
  path: base,
  scope: 'profile',
  scopeFailureStatus: 400,
  verification: 'never',
};
export const updateProfileRoute: AccountRoute = {
  method: 'PATCH',
  path: `${base}/profile`,
  scope: 'profile',
  scopeFailureStatus: 400,
  verification: 'never',
};
// No OIDC scope on this route (§6.4); header only if the user already has a sign-in method.
export const updatePasswordRoute: AccountRoute = {
  method: 'POST',
  path: `${base}/password`,
  verification: 'when-user-has-method',
};
export const uploadAvatarRoute: AccountRoute = {
  method: 'POST',
  path: `${base}/user-assets/avatar`,
  scope: 'profile',
  scopeFailureStatus: 401,
  verification: 'never',
};
export const updatePrimaryEmailRoute: AccountRoute = {
  method: 'POST',
  path: `${base}/primary-email`,
  scope: 'email',
  scopeFailureStatus: 400,
  verification: 'always',
};
export const deletePrimaryEmailRoute: AccountRoute = {
  method: 'DELETE',
  path: `${base}/primary-email`,
  scope: 'email',
  scopeFailureStatus: 400,
  verification: 'always',
};
export const updatePrimaryPhoneRoute: AccountRoute = {
  method: 'POST',
  path: `${base}/primary-phone`,
  scope: 'phone',
  scopeFailureStatus: 400,
  verification: 'always',
};
export const deletePrimaryPhoneRoute: AccountRoute = {
  method: 'DELETE',
  path: `${base}/primary-phone`,
  scope: 'phone',
  scopeFailureStatus: 400,
  verification: 'always',
};

/** `PATCH /api/my-account` needs the verification header only when it changes `username` (§5). */
export const updateAccountVerification = (input: { username?: unknown }) =>
  input.username === undefined ? ('never' as const) : ('always' as const);

/**
 * Read the signed-in user (`GET /api/my-account`); keys are filtered by scopes and fields (§3.2).
 *
 * @example
 * const account = await getAccount(transport);
 */
export async function getAccount(
  transport: AccountTransport,
  options?: RequestOptions,
): Promise<Account> {
  const account = await transport.request(
    { route: getAccountRoute, schema: accountSchema },
    options,
  );
  rememberIdentifiers(transport.verification, identifiersOf(account));
  return account;
}

/**
 * Update name, avatar, username or custom data (`PATCH /api/my-account`, §6.2). Send at least
 * one key: Logto answers an empty body with a 500 (§6.2).
 */
export async function updateAccount(
  transport: AccountTransport,
  input: UpdateAccountInput,
  options?: RequestOptions,
): Promise<Account> {
  const account = await transport.request(
    {
      route: updateAccountRoute,
      json: input,
      schema: accountSchema,
      verification: updateAccountVerification(input),
      scope: input.customData === undefined ? 'profile' : 'profile custom_data',
    },
    options,
  );
  rememberIdentifiers(transport.verification, identifiersOf(account));
  return account;
}

/** Shallow-merge the OIDC profile (`PATCH /api/my-account/profile`, §6.3). */
export function updateProfile(
  transport: AccountTransport,
  input: UpdateProfileInput,
  options?: RequestOptions,
): Promise<UserProfile> {
  return transport.request(
    {
      route: updateProfileRoute,
      json: input,
      schema: userProfileSchema,
      scope: input.address === undefined ? 'profile' : 'profile address',
    },
    options,
  );
}

/** Set or change the password (`POST /api/my-account/password`, §6.4); resolves on 204. */
export async function updatePassword(
  transport: AccountTransport,
  input: { password: string },
  options?: RequestOptions,
): Promise<void> {
  await transport.request({ route: updatePasswordRoute, json: input }, options);
  // The user has a sign-in method now: `C` routes need the header from here on (§6.4).
  rememberIdentifiers(transport.verification, { hasMethod: true });
}

/**
 * Upload an avatar image (multipart field `file`, §6.5). It does not change the account: follow
 * with `updateAccount({ avatar: url })`.
 */
export function uploadAvatar(
  transport: AccountTransport,
  file: Blob,
  fileName?: string,
  options?: RequestOptions,
): Promise<AvatarUpload> {
  const formData = new FormData();
  if (fileName === undefined) formData.append('file', file);
  else formData.append('file', file, fileName);
  return transport.request(
    {
      route: uploadAvatarRoute,
      formData,
      schema: avatarUploadSchema,
    },
    options,
  );
}

/** Set the primary email to a verified new address (`POST …/primary-email`, §6.6). */
export async function updatePrimaryEmail(
  transport: AccountTransport,
  input: { email: string; newIdentifierVerificationRecordId: string },
  options?: RequestOptions,
): Promise<void> {
  await transport.request(
    {
      route: updatePrimaryEmailRoute,
      json: input,
    },
    options,
  );
  rememberIdentifiers(transport.verification, { email: input.email, hasMethod: true });
}

/** Remove the primary email (`DELETE …/primary-email`, §6.6). */
export async function deletePrimaryEmail(
  transport: AccountTransport,
  options?: RequestOptions,
): Promise<void> {
  await transport.request({ route: deletePrimaryEmailRoute }, options);
  rememberIdentifiers(transport.verification, { email: null, hasMethod: undefined });
}

/** Set the primary phone (digits only, no `+`, §12) to a verified new number (§6.6). */
export async function updatePrimaryPhone(
  transport: AccountTransport,
  input: { phone: string; newIdentifierVerificationRecordId: string },
  options?: RequestOptions,
): Promise<void> {
  await transport.request(
    {
      route: updatePrimaryPhoneRoute,
      json: input,
    },
    options,
  );
  rememberIdentifiers(transport.verification, { phone: input.phone, hasMethod: true });
}

/** Remove the primary phone (`DELETE …/primary-phone`, §6.6). */
export async function deletePrimaryPhone(
  transport: AccountTransport,
  options?: RequestOptions,
): Promise<void> {
  await transport.request({ route: deletePrimaryPhoneRoute }, options);
  rememberIdentifiers(transport.verification, { phone: null, hasMethod: undefined });
}
