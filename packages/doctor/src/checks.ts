/**
 * The check table: from a snapshot of the tenant's settings, one row per requirement of the
 * chosen features (what is wrong, which feature it hides, the one-line fix, the Console page),
 * the safe changes `--fix` would make, and the steps only a person can take.
 */

import type {
  AccountCenterRow,
  ApplicationRow,
  ConnectorRow,
  CustomProfileFieldRow,
  SignInExperienceRow,
} from './management.js';
import type { DoctorOptions, Feature, FieldKey, FieldLevel } from './options.js';
import { FEATURE_FIELDS } from './options.js';

/** What the doctor read from the tenant. */
export interface TenantSnapshot {
  tenantId: string;
  accountCenter: AccountCenterRow;
  signInExperience: SignInExperienceRow;
  connectors: ConnectorRow[];
  spa: ApplicationRow;
  /** `'broken'` when the catalog read answers 500 (facts §1). */
  customProfileFields: CustomProfileFieldRow[] | 'broken';
}

export type CheckStatus = 'ok' | 'warn' | 'fail';

/** One row of the table. */
export interface CheckRow {
  id: string;
  status: CheckStatus;
  /** What is checked (ok) or what is wrong (warn/fail). */
  message: string;
  /** Features this row hides or breaks. */
  features: Feature[];
  /** One-line fix (empty when ok). */
  fix: string;
  /** Where a person makes the fix by hand. */
  consolePage: string;
  /** `--fix` takes care of it. */
  autoFix: boolean;
}

/** One change `--fix` makes. */
export interface PlannedChange {
  method: 'PATCH';
  path: string;
  body: Record<string, unknown>;
  /** `- key: current` / `+ key: next` lines. */
  diff: string[];
}

/** Everything the doctor concluded. */
export interface Diagnosis {
  rows: CheckRow[];
  changes: PlannedChange[];
  manualSteps: string[];
  /** No row fails. */
  ready: boolean;
}

const PAGES = {
  accountCenter: 'Console › Sign-in & account › Account center',
  messageConnectors: 'Console › Connectors › Email and SMS connectors',
  socialConnectors: 'Console › Connectors › Social connectors',
  socialSignIn: 'Console › Sign-in & account › Sign-up and sign-in › Social sign-in',
  mfa: 'Console › Multi-factor auth',
  passwordPolicy: 'Console › Sign-in & account › Password policy',
  profileFields: 'Console › Sign-in & account › Collect user profile',
};

/** Browsers read at most this many registrable-domain labels from `/.well-known/webauthn`. */
export const RELATED_ORIGIN_LABEL_LIMIT = 5;
const TWO_LEVEL_SUFFIXES = /\.(?:co|com|org|net|ac|gov|edu)\.[a-z]{2}$/;

/** The registrable-domain label browsers count (`app.example.com` → `example`); best effort without the PSL. */
export function relatedOriginLabel(origin: string): string | undefined {
  let host: string;
  try {
    host = new URL(origin).hostname;
  } catch {
    return undefined;
  }
  if (/^[\d.]+$/.test(host) || host.startsWith('[') || !host.includes('.')) return host;
  const parts = host.split('.');
  const suffixLength = TWO_LEVEL_SUFFIXES.test(host) ? 2 : 1;
  return parts[parts.length - suffixLength - 1] ?? host;
}

const readable = (level: FieldLevel) => level !== 'Off';

function effectiveLevel(fields: Record<string, string>, key: FieldKey): FieldLevel {
  // `passkey` falls back to `mfa` only when unset (contract §3.1).
  const level = fields[key] ?? (key === 'passkey' ? fields.mfa : undefined);
  return level === 'ReadOnly' || level === 'Edit' ? level : 'Off';
}

