import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { allFields, customFieldOfEachType, DEMO_USER_ID, demoUserSeed } from '@account-center/mock';
import type { CustomProfileField } from '@account-center/client';
import type { CustomProfileFieldSeed } from '@account-center/mock';
import { useProfileFields } from './profile-fields.js';
import { setup } from './test-utils/setup.js';

// One field of each of the 9 types, shaped as a real Logto 1.42 lists them in
// `customProfileFieldCatalog` (recorded-tenant-config.json), in `sieOrder`.
const catalogue: CustomProfileField[] = customFieldOfEachType();

// The account center's own order, not the catalogue's.
const selection = [
  'plan',
  'fullname',
  'bio',
  'newsletter',
  'age',
  'address',
  'employeeId',
  'portfolio',
  'anniversary',
  'name',
];

const APP_OWNED = { theme: 'dark', onboarding: { step: 3 } };

function tenant(fields: Parameters<typeof allFields>[0] | Record<string, string> = 'Edit') {
  const t = setup({
    seed: {
      users: [
        {
          ...demoUserSeed(),
          customData: { ...APP_OWNED, bio: 'hello' },
          profile: {
            givenName: 'Ada',
            familyName: 'Lovelace',
            address: { region: 'Greater London' },
          },
        },
      ],
    },
  });
  const accountCenter = t.simulator.admin.getAccountCenter();
  const wrapper = setup.withProvider(t, {
    // The documents as `fetchAccountCenterSettings` hands them over.
    settings: {
      accountCenter: {
        ...accountCenter,
        fields:
          typeof fields === 'string' ? allFields(fields) : { ...allFields('Edit'), ...fields },
        profileFields: selection.map((name) => ({ name })),
      },
      signInExperience: {
        ...t.simulator.admin.getSignInExperience(),
        customProfileFieldCatalog: catalogue,
      },
    } as never,
  });
  return { t, wrapper };
}

const writes = (t: ReturnType<typeof setup>) => [
  ...t.requests('PATCH', '/api/my-account'),
  ...t.requests('PATCH', '/api/my-account/profile'),
];

const validValues = {
  plan: 'pro',
  fullname: { givenName: 'Ada', familyName: 'King' },
  bio: 'hi there',
  newsletter: false,
  age: '36',
  address: { streetAddress: '1 Main St', locality: 'London', postalCode: 'NW1 6XE', country: 'GB' },
  employeeId: 'EMP-1815',
  portfolio: 'https://ada.example/work',
  anniversary: '14.02.2020',
  name: 'Ada King',
};

