/** Command-line options of the doctor, validated into {@link DoctorOptions}. */

import { parseArgs } from 'node:util';

/** What an app can want from the account center (`--features`). */
export const FEATURES = [
  'profile',
  'email',
  'phone',
  'password',
  'social',
  'passkeys',
  'totp',
  'backup-codes',
  'sessions',
  'apps',
  'custom-fields',
] as const;
export type Feature = (typeof FEATURES)[number];

/** Account-center field keys (`fields` of `PATCH /api/account-center`). */
export const FIELD_KEYS = [
  'name',
  'avatar',
  'profile',
  'email',
  'phone',
  'password',
  'username',
  'social',
  'customData',
  'mfa',
  'passkey',
  'session',
] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];
export type FieldLevel = 'Off' | 'ReadOnly' | 'Edit';
const LEVELS: readonly FieldLevel[] = ['Off', 'ReadOnly', 'Edit'];

/** The account-center fields each feature needs. */
export const FEATURE_FIELDS: Record<Feature, FieldKey[]> = {
  profile: ['name', 'avatar', 'profile', 'username'],
  email: ['email'],
  phone: ['phone'],
  password: ['password'],
  social: ['social'],
  passkeys: ['passkey'],
  totp: ['mfa'],
  'backup-codes': ['mfa'],
  sessions: ['session'],
  apps: ['session'],
  'custom-fields': ['customData'],
};

/** Validated options. */
export interface DoctorOptions {
  /** Tenant endpoint, no trailing slash (e.g. `https://tenant.logto.app`). */
  endpoint: string;
  appId: string;
  secret: string;
  /** The app's origin (`https://app.example`). */
  origin: string;
  spaAppId: string;
  /** Sign-in callback to register on the SPA (default `<origin>/callback`). */
  redirectUri: string;
  features: Feature[];
  /** Levels given with `--fields` (the others default to `Edit` when a fix needs them). */
  fields: Partial<Record<FieldKey, FieldLevel>>;
  fix: boolean;
  yes: boolean;
  json: boolean;
}

/** Bad input: a one-line message, exit code 2. */
export class DoctorInputError extends Error {
  override readonly name = 'DoctorInputError';
}

export const USAGE = `Usage: ACCOUNT_CENTER_DOCTOR_SECRET=… npx @account-center/doctor \\
    --endpoint https://tenant.logto.app --app-id <m2m app id> \\
    --origin https://app.example --spa-app-id <spa app id> \\
    [--redirect-uri https://app.example/callback] [--features email,passkeys,…] \\
    [--fields email=Edit,phone=ReadOnly,…] [--fix] [--yes] [--json]

  The machine-to-machine app needs the "Logto Management API access" role. Its secret comes from
  ACCOUNT_CENTER_DOCTOR_SECRET or stdin (--secret works too, but shows in ps and shell history).

  --features      ${FEATURES.join(', ')} (default: all)
  --fields        levels --fix sets: <field>=Off|ReadOnly|Edit, fields: ${FIELD_KEYS.join(', ')}
  --fix           apply the safe fixes after showing the diff and asking (--yes: do not ask)
  --json          machine-readable report on stdout

  Exit codes: 0 ready, 1 something the chosen features need is missing, 2 bad input.`;

function parseUrl(flag: string, value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new DoctorInputError(`--${flag} must be an absolute URL, got "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new DoctorInputError(`--${flag} must be an http(s) URL, got "${value}"`);
  return url;
}

/** The raw flags, before the secret is resolved. */
export interface ParsedArgs {
  options: Omit<DoctorOptions, 'secret'>;
  /** `--secret` (discouraged). */
  secretFlag: string | undefined;
  help: boolean;
}

/** Parses and validates argv (without the node/script prefix). */
export function parseDoctorArgs(argv: string[]): ParsedArgs {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv.filter((arg) => arg !== '--'),
      options: {
        endpoint: { type: 'string' },
        'app-id': { type: 'string' },
        secret: { type: 'string' },
        origin: { type: 'string' },
        'spa-app-id': { type: 'string' },
        'redirect-uri': { type: 'string' },
        features: { type: 'string' },
        fields: { type: 'string' },
        fix: { type: 'boolean', default: false },
        yes: { type: 'boolean', short: 'y', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw new DoctorInputError(error instanceof Error ? error.message : String(error));
  }
  const help = values.help === true;
  const string = (name: string) => (typeof values[name] === 'string' ? values[name] : undefined);
  const json = values.json === true;
  if (help)
    return {
      help,
      secretFlag: undefined,
      options: {
        endpoint: '',
        appId: '',
        origin: '',
        spaAppId: '',
        redirectUri: '',
        features: [...FEATURES],
        fields: {},
        fix: false,
        yes: false,
        json,
      },
    };
  for (const required of ['endpoint', 'app-id', 'origin', 'spa-app-id']) {
    if (!string(required)?.trim()) throw new DoctorInputError(`--${required} is required`);
  }
  const endpointUrl = parseUrl('endpoint', string('endpoint')!);
  const endpoint = `${endpointUrl.origin}${endpointUrl.pathname.replace(/\/+$/, '')}`;
  const originUrl = parseUrl('origin', string('origin')!);
  if (originUrl.pathname !== '/' || originUrl.search || originUrl.hash)
    throw new DoctorInputError(
      `--origin must be an origin without a path (${originUrl.origin}), got "${string('origin')}"`,
    );
  const origin = originUrl.origin;
  const redirectUri = string('redirect-uri')
    ? parseUrl('redirect-uri', string('redirect-uri')!).href
    : `${origin}/callback`;

  const featureList = string('features');
  const features = featureList
    ? featureList
        .split(',')
        .map((feature) => feature.trim().toLowerCase().replace(/\s+/g, '-'))
        .filter(Boolean)
    : [...FEATURES];
  for (const feature of features) {
    if (!(FEATURES as readonly string[]).includes(feature))
      throw new DoctorInputError(
        `unknown feature "${feature}" in --features (known: ${FEATURES.join(', ')})`,
      );
  }

  const fields: Partial<Record<FieldKey, FieldLevel>> = {};
  for (const entry of (string('fields') ?? '').split(',').filter((item) => item.trim())) {
    const [key = '', level = ''] = entry.split('=').map((part) => part.trim());
    if (!(FIELD_KEYS as readonly string[]).includes(key))
      throw new DoctorInputError(
        `unknown field "${key}" in --fields (known: ${FIELD_KEYS.join(', ')})`,
      );
    const normalized = LEVELS.find((candidate) => candidate.toLowerCase() === level.toLowerCase());
    if (!normalized)
      throw new DoctorInputError(
        `--fields ${key}: level must be Off, ReadOnly or Edit, got "${level}"`,
      );
    fields[key as FieldKey] = normalized;
  }

  return {
    help,
    secretFlag: string('secret'),
    options: {
      endpoint,
      appId: string('app-id')!.trim(),
      origin,
      spaAppId: string('spa-app-id')!.trim(),
      redirectUri,
      features: [...new Set(features)] as Feature[],
      fields,
      fix: values.fix === true,
      yes: values.yes === true,
      json,
    },
  };
}
