import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fetchAccountCenterSettings } from '../operations/well-known.js';
import type { Account } from '../schemas/account.js';
import { accountSchema } from '../schemas/account.js';
import { customProfileFieldSchema } from '../schemas/profile-fields.js';
import type { CustomProfileField } from '../schemas/profile-fields.js';
import { accountCenterSettingsSchema, signInExperienceSchema } from '../schemas/well-known.js';
import { startScriptedServer } from '../test-utils/http-server.js';
import {
  buildProfileFieldWrites,
  formatDateValue,
  logtoOptionLabelKey,
  logtoProfileLabelKey,
  parseDateValue,
  profileFieldLabel,
  profileFieldStatus,
  profileFieldStorage,
  readProfileFieldValue,
  resolveProfileFields,
  validateProfileField,
} from './index.js';

/** Recorded from a real Logto 1.42 server; kept in the repository (see the folder's README). */
const recordedPath = fileURLToPath(
  new URL('../../../mock/fixtures/logto-1.42/recorded-tenant-config.json', import.meta.url),
);

interface RecordedCase {
  label: string;
  request: { method: string; path: string; body: unknown };
  status: number;
  body: unknown;
}

function recorded(label: string): RecordedCase {
  // Fail, never skip: agreement with the real server is the point of these tests.
  if (!existsSync(recordedPath)) throw new Error(`Recordings not found at ${recordedPath}`);
  const cases = (JSON.parse(readFileSync(recordedPath, 'utf8')) as { cases: RecordedCase[] }).cases;
  const found = cases.find((entry) => entry.label === label);
  if (!found) throw new Error(`No recorded case "${label}"`);
  return found;
}

const signInExperience = signInExperienceSchema.parse(
  recorded(
    'well-known sign-in-exp (catalog created, signUpProfileFields null, account center subset set)',
  ).body,
);
const accountCenter = accountCenterSettingsSchema.parse(
  recorded('well-known account-center (profileFields subset)').body,
);
const catalogue = (signInExperience.customProfileFieldCatalog as unknown[]).map((row) =>
  customProfileFieldSchema.parse(row),
);
const field = (name: string) => catalogue.find((entry) => entry.name === name)!;

describe('the documents as a real Logto 1.42 sends them', () => {
  it('reads the whole catalogue, every type with its config, and the selection', () => {
    expect(catalogue.map((entry) => entry.type).sort()).toEqual(
      expect.arrayContaining([
        'Address',
        'Checkbox',
        'Date',
        'Fullname',
        'Number',
        'Regex',
        'Select',
        'Text',
        'Url',
      ]),
    );
    expect(field('address').config?.parts?.find((part) => part.name === 'country')).toMatchObject({
      type: 'Select',
      required: true,
      config: { options: [{ value: 'GB', label: 'United Kingdom' }, { value: 'FR' }] },
    });
    expect(field('anniversary').config).toMatchObject({
      format: 'custom',
      customFormat: 'dd.MM.yyyy',
    });
    expect(accountCenter.profileFields?.map(({ name }) => name)).toEqual([
      'plan',
      'fullname',
      'bio',
      'birthdate',
      'newsletter',
      'age',
      'address',
      'employeeId',
      'portfolio',
      'gender',
      'name',
    ]);
  });

  it('fetchAccountCenterSettings hands over the catalogue and the selection', async () => {
    const server = await startScriptedServer();
    try {
      for (const label of [
        'well-known sign-in-exp (catalog created, signUpProfileFields null, account center subset set)',
        'well-known account-center (profileFields subset)',
      ]) {
        const { request, body } = recorded(label);
        server.reply({ path: request.path, status: 200, body });
      }
      const settings = await fetchAccountCenterSettings(server.endpoint);
      expect(
        resolveProfileFields(
          settings.signInExperience.customProfileFieldCatalog,
          settings.accountCenter.profileFields,
        )?.map((entry) => entry.name),
      ).toEqual(accountCenter.profileFields?.map(({ name }) => name));
    } finally {
      await server.close();
    }
  });

  it('a catalogue row the kit cannot read leaves the rest of the sign-in experience readable', () => {
    const body = recorded(
      'well-known sign-in-exp (catalog created, signUpProfileFields null, account center subset set)',
    ).body as { customProfileFieldCatalog: unknown[] };
    const phone = { name: 'phoneExt', type: 'Phone', label: 'x', required: false, config: {} };
    const parsed = signInExperienceSchema.parse({
      ...body,
      customProfileFieldCatalog: [...body.customProfileFieldCatalog, phone],
    });
    expect(parsed.mfa?.factors).toContain('Totp');
    // Not selected: the selected fields are shown.
    expect(
      resolveProfileFields(parsed.customProfileFieldCatalog, accountCenter.profileFields),
    ).toHaveLength(accountCenter.profileFields!.length);
    // Selected: the built-in form, rather than a form without that field.
    expect(
      resolveProfileFields(parsed.customProfileFieldCatalog, [
        { name: 'bio' },
        { name: 'phoneExt' },
      ]),
    ).toBe(null);
    expect(resolveProfileFields('not a list', [{ name: 'bio' }])).toBe(null);
  });
});

