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

  it('the doc shows these examples as they are here', async () => {
    const doc = await commands.readFile('docs/composition.md');
    const source = await commands.readFile('packages/ui/src/composition.test.tsx');
    for (const name of ['dialog-parts', 'components-map', 'passkey-parts', 'profile-parts']) {
      const region = new RegExp(`// #region ${name}\\n([\\s\\S]*?)// #endregion ${name}`).exec(
        source,
      )?.[1];
      expect(region, name).toBeTruthy();
      expect(doc).toContain(region);
    }
  });
});
