/** `/api/my-account`, `/profile`, `/password` and the avatar upload (§6.1–§6.5). */

import { accountView, scopedProfileObject } from '../account-view.js';
import type { RouteContext, RouteDefinition } from '../context.js';
import { ApiError } from '../errors.js';
import {
  requireEditable,
  requireFirstParty,
  requireIdentityVerified,
  requireIdentityVerifiedIfUserHasMethod,
  requireRemainingIdentifier,
  requireScope,
} from '../guards.js';
import { jsonResponse, noContent } from '../http.js';
import { randomId } from '../ids.js';
import { hashPassword, verifyPassword } from '../password.js';
import { evaluatePasswordPolicy } from '../password-policy.js';
import type { AccountCenterField, UserState } from '../types.js';
import {
  guard,
  passwordBodySchema,
  profileBodySchema,
  updateAccountBodySchema,
} from '../validation.js';

/** Marks a user row as changed. */
export function touchUser(context: RouteContext, user: UserState = context.user): void {
  user.updatedAt = context.services.now();
}

function getAccount(context: RouteContext): Response {
  return jsonResponse(200, accountView(context.user, context.tenant, context.token.scopes));
}

const accountFieldOf: Record<'name' | 'avatar' | 'username' | 'customData', AccountCenterField> = {
  name: 'name',
  avatar: 'avatar',
  username: 'username',
  customData: 'customData',
};

/** §6.2: per-key Edit gates, then scopes, then the header only when `username` is sent. */
function updateAccount(context: RouteContext): Response {
  const body = guard(updateAccountBodySchema, context.body);
  const sentKeys = (['name', 'avatar', 'username', 'customData'] as const).filter(
    (key) => body[key] !== undefined,
  );
  for (const key of sentKeys) requireEditable(context, accountFieldOf[key]);
  requireScope(context, 'profile', 400);
  if (body.customData !== undefined) requireScope(context, 'custom_data', 400);
  requireFirstParty(context);
  const { user } = context;
  if (body.username !== undefined) {
    requireIdentityVerified(context);
    if (body.username === null) requireRemainingIdentifier(user, { username: null });
    else if (body.username !== user.username) assertUsernameAllowed(context, body.username);
  }
  // An UPDATE with no columns: recorded as 422 (facts §4), also when every key sent was unknown.
  if (sentKeys.length === 0) throw new ApiError(422, 'entity.invalid_input');
  if (body.name !== undefined) user.name = body.name;
  if (body.avatar !== undefined) user.avatar = body.avatar;
  if (body.username !== undefined) user.username = body.username;
  if (body.customData !== undefined) user.customData = body.customData; // replaced, not merged (§10.8)
  touchUser(context);
  return jsonResponse(200, accountView(user, context.tenant, context.token.scopes));
}

/** Tenant username policy (facts §7: `422 user.username_*`), then uniqueness (§6.2). */
function assertUsernameAllowed(context: RouteContext, username: string): void {
  const policy = context.tenant.signInExperience.usernamePolicy;
  const allowed = policy.allowedChars;
  if (username.length < policy.minLength) throw new ApiError(422, 'user.username_too_short');
  if (username.length > policy.maxLength) throw new ApiError(422, 'user.username_too_long');
  if (!allowed.uppercase && /[A-Z]/.test(username))
    throw new ApiError(422, 'user.username_uppercase_not_allowed');
  if (!allowed.lowercase && /[a-z]/.test(username))
    throw new ApiError(422, 'user.username_lowercase_not_allowed');
  if (!allowed.numbers && /\d/.test(username))
    throw new ApiError(422, 'user.username_numbers_not_allowed');
  if (!allowed.underscore && username.includes('_'))
    throw new ApiError(422, 'user.username_underscore_not_allowed');
  const caseSensitive = policy.caseSensitive;
  const normalize = (value: string) => (caseSensitive ? value : value.toLowerCase());
  const taken = context.tenant.users.some(
    (other) =>
      other.id !== context.user.id &&
      other.username !== null &&
      normalize(other.username) === normalize(username),
  );
  if (taken) throw new ApiError(422, 'user.username_already_in_use');
}

