'use client';
import { useCallback, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import {
  buildProfileFieldWrites,
  profileFieldStatus,
  profileFieldStorage,
  readProfileFieldValue,
  resolveProfileFields,
  validateProfileField,
} from '@account-center/client/profile-fields';
import type {
  ProfileFieldDefinition,
  ProfileFieldIssue,
  ProfileFieldStorage,
  ProfileFieldValue,
} from '@account-center/client/profile-fields';
import type { AccountApiError } from '@account-center/client';
import { useAccountKit } from './kit.js';
import { useUpdateAccount, useUpdateProfile } from './mutation-hooks.js';
import { accountQueries } from './queries.js';

/** One field to show: its definition, where it is stored, whether it can be edited, its value. */
export interface ProfileField {
  name: string;
  definition: ProfileFieldDefinition;
  storage: ProfileFieldStorage;
  /** `readOnly` under the control's `ReadOnly` level; fields whose control is `Off` are left out. */
  status: 'readOnly' | 'editable';
  /** The current value as a form holds it (see `ProfileFieldValue`). */
  value: ProfileFieldValue;
}

/** Issues per field name; a field with none is absent. */
export type ProfileFieldIssues = Record<string, ProfileFieldIssue[]>;

/** How a save ended when it did not throw. */
export type ProfileFieldsSaveResult =
  /** Refused in the browser: nothing was sent. */
  | { status: 'invalid'; issues: ProfileFieldIssues }
  /** Every value already matched the server: nothing was sent. */
  | { status: 'unchanged' }
  | { status: 'saved' };

/** What {@link useProfileFields} returns. */
export interface UseProfileFieldsResult {
  /**
   * The tenant's selected fields in its order; `null` means "show the built-in profile form"
   * (no selection, or the settings documents could not be read), and while loading.
   */
  fields: ProfileField[] | null;
  isLoading: boolean;
  /** Check values (by field name) as the definitions say, without sending anything. */
  validate(values: Readonly<Record<string, ProfileFieldValue>>): ProfileFieldIssues;
  /**
   * Check, then write the changed values where Logto stores them: `PATCH /api/my-account/profile`
   * for claims, Fullname parts and the address, then `PATCH /api/my-account` for `name`,
   * `avatar` and `customData`, merged with the account as just re-read so keys the app stored
   * itself are kept. Rejects with the server's `AccountApiError`.
   */
  save(values: Readonly<Record<string, ProfileFieldValue>>): Promise<ProfileFieldsSaveResult>;
  isSaving: boolean;
  /** The last failed save's error (cleared by the next save). */
  error: AccountApiError | null;
}

/**
 * The tenant's custom profile fields (issue 13 §1), headless: the definitions the account center
 * selected, in order, with their values and status, and a save that validates first.
 *
 * @example
 * const { fields, save } = useProfileFields();
 * if (fields === null) return <BuiltInProfileForm />;
 * const result = await save({ bio: 'Hello', age: '42' });
 * if (result.status === 'invalid') showIssues(result.issues);
 */
export function useProfileFields(): UseProfileFieldsResult {
  const kit = useAccountKit();
  const settings = useQuery(accountQueries.settings(kit.client));
  const account = useQuery(accountQueries.myAccount(kit.client));
  const updateProfile = useUpdateProfile();
  const updateAccount = useUpdateAccount();

  const center = settings.data?.accountCenter;
  const definitions = useMemo(
    () =>
      resolveProfileFields(
        settings.data?.signInExperience?.customProfileFieldCatalog,
        center?.profileFields,
      ),
    [settings.data?.signInExperience?.customProfileFieldCatalog, center?.profileFields],
  );
  const levels = center?.fields;

  const fields = useMemo(() => {
    if (!definitions || !account.data) return null;
    const visible: ProfileField[] = [];
    for (const definition of definitions) {
      const status = profileFieldStatus(definition, levels);
      if (status === 'hidden') continue;
      visible.push({
        name: definition.name,
        definition,
        storage: profileFieldStorage(definition),
        status,
        value: readProfileFieldValue(definition, account.data),
      });
    }
    return visible;
  }, [definitions, levels, account.data]);

  const editable = useMemo(
    () => (fields ?? []).filter((field) => field.status === 'editable'),
    [fields],
  );

  const validate = useCallback(
    (values: Readonly<Record<string, ProfileFieldValue>>) => {
      const issues: ProfileFieldIssues = {};
      // Every editable field is checked, with its current value when not edited: a required
      // field left empty on the server is refused as Logto's own page refuses it.
      for (const field of editable) {
        const value = field.name in values ? values[field.name] : field.value;
        const found = validateProfileField(field.definition, value);
        if (found.length > 0) issues[field.name] = found;
      }
      return issues;
    },
    [editable],
  );

  const { mutateAsync: writeProfile, reset: resetProfile } = updateProfile;
  const { mutateAsync: writeAccount, reset: resetAccount } = updateAccount;
  const save = useCallback(
    async (values: Readonly<Record<string, ProfileFieldValue>>) => {
      resetProfile();
      resetAccount();
      const issues = validate(values);
      if (Object.keys(issues).length > 0) return { status: 'invalid', issues } as const;
      // `customData` is replaced whole (facts §4): merge with the server's copy as of now, not
      // the cached one, so a key another tab or the app's backend wrote meanwhile is kept.
      const latest = await kit.queryClient.fetchQuery({
        ...accountQueries.myAccount(kit.client),
        staleTime: 0,
      });
      const edited = editable
        .filter((field) => field.name in values)
        .map((field) => field.definition);
      const writes = buildProfileFieldWrites(edited, values, latest);
      if (!writes.profile && !writes.account) return { status: 'unchanged' } as const;
      // One request after the other: after a failure a retry recomputes the bodies against the
      // server, so what was already written is not sent again.
      if (writes.profile) await writeProfile(writes.profile);
      if (writes.account) await writeAccount(writes.account);
      return { status: 'saved' } as const;
    },
    [kit, editable, validate, writeProfile, writeAccount, resetProfile, resetAccount],
  );

  return {
    fields,
    isLoading: settings.isPending || (definitions !== null && account.isPending),
    validate,
    save,
    isSaving: updateProfile.isPending || updateAccount.isPending,
    error: updateProfile.error ?? updateAccount.error,
  };
}
