/**
 * Development-only console warnings for tenant settings that hide a feature, each naming the
 * doctor (`npx @account-center/doctor … --fix`). Every call site is written out in place as
 * `try { if (process.env.NODE_ENV !== 'production') warn…(…) } catch {}`: bundlers (Vite, Next,
 * webpack) replace `process.env.NODE_ENV`, so a production bundle drops the call and this module
 * (a helper holding the check would not be inlined), a development build warns (Vite's dev server
 * replaces it too, with no `process` in the page, so `typeof process` would not do), and a page
 * without a bundler stays quiet: the `ReferenceError` is caught.
 */
import { isAccountApiError } from '@account-center/client';
import type { AccountClient } from '@account-center/client';
import type { TenantDocuments } from './types.js';

/** Whom a warning is about: the client (warned once per client) and the settings given to the provider. */
interface Scope {
  readonly client: AccountClient;
  readonly settings?: TenantDocuments;
}

/** A tenant setting the kit met that hides a feature. */
export type TenantProblem = 'account-center-disabled' | 'fields-off' | 'passkey-related-origin';

const explain = (problem: TenantProblem, origin: string) =>
  ({
    'account-center-disabled':
      'The account center is disabled on this Logto tenant: every Account API call answers 400 account_center.not_enabled, so the kit hides every section.',
    'fields-off':
      'Every account-center field is Off on this Logto tenant: the kit hides every section (profile, email, phone, password, social, MFA, passkeys, sessions).',
    'passkey-related-origin': `Passkey registration was refused by the browser (SecurityError): this page's origin (${origin}) may not create passkeys for the Logto host, so adding a passkey is not available here. Add the origin to the tenant's account center "webauthnRelatedOrigins" (the browser must also support WebAuthn Related Origin Requests).`,
  })[problem];

// Once per client and problem: a re-render, a refetch or a second attempt says nothing new.
const warned = new WeakMap<AccountClient, Set<TenantProblem>>();

/** The doctor command for this tenant: the endpoint and origin filled in, the app ids as placeholders. */
export function doctorCommand(endpoint: string | undefined, origin: string): string {
  return `ACCOUNT_CENTER_DOCTOR_SECRET=<m2m app secret> npx @account-center/doctor --endpoint ${endpoint || '<logto endpoint>'} --app-id <m2m app id> --origin ${origin} --spa-app-id <spa app id> --fix`;
}

/** Warn once per client about a problem. Development builds only: guard the call site (see above). */
export function warnTenantProblem(kit: Scope, problem: TenantProblem): void {
  const seen = warned.get(kit.client) ?? new Set<TenantProblem>();
  if (seen.has(problem)) return;
  warned.set(kit.client, seen.add(problem));
  const origin = typeof location === 'undefined' ? '<your app origin>' : location.origin;
  console.warn(
    `[account-center] ${explain(problem, origin)} Find and fix it with the doctor (see its README): ${doctorCommand(kit.client.endpoint, origin)}`,
  );
}

/** Warn about what the discovered (or given) settings hide: the account center disabled, or every field Off. */
export function warnSettingsProblems(kit: Scope, settings: TenantDocuments): void {
  const center = settings.accountCenter;
  if (!center) return;
  if (!center.enabled) warnTenantProblem(kit, 'account-center-disabled');
  else if (
    Object.entries(center.fields).every(
      ([field, level]) => field === 'trustedDevice' || level === undefined || level === 'Off',
    )
  )
    warnTenantProblem(kit, 'fields-off');
}

/**
 * Watch a read: settings given to the provider that hide everything (discovered ones are checked
 * by the settings query), or an answer `account_center.not_enabled`, warn once.
 */
export function noticeProblems(kit: Scope, read: Promise<unknown>): void {
  if (kit.settings) warnSettingsProblems(kit, kit.settings);
  read.catch((error: unknown) => {
    if (isAccountApiError(error, 'account_center.not_enabled'))
      warnTenantProblem(kit, 'account-center-disabled');
  });
}