describe('resolveProfileFields', () => {
  it('shows exactly the selected fields, in the selection order', () => {
    const fields = resolveProfileFields(catalogue, accountCenter.profileFields);
    expect(fields?.map((entry) => entry.name)).toEqual(
      accountCenter.profileFields?.map(({ name }) => name),
    );
  });

  it('keeps the built-in form (null) without a selection or a catalogue', () => {
    expect(resolveProfileFields(catalogue, null)).toBe(null);
    expect(resolveProfileFields(undefined, [{ name: 'bio' }])).toBe(null);
  });

  it('skips names missing from the catalogue and repeated names', () => {
    expect(
      resolveProfileFields(catalogue, [{ name: 'bio' }, { name: 'gone' }, { name: 'bio' }])?.map(
        (entry) => entry.name,
      ),
    ).toEqual(['bio']);
  });
});

describe('validateProfileField agrees with the definitions (the server checks nothing, facts §4)', () => {
  it('accepts every value of the recorded valid saves', () => {
    const customData = (
      recorded('patch customData, valid values for every custom field').request.body as {
        customData: Record<string, unknown>;
      }
    ).customData;
    for (const [name, value] of Object.entries(customData))
      expect([name, validateProfileField(field(name), value)]).toEqual([name, []]);
    const profile = recorded('patch profile, valid values for built-in fields').request.body as {
      address: Record<string, string>;
    } & Record<string, string>;
    for (const name of ['nickname', 'gender', 'birthdate', 'website', 'profile'])
      expect([name, validateProfileField(field(name), profile[name])]).toEqual([name, []]);
    expect(validateProfileField(field('fullname'), profile)).toEqual([]);
    expect(validateProfileField(field('address'), profile.address)).toEqual([]);
  });

  it.each([
    ['age', 'thirty', [{ code: 'not_a_number' }]],
    ['age', 3, [{ code: 'too_small', min: 18 }]],
    ['age', '120', [{ code: 'too_large', max: 99 }]],
    ['bio', 'x'.repeat(50), [{ code: 'too_long', max: 10 }]],
    ['bio', 'x', [{ code: 'too_short', min: 2 }]],
    ['bio', '', [{ code: 'required' }]],
    ['plan', undefined, [{ code: 'required' }]],
    ['plan', 'enterprise', [{ code: 'not_an_option', options: ['free', 'pro', 'team'] }]],
    ['employeeId', 'nope', [{ code: 'pattern_mismatch' }]],
    ['portfolio', 'not a url', [{ code: 'invalid_url' }]],
    ['portfolio', 'javascript:alert(1)', [{ code: 'invalid_url' }]],
    ['joinDate', '31/01/2024', [{ code: 'invalid_date', format: 'yyyy-MM-dd' }]],
    ['joinDate', '2024-02-30', [{ code: 'invalid_date', format: 'yyyy-MM-dd' }]],
    ['anniversary', '2020-02-14', [{ code: 'invalid_date', format: 'dd.MM.yyyy' }]],
    ['birthdate', '1/5/1990', [{ code: 'invalid_date', format: 'MM/dd/yyyy' }]],
    ['newsletter', 'yes', [{ code: 'invalid_type', expected: 'boolean' }]],
    [
      'gender',
      'robot',
      [{ code: 'not_an_option', options: ['female', 'male', 'prefer_not_to_say'] }],
    ],
  ])('%s = %j → %j', (name, value, issues) => {
    expect(validateProfileField(field(name), value)).toEqual(issues);
  });

  it('leaves an optional empty field alone', () => {
    expect(validateProfileField(field('age'), '')).toEqual([]);
    expect(validateProfileField(field('portfolio'), undefined)).toEqual([]);
  });

  it('checks each Fullname / Address part with its own rules and names the part', () => {
    expect(validateProfileField(field('fullname'), { givenName: '', familyName: 'L' })).toEqual([
      { code: 'required', part: 'givenName' },
    ]);
    // `middleName` is disabled: not checked even though it is required.
    expect(validateProfileField(field('fullname'), { givenName: 'A', familyName: 'L' })).toEqual(
      [],
    );
    expect(validateProfileField(field('fullname'), {})).toEqual([{ code: 'required' }]);
    // The address is optional: wholly empty passes although its parts are required once started.
    expect(validateProfileField(field('address'), { streetAddress: '', country: '' })).toEqual([]);
    expect(validateProfileField(field('address'), { country: 'GB' })).toEqual([
      { code: 'required', part: 'streetAddress' },
      { code: 'required', part: 'locality' },
    ]);
    expect(
      validateProfileField(field('address'), {
        streetAddress: '1 Main St',
        locality: 'London',
        postalCode: 'nw1',
        country: 'ZZ',
      }),
    ).toEqual([
      { code: 'pattern_mismatch', part: 'postalCode' },
      { code: 'not_an_option', options: ['GB', 'FR'], part: 'country' },
    ]);
  });

  it('does not throw on an invalid pattern the create route accepted (facts §1)', () => {
    const badRegex = {
      name: 'badRegex',
      type: 'Regex',
      required: false,
      config: { format: '[' },
    } satisfies CustomProfileField;
    expect(validateProfileField(badRegex, 'anything')).toEqual([]);
  });

  it('treats min/max values as integers ≥ 0 (facts §1: the server cannot store others)', () => {
    const temperature = {
      name: 'temp',
      type: 'Number',
      required: false,
      config: { minValue: -10, maxValue: 40 },
    } satisfies CustomProfileField;
    expect(validateProfileField(temperature, -50)).toEqual([]);
    expect(validateProfileField(temperature, 41)).toEqual([{ code: 'too_large', max: 40 }]);
  });
});

