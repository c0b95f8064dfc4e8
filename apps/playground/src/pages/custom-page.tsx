/**
 * `/custom`: an account page built only from `@account-center/react`'s headless hooks and plain
 * HTML, to show the hooks stand alone without `@account-center/ui`. Profile read and edit, email
 * change with an inbox code, social link and unlink, and the step-up prompt.
 */
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import {
  useTenantConfig,
  useEmailChange,
  useMyAccount,
  useSocialIdentities,
  useSocialLink,
  useUnlinkSocialIdentity,
  useUpdateAccount,
} from '@account-center/react';
import { PATHS } from '../routes';
import { errorText } from './error-text';
import { StepUpDialog } from './step-up-dialog';

/** The custom (headless-hooks) page. */
export function CustomPage() {
  return (
    <>
      <h1>Custom account page</h1>
      <p>
        Built only from the headless hooks of <code>@account-center/react</code> and plain HTML.
      </p>
      <ProfileSection />
      <EmailSection />
      <SocialSection />
      <StepUpDialog />
    </>
  );
}

function Alert({ error }: { error: unknown }) {
  const message = errorText(error);
  return message ? <p role="alert">{message}</p> : null;
}

function ProfileSection() {
  const account = useMyAccount();
  const { fields } = useTenantConfig();
  const update = useUpdateAccount();
  const [name, setName] = useState<string>();
  const inputId = useId();
  const nameLevel = fields.name.value;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ name: name ?? account.data?.name ?? '' });
  };
  return (
    <section aria-labelledby="custom-profile" className="pg-card" data-screenshot="custom-profile">
      <h2 id="custom-profile">Profile</h2>
      {account.isPending ? <p role="status">Loading…</p> : null}
      <Alert error={account.error} />
      {account.data ? (
        <dl className="pg-facts">
          <dt>Username</dt>
          <dd>{account.data.username ?? '—'}</dd>
          <dt>Name</dt>
          <dd>{nameLevel === 'Off' ? 'Hidden (field Off)' : (account.data.name ?? '—')}</dd>
          <dt>Email</dt>
          <dd>{account.data.primaryEmail ?? '—'}</dd>
        </dl>
      ) : null}
      {account.data && nameLevel !== 'Off' ? (
        <form onSubmit={submit} className="pg-form">
          <label htmlFor={inputId}>Display name</label>
          <input
            id={inputId}
            value={name ?? account.data.name ?? ''}
            readOnly={nameLevel === 'ReadOnly'}
            aria-describedby={nameLevel === 'ReadOnly' ? `${inputId}-hint` : undefined}
            onChange={(event) => setName(event.target.value)}
          />
          {nameLevel === 'ReadOnly' ? (
            <p id={`${inputId}-hint`} className="pg-hint">
              The tenant lets users read but not change their name.
            </p>
          ) : (
            <button type="submit" disabled={update.isPending}>
              {update.isPending ? 'Saving…' : 'Save name'}
            </button>
          )}
          {update.isSuccess ? <p role="status">Name saved.</p> : null}
          <Alert error={update.error} />
        </form>
      ) : null}
    </section>
  );
}

