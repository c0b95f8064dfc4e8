/**
 * The dev panel of simulator mode: the inbox of sent codes, locale and theme, the tenant's
 * account-center fields (Off / ReadOnly / Edit), its custom profile fields, branding, language
 * and policies (`tenant-sections.tsx`), fault injection, the clock and a tenant reset.
 * axe runs on every page state, so it is plain labelled HTML that works from the keyboard.
 */
import { useEffect, useReducer, useState } from 'react';
import type { FormEvent } from 'react';
import { ACCOUNT_CENTER_FIELDS, DEMO_EMAIL, DEMO_PASSWORD } from '@account-center/mock';
import type {
  AccountApiSimulator,
  AccountCenterField,
  FaultSpec,
  FieldLevel,
  InboxMessage,
} from '@account-center/mock';
import { KitState } from '../kit-state';
import { AUTO_LOCALE, LOCALES, THEMES, setPreferences, usePreferences } from '../preferences';
import type { PlaygroundTheme } from '../preferences';
import {
  BrandingSection,
  CustomFieldsSection,
  LanguageSection,
  PoliciesSection,
} from './tenant-sections';

/** Props of {@link DevPanel}. */
export interface DevPanelProps {
  simulator: AccountApiSimulator;
  /** After an admin change: refetch what the kit cached. */
  onChange: () => Promise<void>;
  onReset: () => void;
}

const LEVELS: FieldLevel[] = ['Off', 'ReadOnly', 'Edit'];

/** Dispatched on `window` after the tenant changed outside React (see `simulator-mode.tsx`). */
export const TENANT_CHANGED_EVENT = 'account-center-playground:tenant-changed';

/** Routes offered for fault injection (`*` = every request). */
export const FAULT_ROUTES = [
  '*',
  'GET /api/my-account',
  'PATCH /api/my-account',
  'PATCH /api/my-account/profile',
  'POST /api/my-account/password',
  'POST /api/my-account/primary-email',
  'POST /api/my-account/primary-phone',
  'POST /api/my-account/identities',
  'GET /api/my-account/mfa-verifications',
  'GET /api/my-account/sessions',
  'POST /api/verifications/password',
  'POST /api/verifications/verification-code',
  'POST /api/verifications/verification-code/verify',
  'POST /api/verifications/social',
  'POST /api/verifications/web-authn/registration',
  'GET /api/.well-known/account-center',
  'GET /api/.well-known/sign-in-exp',
] as const;

type FaultKind = 'status' | 'network' | 'latency' | 'malformed';

/** The dev panel. */
export function DevPanel({ simulator, onChange, onReset }: DevPanelProps) {
  // The sections read the simulator during render; a change made elsewhere (a test through
  // `window.__accountCenterSimulator`) announces itself with this event.
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  useEffect(() => {
    window.addEventListener(TENANT_CHANGED_EVENT, rerender);
    return () => window.removeEventListener(TENANT_CHANGED_EVENT, rerender);
  }, []);
  return (
    <div className="pg-dev-panel-content">
      <h2 className="pg-dev-title">Dev panel</h2>
      <InboxSection simulator={simulator} />
      <AppearanceSection />
      <KitState />
      <AccountCenterSection simulator={simulator} onChange={onChange} />
      <CustomFieldsSection simulator={simulator} onChange={onChange} />
      <BrandingSection simulator={simulator} onChange={onChange} />
      <LanguageSection simulator={simulator} onChange={onChange} />
      <PoliciesSection simulator={simulator} onChange={onChange} />
      <FaultsSection simulator={simulator} />
      <ClockSection simulator={simulator} onChange={onChange} />
      <section aria-labelledby="dev-tenant" className="pg-dev-section">
        <h3 id="dev-tenant">Tenant</h3>
        <p className="pg-hint">
          Signed in as the seeded demo user: {DEMO_EMAIL}, password <code>{DEMO_PASSWORD}</code>.
          Reset goes back to the seeded tenant.
        </p>
        <button type="button" onClick={onReset}>
          Reset tenant
        </button>
      </section>
    </div>
  );
}

function formatTime(epoch: number): string {
  return new Date(epoch).toLocaleTimeString('en-GB', { hour12: false });
}