/** Evaluates every check for the chosen features. */
export function diagnose(snapshot: TenantSnapshot, options: DoctorOptions): Diagnosis {
  const rows: CheckRow[] = [];
  const manualSteps: string[] = [];
  const wants = (feature: Feature) => options.features.includes(feature);
  const { accountCenter, signInExperience: sie, connectors, spa } = snapshot;
  const applicationPage = `Console › Applications › ${spa.name} › Redirect URIs`;
  const row = (value: Omit<CheckRow, 'fix' | 'consolePage' | 'autoFix'> & Partial<CheckRow>) =>
    rows.push({ fix: '', consolePage: '', autoFix: false, ...value });

  // 1. The account center is enabled.
  const accountCenterPatch: Record<string, unknown> = {};
  const accountCenterDiff: string[] = [];
  if (accountCenter.enabled) {
    row({
      id: 'account-center.enabled',
      status: 'ok',
      message: 'The account center is enabled',
      features: [],
    });
  } else {
    row({
      id: 'account-center.enabled',
      status: 'fail',
      message: 'The account center is disabled: the Account API answers 400 to every call',
      features: [...options.features],
      fix: 'Enable the account center (--fix does it)',
      consolePage: PAGES.accountCenter,
      autoFix: true,
    });
    accountCenterPatch.enabled = true;
    accountCenterDiff.push('- enabled: false', '+ enabled: true');
  }

  // 2. Each field has its level.
  const fieldFeatures = new Map<FieldKey, Feature[]>();
  for (const feature of options.features) {
    for (const key of FEATURE_FIELDS[feature])
      fieldFeatures.set(key, [...(fieldFeatures.get(key) ?? []), feature]);
  }
  for (const key of Object.keys(options.fields) as FieldKey[]) {
    if (!fieldFeatures.has(key)) fieldFeatures.set(key, []);
  }
  const fieldChanges: Partial<Record<FieldKey, FieldLevel>> = {};
  for (const [key, features] of fieldFeatures) {
    const current = effectiveLevel(accountCenter.fields, key);
    const explicit = options.fields[key];
    const wanted = explicit ?? 'Edit';
    const inherited = key === 'passkey' && accountCenter.fields.passkey === undefined;
    const shown = `${current}${inherited ? ' (inherited from mfa)' : ''}`;
    if (explicit ? current === explicit : current === 'Edit') {
      row({ id: `field.${key}`, status: 'ok', message: `fields.${key} is ${shown}`, features: [] });
      continue;
    }
    if (!explicit && readable(current)) {
      row({
        id: `field.${key}`,
        status: 'warn',
        message: `fields.${key} is ReadOnly: users see it but cannot change it`,
        features,
        fix: `Run with --fix --fields ${key}=Edit if users should edit it`,
        consolePage: PAGES.accountCenter,
      });
      continue;
    }
    row({
      id: `field.${key}`,
      status: 'fail',
      message: `fields.${key} is ${shown}${explicit ? `, not ${explicit}` : ': the section is hidden'}`,
      features,
      fix: `Set fields.${key} to ${wanted} (--fix does it)`,
      consolePage: PAGES.accountCenter,
      autoFix: true,
    });
    fieldChanges[key] = wanted;
  }
  if (Object.keys(fieldChanges).length) {
    // `fields` is replaced wholesale by the PATCH (recorded), so send every key.
    const next = { ...accountCenter.fields, ...fieldChanges };
    accountCenterPatch.fields = next;
    accountCenterDiff.push(
      `- fields: ${JSON.stringify(accountCenter.fields)}`,
      `+ fields: ${JSON.stringify(next)}`,
    );
  }

  // 3. Passkeys: the origin in webauthnRelatedOrigins, within the browsers' limits.
  if (wants('passkeys')) {
    const origins = accountCenter.webauthnRelatedOrigins;
    const rpId = new URL(options.endpoint).hostname;
    const originHost = new URL(options.origin).hostname;
    const sameSite = originHost === rpId || originHost.endsWith(`.${rpId}`);
    const malformed = origins.filter((entry) => {
      try {
        return new URL(entry).origin !== entry;
      } catch {
        return true;
      }
    });
    if (malformed.length)
      row({
        id: 'passkeys.related-origins-format',
        status: 'warn',
        message: `webauthnRelatedOrigins has entries that are not bare origins and never match: ${malformed.join(', ')}`,
        features: ['passkeys'],
        fix: 'Replace them with scheme://host[:port], no path or trailing slash',
        consolePage: PAGES.accountCenter,
      });
    if (origins.includes(options.origin) || sameSite) {
      row({
        id: 'passkeys.related-origin',
        status: 'ok',
        message: sameSite
          ? `${options.origin} is within the passkey rpId ${rpId}`
          : `webauthnRelatedOrigins contains ${options.origin}`,
        features: [],
      });
    } else {
      row({
        id: 'passkeys.related-origin',
        status: 'fail',
        message: `webauthnRelatedOrigins lacks ${options.origin}: adding a passkey fails with SecurityError (the rpId is ${rpId})`,
        features: ['passkeys'],
        fix: `Add ${options.origin} to webauthnRelatedOrigins (--fix does it)`,
        consolePage: PAGES.accountCenter,
        autoFix: true,
      });
      const next = [...origins, options.origin];
      accountCenterPatch.webauthnRelatedOrigins = next;
      accountCenterDiff.push(
        `- webauthnRelatedOrigins: ${JSON.stringify(origins)}`,
        `+ webauthnRelatedOrigins: ${JSON.stringify(next)}`,
      );
    }
    const labels = new Set(
      [...origins, options.origin]
        .map(relatedOriginLabel)
        .filter((label): label is string => Boolean(label)),
    );
    if (labels.size > RELATED_ORIGIN_LABEL_LIMIT)
      row({
        id: 'passkeys.related-origin-limit',
        status: 'warn',
        message: `webauthnRelatedOrigins spans ${labels.size} site labels (${[...labels].join(', ')}); browsers read only the first ${RELATED_ORIGIN_LABEL_LIMIT}`,
        features: ['passkeys'],
        fix: 'Keep at most 5 distinct registrable domains, your app’s first',
        consolePage: PAGES.accountCenter,
      });
  }

  // 4. The SPA has the callback among its redirect URIs.
  const changes: PlannedChange[] = [];
  if (Object.keys(accountCenterPatch).length)
    changes.push({
      method: 'PATCH',
      path: '/api/account-center',
      body: accountCenterPatch,
      diff: accountCenterDiff,
    });
  if (spa.type !== 'SPA')
    row({
      id: 'spa.type',
      status: 'warn',
      message: `Application ${spa.id} is a ${spa.type} app, not a SPA`,
      features: [],
      fix: 'Pass the id of the single-page app the browser signs in with as --spa-app-id',
      consolePage: applicationPage,
    });
  const redirectUris = spa.oidcClientMetadata.redirectUris;
  if (redirectUris.includes(options.redirectUri)) {
    row({
      id: 'spa.redirect-uri',
      status: 'ok',
      message: `Application "${spa.name}" accepts ${options.redirectUri}`,
      features: [],
    });
  } else {
    row({
      id: 'spa.redirect-uri',
      status: 'fail',
      message: `Application "${spa.name}" lacks the redirect URI ${options.redirectUri}: sign-in fails before the account page`,
      features: [...options.features],
      fix: `Add ${options.redirectUri} to its redirect URIs (--fix does it)`,
      consolePage: applicationPage,
      autoFix: true,
    });
    const next = [...redirectUris, options.redirectUri];
    // `oidcClientMetadata` is validated and stored as a whole (recorded): send every key.
    changes.push({
      method: 'PATCH',
      path: `/api/applications/${encodeURIComponent(spa.id)}`,
      body: { oidcClientMetadata: { ...spa.oidcClientMetadata, redirectUris: next } },
      diff: [
        `- oidcClientMetadata.redirectUris: ${JSON.stringify(redirectUris)}`,
        `+ oidcClientMetadata.redirectUris: ${JSON.stringify(next)}`,
      ],
    });
  }

  // 5. Email and SMS connectors.
  const connectorRow = (feature: 'email' | 'phone', type: 'Email' | 'Sms') => {
    const present = connectors.some((connector) => connector.type === type);
    const noun = type === 'Email' ? 'an Email' : 'an SMS';
    row(
      present
        ? {
            id: `connector.${type.toLowerCase()}`,
            status: 'ok',
            message: `${noun} connector is set up`,
            features: [],
          }
        : {
            id: `connector.${type.toLowerCase()}`,
            status: 'fail',
            message: `No ${type === 'Email' ? 'Email' : 'SMS'} connector: verification codes cannot be sent, so ${feature} changes fail`,
            features: [feature],
            fix: `Add ${noun} connector (the doctor never creates connectors)`,
            consolePage: PAGES.messageConnectors,
          },
    );
  };
  if (wants('email')) connectorRow('email', 'Email');
  if (wants('phone')) connectorRow('phone', 'Sms');

  // 6. Social connectors a browser can use, in the sign-in experience.
  if (wants('social')) {
    const usable = connectors.filter(
      (connector) => connector.type === 'Social' && connector.platform !== 'Native',
    );
    const targets = sie.socialSignInConnectorTargets ?? [];
    const listed = usable.filter((connector) => targets.includes(connector.target));
    const unlisted = usable.filter((connector) => !targets.includes(connector.target));
    if (usable.length === 0)
      row({
        id: 'social.connectors',
        status: 'fail',
        message: 'No social connector a browser can use (Web or Universal)',
        features: ['social'],
        fix: 'Add a social connector, then add it to the sign-in experience',
        consolePage: PAGES.socialConnectors,
      });
    else if (listed.length === 0)
      row({
        id: 'social.connectors',
        status: 'fail',
        message: `No social connector is in the sign-in experience (${unlisted.map((c) => c.target).join(', ')} exist), so the account center lists none`,
        features: ['social'],
        fix: 'Add them under Social sign-in (changes the sign-in page too, so the doctor leaves it to you)',
        consolePage: PAGES.socialSignIn,
      });
    else {
      row({
        id: 'social.connectors',
        status: unlisted.length ? 'warn' : 'ok',
        message: unlisted.length
          ? `Social connectors outside the sign-in experience are not offered: ${unlisted.map((c) => c.target).join(', ')}`
          : `Social connectors offered: ${listed.map((c) => c.target).join(', ')}`,
        features: unlisted.length ? ['social'] : [],
        ...(unlisted.length
          ? {
              fix: 'Add them under Social sign-in if users should link them',
              consolePage: PAGES.socialSignIn,
            }
          : {}),
      });
      for (const connector of listed)
        manualSteps.push(
          `At ${connector.name?.en ?? connector.target} (the provider's own console, not Logto): allow the URL of the page that shows the account center (e.g. ${options.origin}/account) as a redirect URI; the kit sends the page URL as redirect_uri when linking.`,
        );
    }
  }

  // 7. MFA factors.
  const factors = sie.mfa?.factors ?? [];
  const factorRow = (feature: Feature, ok: boolean, id: string, what: string) =>
    row(
      ok
        ? { id, status: 'ok', message: `${what} is an enabled factor`, features: [] }
        : {
            id,
            status: 'fail',
            message: `${what} is not an enabled MFA factor: binding it answers 400 session.mfa.mfa_factor_not_enabled`,
            features: [feature],
            fix: `Enable ${what} under Multi-factor auth (it changes sign-in, so the doctor leaves it to you)`,
            consolePage: PAGES.mfa,
          },
    );
  if (wants('totp'))
    factorRow('totp', factors.includes('Totp'), 'mfa.totp', 'Authenticator app (Totp)');
  if (wants('backup-codes'))
    factorRow(
      'backup-codes',
      factors.includes('BackupCode'),
      'mfa.backup-codes',
      'Backup codes (BackupCode)',
    );
  if (wants('passkeys'))
    factorRow(
      'passkeys',
      factors.includes('WebAuthn') || sie.passkeySignIn?.enabled === true,
      'mfa.passkeys',
      'Passkeys (WebAuthn factor or passkey sign-in)',
    );

  // 8. Breached-password check.
  if (wants('password')) {
    const pwned = sie.passwordPolicy?.rejects?.pwned !== false;
    row(
      pwned
        ? {
            id: 'password.pwned',
            status: 'warn',
            message:
              'The breached-password check (rejects.pwned) is on: a server without internet answers 500 to every password change',
            features: ['password'],
            fix: 'Keep it if the server reaches the internet; otherwise turn off "Reject breached passwords"',
            consolePage: PAGES.passwordPolicy,
          }
        : {
            id: 'password.pwned',
            status: 'ok',
            message: 'Breached-password check is off',
            features: [],
          },
    );
  }

  // 9. Custom profile fields.
  if (wants('custom-fields')) {
    const catalog = snapshot.customProfileFields;
    if (catalog === 'broken') {
      row({
        id: 'custom-fields.catalog',
        status: 'warn',
        message:
          'The custom-field catalog answers 500: a Number field stores a negative or fractional min/max, so /api/.well-known/sign-in-exp answers 500 too',
        features: ['custom-fields'],
        fix: 'Set that field’s min/max to whole numbers ≥ 0 (or delete and recreate it)',
        consolePage: PAGES.profileFields,
      });
    } else if (catalog.length === 0) {
      row({
        id: 'custom-fields.catalog',
        status: 'warn',
        message: 'No custom profile fields are defined',
        features: ['custom-fields'],
        fix: 'Define fields if the app wants them',
        consolePage: PAGES.profileFields,
      });
    } else {
      const selection = accountCenter.profileFields;
      if (selection === null)
        row({
          id: 'custom-fields.profile-fields',
          status: 'warn',
          message: `${catalog.length} custom profile field(s) exist but profileFields is null, so the account center shows none`,
          features: ['custom-fields'],
          fix: 'Choose the fields the account center shows (profileFields)',
          consolePage: PAGES.accountCenter,
        });
      else
        row({
          id: 'custom-fields.profile-fields',
          status: 'ok',
          message: `The account center shows ${selection.length} custom field(s)`,
          features: [],
        });
      const selected = new Set((selection ?? []).map((field) => field.name));
      const address = catalog.filter(
        (field) =>
          selected.has(field.name) && (field.type === 'Address' || field.name === 'address'),
      );
      if (address.length)
        row({
          id: 'custom-fields.address-scope',
          status: 'warn',
          message: `Address field(s) selected (${address.map((field) => field.name).join(', ')}): without the "address" scope they are hidden and saving answers 400`,
          features: ['custom-fields'],
          fix: 'Request the "address" scope when the app signs in',
          consolePage: 'Your app’s Logto SDK config (scopes)',
        });
    }
  }

  for (const item of rows) {
    if (item.status !== 'ok' && !item.autoFix)
      manualSteps.push(`${item.fix} — ${item.consolePage}`);
  }
  return { rows, changes, manualSteps, ready: !rows.some((item) => item.status === 'fail') };
}
