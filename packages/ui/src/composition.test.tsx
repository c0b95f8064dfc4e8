/**
 * The examples of docs/composition.md, compiled and run here; the last test checks that the
 * doc's code blocks are these regions, word for word.
 */
import { useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { DEMO_PASSWORD } from '@account-center/mock';
import { AccountCenter } from './components/account-center/account-center.js';
import { Passkeys } from './components/passkeys/passkeys.js';
import { Profile } from './components/profile/profile-form.js';
import { AuthorizedApps } from './components/apps/authorized-apps.js';
import { BackupCodes } from './components/backup-codes/backup-codes.js';
import { Email } from './components/email/email.js';
import { MfaSettings } from './components/mfa-settings/mfa-settings.js';
import { Password } from './components/password/password.js';
import { Social } from './components/social/social.js';
import { Totp } from './components/totp/totp.js';
import { PasswordChange } from './components/password/password-change.js';
import type { PasswordChangeProps } from './components/password/password-change.js';
import { Button } from './primitives/button.js';
import {
  Dialog,
  DialogClose,
  DialogCloseButton,
  DialogDescription,
  DialogHeader,
  DialogLiveRegion,
  DialogOverlay,
  DialogPanel,
  DialogPortal,
  DialogTitle,
} from './primitives/dialog.js';
import { useAnnounce } from './primitives/live-region.js';
import { createSimulatedAccount } from './test-utils/simulated-account.js';

// #region dialog-parts
function SaveCodes({ codes }: { codes: string[] }) {
  const announce = useAnnounce();
  return (
    <Button
      onClick={async () => {
        await navigator.clipboard.writeText(codes.join('\n'));
        announce('Codes copied.'); // heard: the region is inside the dialog
      }}
    >
      Copy codes
    </Button>
  );
}

export function RecoveryCodesDialog({ codes, children }: { codes: string[]; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  return (
    <>
      <Button onClick={() => setOpen(true)}>{children}</Button>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogPortal>
          <DialogOverlay className="blurred-backdrop" />
          <DialogPanel
            ref={panel}
            className="sheet"
            onOpenAutoFocus={(event) => {
              event.preventDefault(); // focus the panel itself, not its first button
              panel.current?.focus();
            }}
          >
            <DialogLiveRegion>
              <DialogHeader>
                <DialogTitle>Recovery codes</DialogTitle>
                <DialogDescription>Keep them somewhere safe.</DialogDescription>
              </DialogHeader>
              <ul>
                {codes.map((code) => (
                  <li key={code}>{code}</li>
                ))}
              </ul>
              <SaveCodes codes={codes} />
              <DialogClose asChild>
                <Button variant="secondary">Done</Button>
              </DialogClose>
            </DialogLiveRegion>
            <DialogCloseButton />
          </DialogPanel>
        </DialogPortal>
      </Dialog>
    </>
  );
}
// #endregion dialog-parts

// #region components-map
function CompanyPassword(props: PasswordChangeProps) {
  return (
    <div className="company-password">
      <PasswordChange {...props} />
      <p>Use your company password manager to generate it.</p>
    </div>
  );
}

function Spinner({ className }: { className?: string }) {
  return (
    <div className={className} aria-busy="true" role="status">
      Loading…
    </div>
  );
}

export function AccountPage() {
  return (
    <AccountCenter
      defaultSection="security"
      components={{ password: CompanyPassword, sectionSkeleton: Spinner }}
      componentProps={{ password: { className: 'wide' } }}
    />
  );
}
// #endregion components-map

// #region passkey-parts
export function CompactPasskeys() {
  return (
    <Passkeys.Root className="compact">
      <Passkeys.Header />
      <Passkeys.Content>
        <Passkeys.Add />
        <Passkeys.List>
          {(passkey) => (
            <Passkeys.Item passkey={passkey}>
              {({ name, lastUsed }) => (
                <p>
                  <strong>{name}</strong> <span>{lastUsed}</span>
                </p>
              )}
            </Passkeys.Item>
          )}
        </Passkeys.List>
        <Passkeys.ReadOnlyNote />
      </Passkeys.Content>
    </Passkeys.Root>
  );
}
// #endregion passkey-parts

// #region profile-parts
export function InvoiceProfile() {
  return (
    <Profile.Root>
      <Profile.Header>
        <Profile.Title>About you</Profile.Title>
      </Profile.Header>
      <Profile.Content>
        <Profile.Form>
          <Profile.Error />
          <Profile.Name />
          <p>Shown on your invoices.</p>
          <Profile.Address />
          <Profile.Save>Update</Profile.Save>
        </Profile.Form>
      </Profile.Content>
    </Profile.Root>
  );
}
// #endregion profile-parts

// #region email-parts
export function ContactEmail() {
  return (
    <Email.Root className="contact">
      <Email.Header>
        <Email.Title>Contact email</Email.Title>
        <Email.ChangeTrigger />
      </Email.Header>
      <Email.Content>
        <Email.ChangeForm />
        <Email.Value>
          <Email.ReadOnlyNote />
        </Email.Value>
      </Email.Content>
    </Email.Root>
  );
}
// #endregion email-parts

// #region two-step-parts
export function CompactTwoStep() {
  return (
    <>
      <Totp.Root className="compact">
        <Totp.Header />
        <Totp.Content>
          <Totp.Actions />
          <Totp.SetupPanel />
          <Totp.Status>{({ added }) => (added ? <strong>{added}</strong> : 'Off')}</Totp.Status>
          <Totp.LastFactorNote />
          <Totp.ReadOnlyNote />
        </Totp.Content>
      </Totp.Root>
      <BackupCodes.Root className="compact">
        <BackupCodes.Header />
        <BackupCodes.Content>
          <BackupCodes.Status />
          <BackupCodes.Actions>
            <BackupCodes.Generate />
            <BackupCodes.Show />
          </BackupCodes.Actions>
          <BackupCodes.List />
          <BackupCodes.SetupPanel />
          <BackupCodes.OtherFactorNote />
        </BackupCodes.Content>
      </BackupCodes.Root>
    </>
  );
}
// #endregion two-step-parts

// #region social-parts
export function CompactSocial() {
  return (
    <Social.Root id="social">
      <Social.Header />
      <Social.Content>
        <Social.Callback />
        <Social.LinkError />
        <Social.List>
          {(connection) => (
            <Social.Item connection={connection}>
              {({ logo, name, account }) => (
                <p>
                  {logo} <strong>{name}</strong> {account && <bdi>{account}</bdi>}
                </p>
              )}
            </Social.Item>
          )}
        </Social.List>
        <Social.Empty />
        <Social.ReadOnlyNote />
      </Social.Content>
    </Social.Root>
  );
}
// #endregion social-parts

// #region authorized-apps-parts
export function AppAccess() {
  return (
    <AuthorizedApps.Root>
      <AuthorizedApps.Header>
        <AuthorizedApps.Title>Apps you allowed</AuthorizedApps.Title>
      </AuthorizedApps.Header>
      <AuthorizedApps.Content>
        <AuthorizedApps.List>
          {(app) => (
            <AuthorizedApps.Item app={app}>
              {({ expires }) => (
                <p>
                  <strong>
                    <bdi>{app.name}</bdi>
                  </strong>{' '}
                  <span>{expires}</span>
                </p>
              )}
            </AuthorizedApps.Item>
          )}
        </AuthorizedApps.List>
        <AuthorizedApps.Empty>Nothing has access.</AuthorizedApps.Empty>
        <AuthorizedApps.ReadOnlyNote />
      </AuthorizedApps.Content>
    </AuthorizedApps.Root>
  );
}
// #endregion authorized-apps-parts

// #region password-parts
export function HeaderActionPassword() {
  return (
    <Password.Root>
      <Password.Header>
        <Password.Title />
        <Password.Trigger variant="primary" />
      </Password.Header>
      <Password.Content>
        <Password.Form />
        <Password.ReadOnlyNote />
        <Password.Notice />
      </Password.Content>
    </Password.Root>
  );
}
// #endregion password-parts

// #region mfa-settings-parts
export function SignInChecks() {
  return (
    <MfaSettings.Root>
      <MfaSettings.Header />
      <MfaSettings.Content>
        <MfaSettings.Required />
        <MfaSettings.PasskeyPrompt />
        <MfaSettings.AskOnSignIn />
      </MfaSettings.Content>
    </MfaSettings.Root>
  );
}
// #endregion mfa-settings-parts

describe('docs/composition.md examples', () => {
  it('the dialog built from parts traps focus, is named, announces inside and returns focus', async () => {
    const screen = await render(
      <RecoveryCodesDialog codes={['abcd-efgh', 'ijkl-mnop']}>Show codes</RecoveryCodesDialog>,
    );
    const opener = screen.getByRole('button', { name: 'Show codes' });
    await opener.click();
    const dialog = screen.getByRole('dialog', { name: 'Recovery codes' });
    await expect.element(dialog).toHaveAccessibleDescription('Keep them somewhere safe.');
    await expect.element(dialog).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect.element(dialog).not.toBeInTheDocument();
    await expect.element(opener).toHaveFocus();
  });

  it('the components map shows the company’s password card in the kit’s place', async () => {
    const account = createSimulatedAccount();
    const screen = await render(<AccountPage />, { wrapper: account.Wrapper });
    await expect
      .element(screen.getByText('Use your company password manager to generate it.'))
      .toBeVisible();
    await expect.element(screen.getByRole('button', { name: 'Change password' })).toBeVisible();
  });

  it('the passkeys built from parts show Add first and the app’s own row', async () => {
    const account = createSimulatedAccount({
      seed: {
        users: [
          {
            username: 'ada',
            password: DEMO_PASSWORD,
            mfa: { webAuthn: [{ name: 'Work laptop' }] },
          },
        ],
      },
    });
    const screen = await render(<CompactPasskeys />, { wrapper: account.Wrapper });
    const section = screen.getByRole('region', { name: 'Passkeys' });
    const list = section.getByRole('list', { name: 'Your passkeys' });
    const title = list.getByText('Work laptop', { exact: true });
    await expect.element(title).toBeVisible();
    expect(title.element().tagName).toBe('STRONG');
    const add = section.getByRole('button', { name: 'Add another passkey' });
    expect(
      add.element().compareDocumentPosition(list.element()) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    await expect.element(list.getByRole('button', { name: 'Rename Work laptop' })).toBeVisible();
  });

  it('the profile built from parts saves the name and the address with the app’s note between', async () => {
    const account = createSimulatedAccount();
    const screen = await render(<InvoiceProfile />, { wrapper: account.Wrapper });
    const section = screen.getByRole('region', { name: 'About you' });
    await section.getByLabelText('Name', { exact: true }).fill('Augusta Ada King');
    await section.getByLabelText('City').fill('London');
    await expect.element(section.getByText('Shown on your invoices.')).toBeVisible();
    expect(section.getByLabelText('Username', { exact: true }).elements()).toHaveLength(0);
    const save = section.getByRole('button', { name: 'Update' });
    await save.click();
    await expect.element(save).toBeDisabled();
    const user = account.simulator.getState().users[0]!;
    expect(user.name).toBe('Augusta Ada King');
    expect(user.profile).toMatchObject({ address: { locality: 'London' } });
  });

  it('the email built from parts opens its change form from the Change button in its header', async () => {
    const account = createSimulatedAccount();
    const screen = await render(<ContactEmail />, { wrapper: account.Wrapper });
    const section = screen.getByRole('region', { name: 'Contact email' });
    const trigger = section.getByRole('button', { name: /^(Add|Change) email address$/ });
    await trigger.click();
    await expect.element(section.getByLabelText('Email address', { exact: true })).toBeVisible();
  });

  it('the password built from parts opens its form from the button in its header', async () => {
    const account = createSimulatedAccount();
    const screen = await render(<HeaderActionPassword />, { wrapper: account.Wrapper });
    const section = screen.getByRole('region', { name: 'Password' });
    await section.getByRole('button', { name: 'Change password' }).click();
    await expect.element(section.getByLabelText('New password', { exact: true })).toBeVisible();
  });

  it('the two-step, social, apps and sign-in-check examples render their named sections', async () => {
    const account = createSimulatedAccount();
    const screen = await render(
      <>
        <CompactTwoStep />
        <CompactSocial />
        <AppAccess />
        <SignInChecks />
      </>,
      { wrapper: account.Wrapper },
    );
    for (const name of [
      'Authenticator app',
      'Backup codes',
      'Connected accounts',
      'Apps you allowed',
      'Two-step verification',
    ]) {
      await expect.element(screen.getByRole('region', { name })).toBeVisible();
    }
  });

  it('the doc shows these examples as they are here', async () => {
    const doc = await commands.readFile('docs/composition.md');
    const source = await commands.readFile('packages/ui/src/composition.test.tsx');
    for (const name of [
      'dialog-parts',
      'components-map',
      'passkey-parts',
      'profile-parts',
      'email-parts',
      'two-step-parts',
      'social-parts',
      'authorized-apps-parts',
      'password-parts',
      'mfa-settings-parts',
    ]) {
      const region = new RegExp(`// #region ${name}\\n([\\s\\S]*?)// #endregion ${name}`).exec(
        source,
      )?.[1];
      expect(region, name).toBeTruthy();
      expect(doc).toContain(region);
    }
  });
});