/** §6.3: shallow merge; `address` replaced as a whole and returned only with the `address` scope. */
function updateProfile(context: RouteContext): Response {
  const body = guard(profileBodySchema, context.body);
  requireEditable(context, 'profile');
  requireScope(context, 'profile', 400);
  if (body.address !== undefined) requireScope(context, 'address', 400);
  requireFirstParty(context);
  context.user.profile = { ...context.user.profile, ...body };
  touchUser(context);
  return jsonResponse(200, scopedProfileObject(context.user, context.token.scopes));
}

/** §6.4: no scope; the header only if the user has a way to verify; policy; not the same password. */
async function updatePassword(context: RouteContext): Promise<Response> {
  const { password } = guard(passwordBodySchema, context.body);
  requireFirstParty(context);
  requireIdentityVerifiedIfUserHasMethod(context);
  requireEditable(context, 'password');
  const issues = await evaluatePasswordPolicy(context.tenant, password, context.user);
  if (issues.length > 0) throw new ApiError(422, 'password.rejected', { data: issues });
  if (verifyPassword(password, context.user.passwordHash))
    throw new ApiError(422, 'user.same_password');
  context.user.passwordHash = hashPassword(password);
  touchUser(context);
  return noContent();
}

const MAX_AVATAR_BYTES = 20 * 1024 * 1024;

/** Sniffs the image type with its end marker, as Logto does (§6.5); SVG is never accepted. */
export function sniffImageType(bytes: Uint8Array): string | undefined {
  const startsWith = (...signature: number[]) =>
    signature.every((byte, index) => bytes[index] === byte);
  const endsWith = (...signature: number[]) =>
    signature.every((byte, index) => bytes[bytes.length - signature.length + index] === byte);
  const ascii = (start: number, end: number) => String.fromCharCode(...bytes.slice(start, end));
  if (startsWith(0xff, 0xd8, 0xff) && endsWith(0xff, 0xd9)) return 'image/jpeg';
  if (
    startsWith(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a) &&
    endsWith(0xae, 0x42, 0x60, 0x82)
  )
    return 'image/png';
  if (ascii(0, 4) === 'GIF8' && endsWith(0x3b)) return 'image/gif';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  if (ascii(0, 2) === 'BM' && bytes.length > 14) return 'image/bmp';
  return undefined;
}

/** §6.5: stores the file as a simulator asset and answers its URL; the user is not changed. */
async function uploadAvatar(context: RouteContext): Promise<Response> {
  requireScope(context, 'profile', 401);
  requireFirstParty(context);
  requireEditable(context, 'avatar');
  const file = await readUploadedFile(context.request);
  if (file.size > MAX_AVATAR_BYTES) throw new ApiError(400, 'guard.file_size_exceeded');
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = sniffImageType(bytes);
  if (!type) throw new ApiError(400, 'guard.mime_type_not_allowed');
  if (!context.tenant.storageConfigured) throw new ApiError(400, 'storage.not_configured');
  const id = `${randomId(12)}.${type.split('/')[1]}`;
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  context.tenant.assets[id] = { type, base64: btoa(binary) };
  return jsonResponse(200, {
    url: `${context.services.assetBaseUrl(context.request)}/__mock/user-assets/${context.user.id}/${id}`,
  });
}

async function readUploadedFile(request: Request): Promise<Blob> {
  const invalidFiles = () =>
    new ApiError(400, 'guard.invalid_input', {
      interpolation: { type: 'files' },
      details: 'Error in key path "file": (invalid_type) Required',
    });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw invalidFiles();
  }
  const file = form.get('file');
  if (!file || typeof file === 'string') throw invalidFiles();
  return file;
}

/** The routes of this module. */
export const accountRoutes: RouteDefinition[] = [
  { method: 'GET', path: '/api/my-account', handler: getAccount },
  { method: 'PATCH', path: '/api/my-account', handler: updateAccount },
  { method: 'PATCH', path: '/api/my-account/profile', handler: updateProfile },
  { method: 'POST', path: '/api/my-account/password', handler: updatePassword },
  { method: 'POST', path: '/api/my-account/user-assets/avatar', handler: uploadAvatar },
];