function InboxSection({ simulator }: { simulator: AccountApiSimulator }) {
  const [messages, setMessages] = useState<InboxMessage[]>(() => simulator.inbox.all());
  useEffect(() => simulator.inbox.subscribe(() => setMessages(simulator.inbox.all())), [simulator]);
  const newestFirst = [...messages].reverse();
  return (
    <section aria-labelledby="dev-inbox" className="pg-dev-section">
      <h3 id="dev-inbox">Inbox</h3>
      {newestFirst.length === 0 ? <p className="pg-hint">No codes sent yet.</p> : null}
      <ol className="pg-inbox" aria-live="polite" aria-label="Sent codes, newest first">
        {newestFirst.map((message) => (
          <li
            key={`${message.verificationRecordId}-${message.sentAt}`}
            data-recipient={message.recipient}
          >
            <span>
              {message.channel === 'email' ? 'Email' : 'SMS'} to {message.recipient}
            </span>{' '}
            <code data-code="">{message.code}</code>{' '}
            <span className="pg-hint">
              {message.templateType}, {formatTime(message.sentAt)}
            </span>
          </li>
        ))}
      </ol>
      {newestFirst.length > 0 ? (
        <button
          type="button"
          onClick={() => {
            simulator.inbox.clear();
            setMessages([]);
          }}
        >
          Clear inbox
        </button>
      ) : null}
    </section>
  );
}