describe('useProfileFields', () => {
  it('gives the selected fields of all 9 types in the account center’s order, with their values', async () => {
    const { wrapper } = tenant();
    const { result } = renderHook(() => useProfileFields(), { wrapper });
    await waitFor(() => expect(result.current.fields).not.toBeNull());
    const fields = result.current.fields!;
    expect(fields.map((field) => field.name)).toEqual(selection);
    expect(new Set(fields.map((field) => field.definition.type)).size).toBe(9);
    const value = (name: string) => fields.find((field) => field.name === name)?.value;
    expect(value('bio')).toBe('hello');
    // Never set: the Checkbox's defaultValue.
    expect(value('newsletter')).toBe(true);
    expect(value('fullname')).toEqual({ givenName: 'Ada', familyName: 'Lovelace' });
    expect(value('name')).toBe('Ada Lovelace');
    expect(fields.every((field) => field.status === 'editable')).toBe(true);
  });

  it('reads the catalogue and the selection from the well-known documents without a settings prop', async () => {
    const t = setup({ wellKnownCors: 'development' });
    for (const field of catalogue)
      t.simulator.admin.upsertCustomProfileField(field as CustomProfileFieldSeed);
    t.simulator.admin.updateAccountCenter({
      profileFields: [{ name: 'bio' }, { name: 'fullname' }],
    });
    const { result } = renderHook(() => useProfileFields(), { wrapper: t.wrapper });
    await waitFor(() => expect(result.current.fields).not.toBeNull());
    expect(result.current.fields?.map((field) => field.name)).toEqual(['bio', 'fullname']);
    expect(t.requests('GET', '/api/.well-known/sign-in-exp')).toHaveLength(1);
  });

  it('keeps the built-in form (null) when the tenant selected nothing', async () => {
    const t = setup();
    const wrapper = setup.withProvider(t, {
      settings: {
        accountCenter: { ...t.simulator.admin.getAccountCenter(), profileFields: null },
        signInExperience: {
          ...t.simulator.admin.getSignInExperience(),
          customProfileFieldCatalog: catalogue,
        },
      } as never,
    });
    const { result } = renderHook(() => useProfileFields(), { wrapper });
    await waitFor(() => expect(result.current.isLoading).toBe(false));
    expect(result.current.fields).toBeNull();
  });

  it('refuses invalid values with typed issues and sends nothing', async () => {
    const { t, wrapper } = tenant();
    const { result } = renderHook(() => useProfileFields(), { wrapper });
    await waitFor(() => expect(result.current.fields).not.toBeNull());
    let outcome: Awaited<ReturnType<typeof result.current.save>> | undefined;
    await act(async () => {
      outcome = await result.current.save({
        plan: 'enterprise',
        fullname: { givenName: '', familyName: 'King' },
        bio: 'x'.repeat(11),
        newsletter: 'yes' as never,
        age: '3',
        address: {
          streetAddress: '1 Main St',
          locality: 'London',
          postalCode: 'nw1',
          country: 'ZZ',
        },
        employeeId: 'nope',
        portfolio: 'not a url',
        anniversary: '2020-02-14',
      });
    });
    expect(outcome).toEqual({
      status: 'invalid',
      issues: {
        plan: [{ code: 'not_an_option', options: ['free', 'pro', 'team'] }],
        fullname: [{ code: 'required', part: 'givenName' }],
        bio: [{ code: 'too_long', max: 10 }],
        newsletter: [{ code: 'invalid_type', expected: 'boolean' }],
        age: [{ code: 'too_small', min: 18 }],
        address: [
          { code: 'pattern_mismatch', part: 'postalCode' },
          { code: 'not_an_option', options: ['GB', 'FR'], part: 'country' },
        ],
        employeeId: [{ code: 'pattern_mismatch' }],
        portfolio: [{ code: 'invalid_url' }],
        anniversary: [{ code: 'invalid_date', format: 'dd.MM.yyyy' }],
      },
    });
    expect(writes(t)).toEqual([]);
    expect(t.simulator.admin.getUser(DEMO_USER_ID)?.customData).toEqual({
      ...APP_OWNED,
      bio: 'hello',
    });
  });

  it('writes valid values where Logto stores them; app-owned customData keys survive every save', async () => {
    const { t, wrapper } = tenant();
    const { result } = renderHook(() => useProfileFields(), { wrapper });
    await waitFor(() => expect(result.current.fields).not.toBeNull());
    // The app's backend writes a key of its own after the page loaded.
    t.simulator.admin.updateUser(DEMO_USER_ID, {
      customData: { ...APP_OWNED, bio: 'hello', lastSeenBy: 'backend' },
    });
    await act(async () => {
      expect(await result.current.save(validValues)).toEqual({ status: 'saved' });
    });
    const user = t.simulator.admin.getUser(DEMO_USER_ID)!;
    expect(user.name).toBe('Ada King');
    expect(user.profile).toMatchObject({
      givenName: 'Ada',
      familyName: 'King',
      // Sent whole: the region the form does not show is kept.
      address: {
        region: 'Greater London',
        streetAddress: '1 Main St',
        locality: 'London',
        postalCode: 'NW1 6XE',
        country: 'GB',
      },
    });
    expect(user.customData).toEqual({
      ...APP_OWNED,
      lastSeenBy: 'backend',
      plan: 'pro',
      bio: 'hi there',
      newsletter: false,
      age: 36,
      employeeId: 'EMP-1815',
      portfolio: 'https://ada.example/work',
      anniversary: '14.02.2020',
    });
    // The values shown follow the server.
    await waitFor(() =>
      expect(result.current.fields?.find((field) => field.name === 'age')?.value).toBe(36),
    );

    // A second save of one field: only that changes, the app's keys are still there.
    const before = writes(t).length;
    await act(async () => {
      expect(await result.current.save({ bio: 'bye' })).toEqual({ status: 'saved' });
    });
    expect(writes(t).length - before).toBe(1);
    expect(t.simulator.admin.getUser(DEMO_USER_ID)?.customData).toMatchObject({
      ...APP_OWNED,
      lastSeenBy: 'backend',
      bio: 'bye',
      age: 36,
    });

    // Saving what the server already holds sends nothing.
    const settled = writes(t).length;
    await act(async () => {
      expect(await result.current.save({ bio: 'bye', age: 36 })).toEqual({ status: 'unchanged' });
    });
    expect(writes(t).length).toBe(settled);
  });

  it('after a failed save, the retry sends only what is not yet on the server', async () => {
    const { t, wrapper } = tenant();
    const { result } = renderHook(() => useProfileFields(), { wrapper });
    await waitFor(() => expect(result.current.fields).not.toBeNull());
    t.simulator.faults.inject({ route: 'PATCH /api/my-account', status: 500, once: true });
    // `plan` is required and not yet set: every save must carry it.
    const values = {
      plan: 'pro',
      fullname: { givenName: 'Ada', familyName: 'King' },
      bio: 'hi there',
    };
    let failure: unknown;
    await act(async () => {
      failure = await result.current.save(values).catch((caught: unknown) => caught);
    });
    expect(failure).toMatchObject({ status: 500 });
    await waitFor(() => expect(result.current.error).toMatchObject({ status: 500 }));
    // The profile part was written; customData was not.
    expect(t.simulator.admin.getUser(DEMO_USER_ID)?.profile.familyName).toBe('King');
    expect(t.simulator.admin.getUser(DEMO_USER_ID)?.customData).toEqual({
      ...APP_OWNED,
      bio: 'hello',
    });
    await act(async () => {
      expect(await result.current.save(values)).toEqual({ status: 'saved' });
    });
    expect(t.requests('PATCH', '/api/my-account/profile')).toHaveLength(1);
    expect(t.requests('PATCH', '/api/my-account')).toHaveLength(2);
    expect(t.simulator.admin.getUser(DEMO_USER_ID)?.customData).toEqual({
      ...APP_OWNED,
      bio: 'hi there',
      plan: 'pro',
    });
    expect(result.current.error).toBeNull();
  });

  it('follows the levels: Off hides, ReadOnly shows without editing and is never written', async () => {
    const { t, wrapper } = tenant({ customData: 'ReadOnly', name: 'Off' });
    const { result } = renderHook(() => useProfileFields(), { wrapper });
    await waitFor(() => expect(result.current.fields).not.toBeNull());
    const fields = result.current.fields!;
    expect(fields.map((field) => field.name)).not.toContain('name');
    expect(fields.find((field) => field.name === 'bio')?.status).toBe('readOnly');
    expect(fields.find((field) => field.name === 'fullname')?.status).toBe('editable');
    await act(async () => {
      expect(
        await result.current.save({
          bio: 'changed',
          fullname: { givenName: 'Ada', familyName: 'King' },
        }),
      ).toEqual({ status: 'saved' });
    });
    expect(t.requests('PATCH', '/api/my-account')).toEqual([]);
    expect(t.simulator.admin.getUser(DEMO_USER_ID)?.customData).toMatchObject({ bio: 'hello' });
    expect(t.simulator.admin.getUser(DEMO_USER_ID)?.profile.familyName).toBe('King');
  });
});
