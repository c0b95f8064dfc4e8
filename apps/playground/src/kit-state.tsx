/**
 * What the kit sees, next to what the admin set: the signed-in account and the field levels
 * `useTenantConfig` reports, with where each came from (`known` from the settings,
 * `inferred` from the API's answers, `unknown`). Shown in the dev panel in both modes, so the
 * drop-in page itself holds only `<AccountCenter/>`.
 */
import { useTenantConfig, useMyAccount } from '@account-center/react';
import type { AccountField } from '@account-center/react';
import { errorText } from './pages/error-text';

const FIELD_ORDER: AccountField[] = [
  'name',
  'avatar',
  'profile',
  'username',
  'email',
  'phone',
  'password',
  'social',
  'customData',
  'mfa',
  'passkey',
  'session',
];

/** The kit-state sections of the dev panel. */
export function KitState() {
  return (
    <>
      <AccountSummary />
      <FieldLevels />
    </>
  );
}

function AccountSummary() {
  const account = useMyAccount();
  const message = errorText(account.error);
  return (
    <section aria-labelledby="account-summary" className="pg-dev-section">
      <h3 id="account-summary">Signed-in user</h3>
      {account.isPending ? <p role="status">Loading the account…</p> : null}
      {message ? <p role="alert">{message}</p> : null}
      {account.data ? (
        <dl className="pg-facts">
          <dt>User ID</dt>
          <dd>{account.data.id}</dd>
          <dt>Username</dt>
          <dd>{account.data.username ?? '—'}</dd>
          <dt>Name</dt>
          <dd>{account.data.name ?? '—'}</dd>
          <dt>Email</dt>
          <dd>{account.data.primaryEmail ?? '—'}</dd>
          <dt>Phone</dt>
          <dd>{account.data.primaryPhone ?? '—'}</dd>
        </dl>
      ) : null}
    </section>
  );
}

function FieldLevels() {
  const settings = useTenantConfig();
  return (
    <section aria-labelledby="field-levels" className="pg-dev-section">
      <h3 id="field-levels">Field levels the kit sees</h3>
      <table className="pg-table">
        <caption className="pg-visually-hidden">
          Account-center field levels and where each came from
        </caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Level</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {FIELD_ORDER.map((field) => {
            const fact = settings.fields[field];
            return (
              <tr key={field} data-field={field}>
                <th scope="row">{field}</th>
                <td data-level={fact.value ?? 'unknown'}>{fact.value ?? 'Unknown'}</td>
                <td>{fact.source}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