describe('dates: stored as the string in the field’s own pattern, as Logto’s pages write it', () => {
  it.each([
    ['MM/dd/yyyy', '12/10/1990', new Date(1990, 11, 10)],
    ['dd/MM/yyyy', '10/12/1990', new Date(1990, 11, 10)],
    ['yyyy-MM-dd', '2024-01-31', new Date(2024, 0, 31)],
    ['dd.MM.yyyy', '14.02.2020', new Date(2020, 1, 14)],
    ["d MMMM yyyy 'at home'", '5 March 2021 at home', new Date(2021, 2, 5)],
    ['MMM d, yyyy', 'Feb 29, 2024', new Date(2024, 1, 29)],
  ])('%s: %s ↔ %s', (pattern, text, date) => {
    expect(parseDateValue(text, pattern)).toEqual(date);
    expect(formatDateValue(date, pattern)).toBe(text);
    expect(formatDateValue(parseDateValue(text, pattern)!, pattern)).toBe(text);
  });

  it('refuses what does not write back the same (no real day, no padding, wrong order)', () => {
    expect(parseDateValue('02/30/2024', 'MM/dd/yyyy')).toBeUndefined();
    expect(parseDateValue('2/3/2024', 'MM/dd/yyyy')).toBeUndefined();
    expect(parseDateValue('Feb 29, 2023', 'MMM d, yyyy')).toBeUndefined();
    expect(parseDateValue('2024-13-01', 'yyyy-MM-dd')).toBeUndefined();
  });

  it('does not block values in a pattern it cannot read (time tokens)', () => {
    const withTime = {
      name: 'meeting',
      type: 'Date',
      required: false,
      config: { format: 'custom', customFormat: 'yyyy-MM-dd HH:mm' },
    } satisfies CustomProfileField;
    expect(validateProfileField(withTime, '2024-01-01 10:00')).toEqual([]);
  });
});

describe('where each value is stored (facts §2)', () => {
  it.each([
    ['name', { at: 'account', key: 'name' }],
    ['avatar', { at: 'account', key: 'avatar' }],
    ['nickname', { at: 'profile', key: 'nickname' }],
    ['birthdate', { at: 'profile', key: 'birthdate' }],
    ['gender', { at: 'profile', key: 'gender' }],
    ['website', { at: 'profile', key: 'website' }],
    ['fullname', { at: 'fullname' }],
    ['address', { at: 'address' }],
    ['bio', { at: 'customData', key: 'bio' }],
    ['newsletter', { at: 'customData', key: 'newsletter' }],
  ])('%s → %j', (name, storage) => {
    expect(profileFieldStorage(field(name))).toEqual(storage);
  });

  it('reads the current values from the recorded account', () => {
    const account = accountSchema.parse(
      recorded('get profile after profile/customData patches').body,
    );
    expect(readProfileFieldValue(field('age'), account)).toBe(30);
    expect(readProfileFieldValue(field('newsletter'), account)).toBe(true);
    expect(readProfileFieldValue(field('anniversary'), account)).toBe('14.02.2020');
    expect(readProfileFieldValue(field('name'), account)).toBe('Ada');
    expect(readProfileFieldValue(field('fullname'), account)).toEqual({
      givenName: 'g'.repeat(150),
      familyName: 'Lovelace',
    });
    expect(readProfileFieldValue(field('address'), account)).toEqual({
      formatted: '',
      streetAddress: '',
      locality: '',
      postalCode: '',
      country: '',
    });
  });

  it('a Checkbox never set shows its defaultValue', () => {
    expect(
      readProfileFieldValue(field('newsletter'), {
        id: 'u',
        hasSecurityVerificationMethod: true,
        customData: {},
      }),
    ).toBe(true);
  });
});