function AppearanceSection() {
  const { locale, theme } = usePreferences();
  return (
    <section aria-labelledby="dev-appearance" className="pg-dev-section">
      <h3 id="dev-appearance">Appearance</h3>
      <div className="pg-dev-grid">
        <label>
          Locale
          <select
            value={locale}
            onChange={(event) => setPreferences({ locale: event.target.value })}
          >
            {LOCALES.map((option) => (
              <option key={option.value} value={option.value} lang={option.value}>
                {option.label}
              </option>
            ))}
            <option value={AUTO_LOCALE}>Auto (browser, then the tenant’s fallback)</option>
          </select>
        </label>
        <label>
          Theme
          <select
            value={theme}
            onChange={(event) => setPreferences({ theme: event.target.value as PlaygroundTheme })}
          >
            {THEMES.map((option) => (
              <option key={option} value={option}>
                {option[0]!.toUpperCase() + option.slice(1)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </section>
  );
}

function AccountCenterSection({ simulator, onChange }: Omit<DevPanelProps, 'onReset'>) {
  const settings = simulator.admin.getAccountCenter();
  const apply = (patch: Parameters<AccountApiSimulator['admin']['updateAccountCenter']>[0]) => {
    simulator.admin.updateAccountCenter(patch);
    void onChange(); // refetches and re-renders the panel
  };
  // Management PATCH semantics: `fields` is replaced wholesale, so send every field (§3.1).
  const setField = (field: AccountCenterField, level: FieldLevel | '') => {
    const fields = { ...settings.fields };
    if (level === '') delete fields[field];
    else fields[field] = level;
    apply({ fields });
  };
  return (
    <section aria-labelledby="dev-account-center" className="pg-dev-section">
      <h3 id="dev-account-center">Account center</h3>
      <label className="pg-check">
        <input
          type="checkbox"
          checked={settings.enabled}
          onChange={(event) => apply({ enabled: event.target.checked })}
        />
        Account center enabled
      </label>
      <div className="pg-dev-grid">
        {ACCOUNT_CENTER_FIELDS.map((field) => (
          <label key={field}>
            {field}
            <select
              value={settings.fields[field] ?? ''}
              onChange={(event) => setField(field, event.target.value as FieldLevel | '')}
            >
              {field === 'passkey' ? <option value="">Same as mfa</option> : null}
              {field !== 'passkey' && settings.fields[field] === undefined ? (
                <option value="">Off (unset)</option>
              ) : null}
              {LEVELS.map((level) => (
                <option key={level} value={level}>
                  {level}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
    </section>
  );
}

function describeFault(fault: FaultSpec): string {
  const route = String(fault.route);
  const what = fault.networkError
    ? 'network error'
    : fault.malformedBody
      ? 'malformed body'
      : fault.status !== undefined
        ? `${fault.status}${fault.code ? ` ${fault.code}` : ''}`
        : `+${fault.latencyMs ?? 0} ms`;
  return `${route}: ${what}${fault.once ? ' (once)' : ''}`;
}

function FaultsSection({ simulator }: { simulator: AccountApiSimulator }) {
  const [route, setRoute] = useState<string>(FAULT_ROUTES[1]);
  const [kind, setKind] = useState<FaultKind>('status');
  const [status, setStatus] = useState('500');
  const [code, setCode] = useState('');
  const [latency, setLatency] = useState('1500');
  const [once, setOnce] = useState(true);
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  const faults = simulator.faults.list();

  const inject = (event: FormEvent) => {
    event.preventDefault();
    const spec: FaultSpec = { route, once };
    if (kind === 'network') spec.networkError = true;
    else if (kind === 'malformed') spec.malformedBody = true;
    else if (kind === 'latency') spec.latencyMs = Number(latency) || 0;
    else {
      spec.status = Number(status) || 500;
      if (code.trim()) spec.code = code.trim();
    }
    simulator.faults.inject(spec);
    rerender();
  };

  return (
    <section aria-labelledby="dev-faults" className="pg-dev-section">
      <h3 id="dev-faults">Faults</h3>
      <form onSubmit={inject} className="pg-dev-grid">
        <label className="pg-span">
          Route
          <select value={route} onChange={(event) => setRoute(event.target.value)}>
            {FAULT_ROUTES.map((option) => (
              <option key={option} value={option}>
                {option === '*' ? 'Every request' : option}
              </option>
            ))}
          </select>
        </label>
        <label className="pg-span">
          Fault
          <select value={kind} onChange={(event) => setKind(event.target.value as FaultKind)}>
            <option value="status">HTTP error</option>
            <option value="network">Network error</option>
            <option value="latency">Latency</option>
            <option value="malformed">Malformed body</option>
          </select>
        </label>
        {kind === 'status' ? (
          <>
            <label>
              Status
              <input
                type="number"
                min={100}
                max={599}
                value={status}
                onChange={(event) => setStatus(event.target.value)}
              />
            </label>
            <label>
              Error code
              <input
                value={code}
                placeholder="e.g. user.email_already_in_use"
                onChange={(event) => setCode(event.target.value)}
              />
            </label>
          </>
        ) : null}
        {kind === 'latency' ? (
          <label>
            Delay (ms)
            <input
              type="number"
              min={0}
              step={100}
              value={latency}
              onChange={(event) => setLatency(event.target.value)}
            />
          </label>
        ) : null}
        <label className="pg-check pg-span">
          <input
            type="checkbox"
            checked={once}
            onChange={(event) => setOnce(event.target.checked)}
          />
          Only the next request
        </label>
        <button type="submit" className="pg-span">
          Inject fault
        </button>
      </form>
      {faults.length > 0 ? (
        <>
          <ul className="pg-list" aria-label="Active faults">
            {faults.map((fault, index) => (
              <li key={`${String(fault.route)}-${index}`}>{describeFault(fault)}</li>
            ))}
          </ul>
          <button
            type="button"
            onClick={() => {
              simulator.faults.clear();
              rerender();
            }}
          >
            Clear faults
          </button>
        </>
      ) : (
        <p className="pg-hint">
          No active faults. A “once” fault disappears after it fires (press Refresh list).
        </p>
      )}
      {faults.length > 0 ? (
        <button type="button" onClick={rerender}>
          Refresh list
        </button>
      ) : null}
    </section>
  );
}

function ClockSection({ simulator, onChange }: Omit<DevPanelProps, 'onReset'>) {
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  const move = (update: () => void) => {
    update();
    rerender();
    void onChange();
  };
  return (
    <section aria-labelledby="dev-clock" className="pg-dev-section">
      <h3 id="dev-clock">Clock</h3>
      <p>
        Simulator time:{' '}
        <time dateTime={new Date(simulator.clock.now()).toISOString()}>
          {formatTime(simulator.clock.now())}
        </time>
      </p>
      <div className="pg-row">
        <button
          type="button"
          onClick={() => move(() => simulator.clock.advance(10 * 60 * 1000 + 1))}
        >
          Advance 10 minutes
        </button>
        <button type="button" onClick={() => move(() => simulator.clock.useRealTime())}>
          Use real time
        </button>
      </div>
      <p className="pg-hint">Ten minutes expire every verification record and code.</p>
    </section>
  );
}
