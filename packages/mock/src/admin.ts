/**
 * Runtime controls that change the tenant the way an admin would through the Management API
 * (account-center settings, sign-in experience, users, connectors).
 */

import { hashPassword } from './password.js';
import type { SocialConnectorSeed, UserSeed } from './seed.js';
import { buildSocialConnector, buildUser, withoutTrustedDevice } from './seed.js';
import type {
  AccountCenterSettings,
  SignInExperience,
  SocialProviderUser,
  TenantState,
  UserState,
} from './types.js';

/** Body of the Management `PATCH /api/account-center` (§3.1). */
export interface AccountCenterPatch {
  enabled?: boolean;
  /** Replaced wholesale: omitted keys become `Off` (§3.1, §12). */
  fields?: AccountCenterSettings['fields'];
  webauthnRelatedOrigins?: string[];
  /** `""` stores `null`; otherwise an `http(s)://` URL of at most 2048 chars. */
  deleteAccountUrl?: string | null;
  customCss?: string | null;
  profileFields?: { name: string }[] | null;
}

/** Changes to a user (a password is given in clear and hashed). */
export type UserPatch = Partial<Omit<UserState, 'id' | 'passwordHash'>> & {
  password?: string | null;
};

/** Admin controls of the simulator. */
export interface AdminControls {
  getAccountCenter(): AccountCenterSettings;
  /** Management `PATCH /api/account-center` semantics. */
  updateAccountCenter(patch: AccountCenterPatch): AccountCenterSettings;
  getSignInExperience(): SignInExperience;
  /** Shallow merge of top-level keys (e.g. `{ mfa: { factors: [...], policy } }` replaces `mfa`). */
  updateSignInExperience(
    patch: Partial<Omit<SignInExperience, 'tenantId' | 'id'>>,
  ): SignInExperience;
  listUsers(): UserState[];
  getUser(userId: string): UserState | undefined;
  createUser(seed: UserSeed): UserState;
  updateUser(userId: string, patch: UserPatch): UserState;
  deleteUser(userId: string): void;
  /** Adds (or replaces by id) a fake social connector. */
  upsertSocialConnector(seed: SocialConnectorSeed): void;
  /** Removes a connector; removing the Email/SMS one makes code sending answer `501`. */
  removeConnector(connectorId: string): void;
  /** Adds back the simulated Email or SMS connector. */
  addMessageConnector(type: 'Email' | 'Sms'): void;
  /** Replaces a social connector's fake provider accounts. */
  setSocialProviderUsers(connectorId: string, users: SocialProviderUser[]): void;
  /** Avatar storage provider configured or not. */
  setStorageConfigured(configured: boolean): void;
  /** Simulates the breached-password service being unreachable (§12: password changes answer 500). */
  setPwnedServiceUnreachable(unreachable: boolean): void;
}

function validateDeleteAccountUrl(value: string | null | undefined): string | null | undefined {
  if (value === undefined || value === null) return value;
  if (value === '') return null;
  if (value.length > 2048 || !/^https?:\/\//.test(value))
    throw new Error('deleteAccountUrl must be an http(s) URL of at most 2048 characters');
  return value;
}

/** Creates the controls over the current tenant. */
export function createAdminControls(
  getTenant: () => TenantState,
  now: () => number,
  onChange: () => void,
): AdminControls {
  const requireUser = (userId: string) => {
    const user = getTenant().users.find((candidate) => candidate.id === userId);
    if (!user) throw new Error(`No user ${userId}`);
    return user;
  };
  const changed = <T>(value: T): T => {
    onChange();
    return value;
  };
  return {
    getAccountCenter: () => structuredClone(getTenant().accountCenter),
    updateAccountCenter(patch) {
      const tenant = getTenant();
      const current = tenant.accountCenter;
      const deleteAccountUrl = validateDeleteAccountUrl(patch.deleteAccountUrl);
      const names = patch.profileFields?.map((field) => field.name) ?? [];
      if (new Set(names).size !== names.length)
        throw new Error('profileFields has duplicate names');
      tenant.accountCenter = {
        ...current,
        ...(patch.enabled === undefined ? {} : { enabled: patch.enabled }),
        ...(patch.fields === undefined
          ? {}
          : {
              fields: tenant.devFeatures
                ? { ...patch.fields }
                : withoutTrustedDevice({ ...patch.fields }),
            }),
        ...(patch.webauthnRelatedOrigins === undefined
          ? {}
          : { webauthnRelatedOrigins: [...new Set(patch.webauthnRelatedOrigins)] }),
        ...(deleteAccountUrl === undefined ? {} : { deleteAccountUrl }),
        ...(patch.customCss === undefined ? {} : { customCss: patch.customCss }),
        ...(patch.profileFields === undefined
          ? {}
          : {
              profileFields:
                patch.profileFields && patch.profileFields.map((field) => ({ name: field.name })),
            }),
      };
      return changed(structuredClone(tenant.accountCenter));
    },
    getSignInExperience: () => structuredClone(getTenant().signInExperience),
    updateSignInExperience(patch) {
      const tenant = getTenant();
      tenant.signInExperience = { ...tenant.signInExperience, ...structuredClone(patch) };
      return changed(structuredClone(tenant.signInExperience));
    },
    listUsers: () => structuredClone(getTenant().users),
    getUser(userId) {
      const user = getTenant().users.find((candidate) => candidate.id === userId);
      return user && structuredClone(user);
    },
    createUser(seed) {
      const tenant = getTenant();
      if (seed.id && tenant.users.some((user) => user.id === seed.id))
        throw new Error(`User ${seed.id} exists`);
      const user = buildUser(seed, now());
      tenant.users.push(user);
      return changed(structuredClone(user));
    },
    updateUser(userId, patch) {
      const user = requireUser(userId);
      const { password, ...rest } = structuredClone(patch);
      Object.assign(user, rest);
      if (password !== undefined)
        user.passwordHash = password === null ? null : hashPassword(password);
      user.updatedAt = now();
      return changed(structuredClone(user));
    },
    deleteUser(userId) {
      const tenant = getTenant();
      tenant.users = tenant.users.filter((user) => user.id !== userId);
      changed(undefined);
    },
    upsertSocialConnector(seed) {
      const tenant = getTenant();
      tenant.connectors = [
        ...tenant.connectors.filter((connector) => connector.id !== seed.id),
        buildSocialConnector(seed),
      ];
      changed(undefined);
    },
    removeConnector(connectorId) {
      const tenant = getTenant();
      tenant.connectors = tenant.connectors.filter((connector) => connector.id !== connectorId);
      changed(undefined);
    },
    addMessageConnector(type) {
      const tenant = getTenant();
      if (tenant.connectors.some((connector) => connector.type === type)) return;
      const id = type === 'Email' ? 'mock-email' : 'mock-sms';
      tenant.connectors.push({
        id,
        type,
        target: id,
        name: type === 'Email' ? 'Mock Email' : 'Mock SMS',
        logo: '',
        tokenStorage: false,
        users: [],
      });
      changed(undefined);
    },
    setSocialProviderUsers(connectorId, users) {
      const connector = getTenant().connectors.find((candidate) => candidate.id === connectorId);
      if (!connector) throw new Error(`No connector ${connectorId}`);
      connector.users = users.map((user) => ({ ...user }));
      changed(undefined);
    },
    setStorageConfigured(configured) {
      getTenant().storageConfigured = configured;
      changed(undefined);
    },
    setPwnedServiceUnreachable(unreachable) {
      getTenant().pwnedServiceUnreachable = unreachable;
      changed(undefined);
    },
  };
}
