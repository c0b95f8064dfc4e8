/**
 * The tenant-configuration seed options and admin controls (custom profile fields, branding,
 * language, username and MFA policies, trusted devices, native connectors): what an app sees in
 * the well-known documents and the Account API after each. The answers themselves are checked
 * against the recorded server in `recorded-tenant-config.test.ts`.
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordedCustomProfileFields } from './custom-profile-fields.js';
import { GITHUB_CONNECTOR_ID, GOOGLE_CONNECTOR_ID, allFields, demoUserSeed } from './seed.js';
import { createAccountApiSimulator } from './simulator.js';
import { createHarness } from './test-utils/harness.js';

const recorded = JSON.parse(
  readFileSync(
    new URL('../fixtures/logto-1.42/recorded-tenant-config.json', import.meta.url),
    'utf8',
  ),
) as { cases: { label: string; body: Record<string, unknown> }[] };

const names = (list: { name: string }[] | null) => list && list.map((item) => item.name);

async function documents(harness: ReturnType<typeof createHarness>) {
  const signInExperience = await harness.call('GET', '/api/.well-known/sign-in-exp', {
    token: null,
  });
  const accountCenter = await harness.call('GET', '/api/.well-known/account-center', {
    token: null,
  });
  return { signIn: signInExperience.body, accountCenter: accountCenter.body };
}

describe('custom profile fields: catalogue and selection', () => {
  it('seeds the recorded catalogue: the same rows Logto published, one of each of the 9 types', async () => {
    const harness = createHarness({
      seed: { management: { customProfileFields: recordedCustomProfileFields() } },
    });
    const { signIn } = await documents(harness);
    const recordedCatalog = recorded.cases.find((item) =>
      item.label.startsWith('well-known sign-in-exp after deleting it'),
    )!.body.customProfileFieldCatalog as Record<string, unknown>[];
    const strip = (rows: Record<string, unknown>[]) =>
      rows.map(({ id: _id, createdAt: _createdAt, tenantId: _tenantId, ...row }) => row);
    expect(strip(signIn.customProfileFieldCatalog)).toEqual(strip(recordedCatalog));
    expect(
      new Set(signIn.customProfileFieldCatalog.map((row: { type: string }) => row.type)).size,
    ).toBe(9);
    // `signUpProfileFields: null` = the whole catalogue is the sign-up subset.
    expect(signIn.signUpProfileFields).toBeNull();
    expect(names(signIn.customProfileFields)).toEqual(names(signIn.customProfileFieldCatalog));
  });

  it('keeps both documents on one catalogue: admin changes show in both at once', async () => {
    const harness = createHarness();
    const { admin } = harness.simulator;
    admin.upsertCustomProfileField({ name: 'department', type: 'Text', label: 'Department' });
    admin.upsertCustomProfileField({
      name: 'plan',
      type: 'Select',
      config: { options: [{ value: 'free' }, { value: 'pro' }] },
    });
    admin.updateAccountCenter({
      profileFields: [{ name: 'plan' }, { name: 'notInCatalog' }, { name: 'department' }],
    });
    admin.updateSignInExperience({ signUpProfileFields: [{ name: 'plan' }] });
    let { signIn, accountCenter } = await documents(harness);
    expect(names(signIn.customProfileFieldCatalog)).toEqual(['department', 'plan']);
    expect(signIn.customProfileFieldCatalog[0]).toMatchObject({
      label: 'Department',
      description: null,
      required: false,
      config: {},
      sieOrder: 1,
    });
    expect(names(signIn.customProfileFields)).toEqual(['plan']);
    // Unknown names are dropped silently; the chosen order stays.
    expect(names(accountCenter.profileFields)).toEqual(['plan', 'department']);

    admin.removeCustomProfileField('plan');
    ({ signIn, accountCenter } = await documents(harness));
    expect(names(signIn.customProfileFieldCatalog)).toEqual(['department']);
    expect(names(accountCenter.profileFields)).toEqual(['department']);
    expect(signIn.signUpProfileFields).toEqual([]);
  });

  it('refuses duplicate names in the selection, and null means no selection', async () => {
    const harness = createHarness();
    const { admin } = harness.simulator;
    admin.upsertCustomProfileField({ name: 'bio', type: 'Text' });
    expect(() =>
      admin.updateAccountCenter({ profileFields: [{ name: 'bio' }, { name: 'bio' }] }),
    ).toThrow(/duplicate/);
    admin.updateAccountCenter({ profileFields: null });
    expect((await documents(harness)).accountCenter.profileFields).toBeNull();
  });

  it('orders by sieOrder; a tie lists the field that was not moved first (recorded)', () => {
    const harness = createHarness();
    const { admin } = harness.simulator;
    for (const name of ['bio', 'age', 'plan'])
      admin.upsertCustomProfileField({ name, type: 'Text' });
    const order = admin.setCustomProfileFieldOrder([
      { name: 'plan', sieOrder: 1 },
      { name: 'bio', sieOrder: 2 },
    ]);
    expect(order.map((row) => [row.name, row.sieOrder])).toEqual([
      ['plan', 1],
      ['age', 2],
      ['bio', 2],
    ]);
  });

  it('answers the catalogue routes of the Management API from the same state', async () => {
    const harness = createHarness();
    harness.simulator.admin.upsertCustomProfileField({ name: 'bio', type: 'Text' });
    const { signIn } = await documents(harness);
    const alias = await harness.call('GET', '/api/.well-known/experience', { token: null });
    expect(alias.body.customProfileFieldCatalog).toEqual(signIn.customProfileFieldCatalog);
  });
});

describe('values: stored where Logto stores them, never validated against the catalogue', () => {
  it('accepts any customData object and replaces the whole object; keeps profile.address whole', async () => {
    const harness = createHarness({
      seed: { management: { customProfileFields: recordedCustomProfileFields() } },
    });
    await harness.call('PATCH', '/api/my-account', {
      body: { customData: { appOwned: 'kept?', age: 'thirty' } },
    });
    const replaced = await harness.call('PATCH', '/api/my-account', {
      body: { customData: { plan: 'not-an-option' } },
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body.customData).toEqual({ plan: 'not-an-option' });
    await harness.call('PATCH', '/api/my-account/profile', {
      body: { address: { locality: 'London', country: 'ZZ' } },
    });
    const address = await harness.call('PATCH', '/api/my-account/profile', {
      body: { address: { region: 'Greater London' } },
    });
    expect(address.body.address).toEqual({ region: 'Greater London' });
    const notString = await harness.call('PATCH', '/api/my-account/profile', {
      body: { gender: 3 },
    });
    expect(notString.status).toBe(400);
    expect(notString.body.code).toBe('guard.invalid_input');
  });
});

describe('branding, language and phrases', () => {
  it('publishes the seeded branding, colours and languageInfo', async () => {
    const harness = createHarness({
      seed: {
        signInExperience: {
          branding: {
            logoUrl: 'https://brand.example/logo.svg',
            darkLogoUrl: 'https://brand.example/dark.svg',
          },
          color: { primaryColor: '#FF5733', isDarkModeEnabled: true, darkPrimaryColor: '#33C1FF' },
          languageInfo: { autoDetect: false, fallbackLanguage: 'fr' },
        },
      },
    });
    const { signIn } = await documents(harness);
    expect(signIn.branding).toEqual({
      logoUrl: 'https://brand.example/logo.svg',
      darkLogoUrl: 'https://brand.example/dark.svg',
    });
    expect(signIn.color).toEqual({
      primaryColor: '#FF5733',
      isDarkModeEnabled: true,
      darkPrimaryColor: '#33C1FF',
    });
    expect(signIn.languageInfo).toEqual({ autoDetect: false, fallbackLanguage: 'fr' });
    const phrases = await harness.call('GET', '/api/.well-known/phrases', {
      token: null,
      headers: { 'accept-language': 'de' },
    });
    // autoDetect off: the browser's language is ignored.
    expect(phrases.headers.get('content-language')).toBe('fr');
    expect(phrases.body.translation.profile.gender).toBe('Genre');
  });

  it('merges custom phrases set through the admin control over the built-in ones', async () => {
    const harness = createHarness();
    harness.simulator.admin.setCustomPhrases('de', { profile: { gender: 'Anrede' } });
    const phrases = await harness.call('GET', '/api/.well-known/phrases?lng=de', { token: null });
    expect(phrases.body.languageTag).toBe('de');
    expect(phrases.body.translation.profile).toMatchObject({
      gender: 'Anrede',
      birthdate: 'Geburtsdatum',
    });
    harness.simulator.admin.setCustomPhrases('de', null);
    const plain = await harness.call('GET', '/api/.well-known/phrases?lng=de', { token: null });
    expect(plain.body).not.toHaveProperty('languageTag');
  });
});

describe('username policy (Logto shape)', () => {
  it('publishes the policy and enforces it, case-insensitively when caseSensitive is false', async () => {
    const harness = createHarness();
    const { admin } = harness.simulator;
    const policy = {
      caseSensitive: false,
      minLength: 3,
      maxLength: 20,
      allowedChars: { lowercase: true, uppercase: true, numbers: false, underscore: true },
    };
    admin.updateSignInExperience({ usernamePolicy: policy });
    expect((await documents(harness)).signIn.usernamePolicy).toEqual(policy);
    const verificationId = await harness.passwordRecord();
    const numbers = await harness.call('PATCH', '/api/my-account', {
      body: { username: 'ada1' },
      verificationId,
    });
    expect(numbers.status).toBe(422);
    expect(numbers.body.code).toBe('user.username_numbers_not_allowed');
    // grace_hopper is taken; with caseSensitive false, Grace_Hopper is the same name.
    const taken = await harness.call('PATCH', '/api/my-account', {
      body: { username: 'Grace_Hopper' },
      verificationId,
    });
    expect(taken.body.code).toBe('user.username_already_in_use');
  });
});

describe('persisted tenants', () => {
  it('rebuilds a tenant stored with the old username-policy shape instead of failing on it', async () => {
    const stored = createAccountApiSimulator().getState() as unknown as {
      signInExperience: Record<string, unknown>;
    };
    stored.signInExperience.usernamePolicy = { minLength: 1, allowUppercase: true };
    const items = new Map([['old', JSON.stringify(stored)]]);
    const storage = {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
      removeItem: (key: string) => void items.delete(key),
    };
    const simulator = createAccountApiSimulator({ persist: { storage, key: 'old' } });
    expect(simulator.admin.getSignInExperience().usernamePolicy.allowedChars).toEqual({
      lowercase: true,
      uppercase: true,
      numbers: true,
      underscore: true,
    });
  });
});

describe('MFA policies and factors', () => {
  it('publishes every policy value, the organization policy, adaptive MFA and the code factors', async () => {
    const harness = createHarness({
      seed: {
        signInExperience: {
          mfa: {
            factors: ['Totp', 'EmailVerificationCode', 'PhoneVerificationCode'],
            policy: 'PromptOnlyAtSignInMandatory',
            organizationRequiredMfaPolicy: 'Mandatory',
          },
          adaptiveMfa: { enabled: true },
        },
      },
    });
    const { signIn } = await documents(harness);
    expect(signIn.mfa).toEqual({
      factors: ['Totp', 'EmailVerificationCode', 'PhoneVerificationCode'],
      policy: 'PromptOnlyAtSignInMandatory',
      organizationRequiredMfaPolicy: 'Mandatory',
    });
    expect(signIn.adaptiveMfa).toEqual({ enabled: true });
  });
});

describe('trusted devices and native connectors', () => {
  it('switches dev features: the routes, the field and the document key', async () => {
    const harness = createHarness({
      seed: {
        devFeatures: true,
        accountCenter: { fields: allFields('Edit', true) },
        users: [{ ...demoUserSeed(), trustedDevices: [{ id: 'device-1', userAgent: 'Firefox' }] }],
      },
    });
    const verificationId = await harness.passwordRecord();
    const listed = await harness.call('GET', '/api/my-account/trusted-devices', {
      verificationId,
    });
    expect(listed.status).toBe(200);
    expect(listed.body.map((device: { id: string }) => device.id)).toEqual(['device-1']);
    expect((await documents(harness)).signIn).toHaveProperty('trustedDevice', {});

    harness.simulator.admin.setDevFeatures(false);
    const gone = await harness.call('GET', '/api/my-account/trusted-devices', {
      verificationId,
    });
    expect(gone.status).toBe(404);
    const { signIn, accountCenter } = await documents(harness);
    expect(signIn).not.toHaveProperty('trustedDevice');
    expect(accountCenter.fields).not.toHaveProperty('trustedDevice');
  });

  it('takes the platform from the social connector seed', async () => {
    const harness = createHarness({
      seed: {
        socialConnectors: [
          { id: 'mock-apple', target: 'apple', name: 'Apple', platform: 'Native' },
          { id: 'mock-slack', target: 'slack', name: 'Slack' },
        ],
      },
    });
    harness.simulator.admin.upsertSocialConnector({
      id: 'mock-line',
      target: 'line',
      name: 'LINE',
      platform: 'Native',
    });
    const { signIn } = await documents(harness);
    expect(
      signIn.socialConnectors.map((connector: { platform: string }) => connector.platform),
    ).toEqual(['Native', 'Universal', 'Native']);
  });

  it('publishes each social connector with its platform; both APIs read one setting', async () => {
    const harness = createHarness({
      seed: { management: { socialPlatforms: { [GITHUB_CONNECTOR_ID]: 'Native' } } },
    });
    harness.simulator.admin.setSocialConnectorPlatform(GOOGLE_CONNECTOR_ID, 'Web');
    const { signIn } = await documents(harness);
    expect(
      signIn.socialConnectors.map((connector: { id: string; platform: string }) => [
        connector.id,
        connector.platform,
      ]),
    ).toEqual([
      [GOOGLE_CONNECTOR_ID, 'Web'],
      [GITHUB_CONNECTOR_ID, 'Native'],
    ]);
  });
});