function EmailSection() {
  const change = useEmailChange();
  const { fields } = useTenantConfig();
  const [email, setEmail] = useState('');
  const [code, setCode] = useState('');
  const emailId = useId();
  const codeId = useId();
  if (fields.email.value === 'Off' || fields.email.value === 'ReadOnly') {
    return (
      <section aria-labelledby="custom-email" className="pg-card">
        <h2 id="custom-email">Email</h2>
        <p>The tenant does not let users change their email (field {fields.email.value}).</p>
      </section>
    );
  }
  const codeStep =
    change.state === 'code-sent' || change.state === 'verifying' || change.state === 'binding';
  return (
    <section
      aria-labelledby="custom-email"
      className="pg-card"
      data-state={change.state}
      data-screenshot="custom-email"
    >
      <h2 id="custom-email">Change email</h2>
      {change.state === 'done' ? (
        <>
          <p role="status">Your email is now {change.value}.</p>
          <button type="button" onClick={change.reset}>
            Change it again
          </button>
        </>
      ) : codeStep ? (
        <form
          className="pg-form"
          onSubmit={(event) => {
            event.preventDefault();
            void change.verifyCode(code);
          }}
        >
          <p role="status">We sent a code to {change.value}.</p>
          <label htmlFor={codeId}>Verification code</label>
          <input
            id={codeId}
            inputMode="numeric"
            autoComplete="one-time-code"
            value={code}
            onChange={(event) => setCode(event.target.value)}
          />
          <button type="submit" disabled={change.state !== 'code-sent'}>
            Verify and change email
          </button>
          <button type="button" onClick={() => void change.resend()} disabled={change.resendIn > 0}>
            {change.resendIn > 0 ? `Resend in ${change.resendIn} s` : 'Resend code'}
          </button>
          <button type="button" onClick={change.edit}>
            Use another address
          </button>
        </form>
      ) : (
        <form
          className="pg-form"
          onSubmit={(event) => {
            event.preventDefault();
            setCode('');
            void change.sendCode(email);
          }}
        >
          <label htmlFor={emailId}>New email</label>
          <input
            id={emailId}
            type="email"
            autoComplete="email"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
          <button type="submit" disabled={change.state === 'sending'}>
            {change.state === 'sending' ? 'Sending…' : 'Send code'}
          </button>
        </form>
      )}
      {change.state === 'error' ? (
        <button type="button" onClick={() => void change.retry()}>
          Retry
        </button>
      ) : null}
      <Alert error={change.error} />
    </section>
  );
}

function connectorName(name: unknown, fallback: string): string {
  if (typeof name === 'string') return name;
  if (name && typeof name === 'object') {
    const names = name as Record<string, string>;
    return names.en ?? Object.values(names)[0] ?? fallback;
  }
  return fallback;
}

function SocialSection() {
  const identities = useSocialIdentities();
  const social = useSocialLink();
  const unlink = useUnlinkSocialIdentity();
  const { fields } = useTenantConfig();
  if (fields.social.value === 'Off') {
    return (
      <section aria-labelledby="custom-social" className="pg-card">
        <h2 id="custom-social">Social accounts</h2>
        <p>The tenant hides linked social accounts (field Off).</p>
      </section>
    );
  }
  const editable = fields.social.value !== 'ReadOnly';
  const linked = identities.data?.linked ?? [];
  const linkable = (identities.data?.connectors ?? []).filter(
    (connector) => !linked.some((identity) => identity.target === connector.target),
  );
  return (
    <section aria-labelledby="custom-social" className="pg-card" data-screenshot="custom-social">
      <h2 id="custom-social">Social accounts</h2>
      {identities.isPending ? <p role="status">Loading…</p> : null}
      <Alert error={identities.error} />
      <ul className="pg-list">
        {linked.map((identity) => {
          const details = (identity.details ?? {}) as { name?: string; email?: string };
          return (
            <li key={identity.target}>
              <span>
                {identity.target}: {details.name ?? details.email ?? identity.userId}
              </span>
              {editable ? (
                <button
                  type="button"
                  disabled={unlink.isPending}
                  onClick={() => unlink.mutate(identity.target)}
                >
                  Unlink {identity.target}
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
      {editable
        ? linkable.map((connector) => {
            const name = connectorName(connector.name, connector.target);
            return (
              <button
                key={connector.id}
                type="button"
                disabled={social.state !== 'idle'}
                onClick={() =>
                  void social.link(connector.id, {
                    redirectUri: `${window.location.origin}${PATHS.callback}`,
                    returnTo: PATHS.custom,
                  })
                }
              >
                Link {name}
              </button>
            );
          })
        : null}
      {social.state === 'redirecting' ? <p role="status">Going to the provider…</p> : null}
      <Alert error={social.error ?? unlink.error} />
    </section>
  );
}
