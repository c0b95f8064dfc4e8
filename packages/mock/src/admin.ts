/**
 * Runtime controls that change the tenant the way an admin would through the Management API
 * (account-center settings, sign-in experience, users, connectors).
 */

import { randomId } from './ids.js';
import { hashPassword } from './password.js';
import type { CustomProfileFieldRow, CustomProfileFieldSeed } from './management/state.js';
import { buildManagement } from './management/state.js';
import { customProfileFieldCatalog } from './routes/public.js';
import type { SocialConnectorSeed, UserSeed } from './seed.js';
import { buildSocialConnector, buildUser, TENANT_ID, withoutTrustedDevice } from './seed.js';
import type {
  AccountCenterSettings,
  SocialConnectorPlatform,
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
  /** The custom-profile-field catalog, ordered by `sieOrder` (facts §3). */
  listCustomProfileFields(): CustomProfileFieldRow[];
  /**
   * Adds a catalog field (next `sieOrder`), or overwrites the given keys of the field with the
   * same name (its id, `createdAt` and `sieOrder` stay unless given). Stored as given, like the
   * seed: only the Management API routes validate definitions.
   */
  upsertCustomProfileField(field: CustomProfileFieldSeed): CustomProfileFieldRow;
  /** Deletes a catalog field; it also leaves `profileFields` and `signUpProfileFields` (facts §3). */
  removeCustomProfileField(name: string): void;
  /**
   * Sets `sieOrder` of the named fields only (others keep theirs, so ties are possible). Like the
   * recorded server, a tie lists the untouched field first.
   */
  setCustomProfileFieldOrder(order: { name: string; sieOrder: number }[]): CustomProfileFieldRow[];
  /** `platform` of a social connector in the sign-in experience (default `Universal`). */
  setSocialConnectorPlatform(connectorId: string, platform: SocialConnectorPlatform): void;
  /** Dev features: the trusted-device routes, the `trustedDevice` field and document key (§6.10). */
  setDevFeatures(enabled: boolean): void;
  /** Custom phrases of one language (deep-merged over the built-in ones); `null` deletes them. */
  setCustomPhrases(languageTag: string, translation: Record<string, unknown> | null): void;
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
  const management = () => {
    const tenant = getTenant();
    tenant.management ??= buildManagement({}, TENANT_ID, now());
    return tenant.management;
  };
  const catalogOf = (tenant: TenantState) => tenant.management?.customProfileFields ?? [];
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
              // Names not in the catalog are dropped silently (facts §3).
              profileFields:
                patch.profileFields &&
                patch.profileFields
                  .filter((field) => catalogOf(tenant).some((row) => row.name === field.name))
                  .map((field) => ({ name: field.name })),
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
      if (seed.platform) management().socialPlatforms[seed.id] = seed.platform;
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
    listCustomProfileFields: () => customProfileFieldCatalog(getTenant()),
    upsertCustomProfileField(field) {
      const fields = management().customProfileFields;
      const index = fields.findIndex((row) => row.name === field.name);
      const existing = fields[index];
      const row: CustomProfileFieldRow = {
        ...(existing ?? {
          tenantId: getTenant().accountCenter.tenantId,
          id: randomId(),
          label: '',
          description: null,
          required: false,
          config: {},
          createdAt: now(),
          sieOrder: Math.max(0, ...fields.map((item) => item.sieOrder)) + 1,
        }),
        ...structuredClone(field),
      };
      if (existing) fields[index] = row;
      else fields.push(row);
      return changed(structuredClone(row));
    },
    removeCustomProfileField(name) {
      const tenant = getTenant();
      const state = management();
      if (!state.customProfileFields.some((row) => row.name === name))
        throw new Error(`No custom profile field ${name}`);
      state.customProfileFields = state.customProfileFields.filter((row) => row.name !== name);
      const without = (list: { name: string }[] | null) =>
        list && list.filter((item) => item.name !== name);
      tenant.accountCenter.profileFields = without(tenant.accountCenter.profileFields);
      tenant.signInExperience.signUpProfileFields = without(
        tenant.signInExperience.signUpProfileFields,
      );
      changed(undefined);
    },
    setCustomProfileFieldOrder(order) {
      const state = management();
      const unknown = order.filter(
        (item) => !state.customProfileFields.some((row) => row.name === item.name),
      );
      if (unknown.length)
        throw new Error(`No custom profile field ${unknown.map((item) => item.name).join(', ')}`);
      const moved: CustomProfileFieldRow[] = [];
      for (const item of order) {
        const row = state.customProfileFields.find((candidate) => candidate.name === item.name)!;
        row.sieOrder = item.sieOrder;
        moved.push(row);
      }
      // An updated row goes to the end of storage order, which is how ties list (recorded).
      state.customProfileFields = [
        ...state.customProfileFields.filter((row) => !moved.includes(row)),
        ...moved,
      ];
      return changed(customProfileFieldCatalog(getTenant()));
    },
    setSocialConnectorPlatform(connectorId, platform) {
      const connector = getTenant().connectors.find((candidate) => candidate.id === connectorId);
      if (!connector || connector.type !== 'Social')
        throw new Error(`No social connector ${connectorId}`);
      management().socialPlatforms[connectorId] = platform;
      changed(undefined);
    },
    setDevFeatures(enabled) {
      const tenant = getTenant();
      tenant.devFeatures = enabled;
      if (!enabled) tenant.accountCenter.fields = withoutTrustedDevice(tenant.accountCenter.fields);
      changed(undefined);
    },
    setCustomPhrases(languageTag, translation) {
      const tenant = getTenant();
      const phrases = { ...tenant.customPhrases };
      if (translation === null) delete phrases[languageTag];
      else
        phrases[languageTag] = {
          id: phrases[languageTag]?.id ?? randomId(),
          translation: structuredClone(translation),
        };
      tenant.customPhrases = phrases;
      changed(undefined);
    },
  };
}