describe('buildProfileFieldWrites', () => {
  const account: Account = {
    id: 'u1',
    hasSecurityVerificationMethod: true,
    name: 'Ada',
    avatar: null,
    profile: {
      givenName: 'Ada',
      familyName: 'Lovelace',
      address: { formatted: 'old', region: 'Greater London', country: 'GB' },
    },
    customData: { bio: 'hello', appTheme: { mode: 'dark' } },
  };
  const fields = resolveProfileFields(catalogue, accountCenter.profileFields)!;

  it('merges customData with the latest server copy: a key the UI does not know survives', () => {
    const writes = buildProfileFieldWrites(
      fields,
      { bio: 'hi there', age: '42', newsletter: false },
      account,
    );
    expect(writes).toEqual({
      account: {
        customData: { bio: 'hi there', age: 42, newsletter: false, appTheme: { mode: 'dark' } },
      },
    });
  });

  it('sends nothing when nothing changes, and only what changed otherwise', () => {
    expect(buildProfileFieldWrites(fields, { bio: 'hello', name: 'Ada' }, account)).toEqual({});
    expect(
      buildProfileFieldWrites(
        fields,
        {
          name: 'Ada King',
          fullname: { givenName: 'Ada', familyName: 'King' },
          birthdate: '12/10/1990',
        },
        account,
      ),
    ).toEqual({
      account: { name: 'Ada King' },
      profile: { familyName: 'King', birthdate: '12/10/1990' },
    });
  });

  it('sends a whole address (a partial one replaces the stored one), keeping parts not shown', () => {
    const writes = buildProfileFieldWrites(
      fields,
      {
        address: {
          formatted: '',
          streetAddress: '1 Main St',
          locality: 'London',
          postalCode: 'NW1 6XE',
          country: 'GB',
        },
      },
      account,
    );
    expect(writes.profile).toEqual({
      address: {
        region: 'Greater London',
        streetAddress: '1 Main St',
        locality: 'London',
        postalCode: 'NW1 6XE',
        country: 'GB',
      },
    });
  });

  it('removes a cleared custom value and clears a name to null', () => {
    expect(buildProfileFieldWrites(fields, { bio: '', name: '' }, account)).toEqual({
      account: { name: null, customData: { appTheme: { mode: 'dark' } } },
    });
  });
});

describe('levels and labels', () => {
  it('hides, shows read-only or lets edit from the governing control (facts §2)', () => {
    const levels = { name: 'ReadOnly', profile: 'Edit', customData: 'Off' } as const;
    expect(profileFieldStatus(field('name'), levels)).toBe('readOnly');
    expect(profileFieldStatus(field('address'), levels)).toBe('editable');
    expect(profileFieldStatus(field('fullname'), levels)).toBe('editable');
    expect(profileFieldStatus(field('bio'), levels)).toBe('hidden');
    // An unset control behaves like Off (§3.1).
    expect(profileFieldStatus(field('avatar'), levels)).toBe('hidden');
  });

  it('uses the catalogue label, else Logto’s label for a built-in, else the name', () => {
    const phrases: Record<string, string> = {
      'profile.fullname': 'Nom complet',
      'profile.givenName': 'Prénom',
      'profile.address.streetAddress': 'Rue',
    };
    const translate = (key: string) => phrases[key];
    expect(profileFieldLabel(field('bio'), translate)).toBe('Short bio');
    expect(profileFieldLabel(field('fullname'), translate)).toBe('Nom complet');
    expect(profileFieldLabel(field('fullname'), translate, 'givenName')).toBe('Prénom');
    // The catalogue's own part label wins.
    expect(profileFieldLabel(field('address'), translate, 'streetAddress')).toBe('Street');
    expect(profileFieldLabel({ name: 'nolabel', type: 'Text', label: '' })).toBe('nolabel');
    expect(logtoProfileLabelKey(field('address'), 'postalCode')).toBe('profile.address.postalCode');
    expect(logtoProfileLabelKey(field('bio'))).toBeUndefined();
    expect(logtoOptionLabelKey(field('gender'), 'male')).toBe('profile.gender_options.male');
  });
});
