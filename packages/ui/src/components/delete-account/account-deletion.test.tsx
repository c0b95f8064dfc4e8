import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { DEMO_PASSWORD } from '@account-center/mock';
import '../../styles.css';
import { createSimulatedAccount } from '../../test-utils/simulated-account.js';
import { VerificationDialog } from '../verification/verification-dialog.js';
import { AccountDeletion } from './delete-account.js';
import { ShowError } from '../../test-utils/show-error.js';

describe('AccountDeletion parts', () => {
  it('rearranged (own heading and warning, Confirm first) still asks the phrase, steps up and calls the handler', async () => {
    const account = createSimulatedAccount();
    const onDeleteAccount = vi.fn(async (_recordId: string | undefined) => undefined);
    const onSuccess = vi.fn();
    const screen = await render(
      <>
        <AccountDeletion.Root onDeleteAccount={onDeleteAccount} className="danger-zone">
          <AccountDeletion.Content>
            <AccountDeletion.Confirm onSuccess={onSuccess} />
          </AccountDeletion.Content>
          <AccountDeletion.Header>
            <AccountDeletion.Title asChild>
              <h3>Close your account</h3>
            </AccountDeletion.Title>
            <p>Your invoices stay available for 30 days.</p>
          </AccountDeletion.Header>
        </AccountDeletion.Root>
        <VerificationDialog />
      </>,
      { wrapper: account.Wrapper },
    );
    const section = screen.getByRole('region', { name: 'Close your account' });
    await expect.element(section).toHaveClass('ac-delete-account', 'danger-zone');
    await expect.element(section).toHaveAttribute('data-state', 'handler');
    const trigger = section.getByRole('button', { name: 'Delete account' });
    // Confirm comes before the header, as composed.
    const heading = section.getByRole('heading', { name: 'Close your account', level: 3 });
    expect(
      trigger.element().compareDocumentPosition(heading.element()) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    // No link part: a handler is given.
    expect(section.getByRole('link').elements()).toHaveLength(0);

    await trigger.click();
    const dialog = screen.getByRole('alertdialog', { name: 'Delete your account?' });
    await userEvent.type(
      dialog.getByLabelText('Type “delete my account” to confirm'),
      'delete my account',
    );
    await dialog.getByRole('button', { name: 'Delete account' }).click();
    const verify = screen.getByRole('dialog', { name: 'Confirm it’s you' });
    await userEvent.type(verify.getByLabelText('Password'), DEMO_PASSWORD);
    await verify.getByRole('button', { name: 'Verify' }).click();
    await expect.poll(() => onDeleteAccount.mock.calls.length).toBe(1);
    expect(onDeleteAccount.mock.calls[0]?.[0]).toMatch(/\S/);
    await expect.poll(() => onSuccess.mock.calls.length).toBe(1);
    await expect.element(dialog).not.toBeInTheDocument();
  });

  it('Link shows the admin’s page with the caller’s text and attributes, and Confirm stays out', async () => {
    const account = createSimulatedAccount();
    const screen = await render(
      <AccountDeletion.Root deleteAccountUrl="https://example.com/delete-me" openInNewTab>
        <AccountDeletion.Header />
        <AccountDeletion.Content>
          <AccountDeletion.Confirm />
          <AccountDeletion.Link className="mine">Request deletion</AccountDeletion.Link>
        </AccountDeletion.Content>
      </AccountDeletion.Root>,
      { wrapper: account.Wrapper },
    );
    const section = screen.getByRole('region', { name: 'Delete account' });
    await expect.element(section).toHaveAttribute('data-state', 'link');
    const link = section.getByRole('link', { name: 'Request deletion' });
    await expect.element(link).toHaveAttribute('href', 'https://example.com/delete-me');
    await expect.element(link).toHaveAttribute('target', '_blank');
    await expect.element(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect.element(link).toHaveClass('ac-button', 'mine');
    expect(section.getByRole('button').elements()).toHaveLength(0);
  });

  it('Root renders nothing without a handler or a valid http(s) link, and takes a ref', async () => {
    const account = createSimulatedAccount();
    const ref = createRef<HTMLElement>();
    const screen = await render(
      <>
        <AccountDeletion.Root deleteAccountUrl="javascript:alert(1)">
          <AccountDeletion.Header />
        </AccountDeletion.Root>
        <AccountDeletion.Root ref={ref} deleteAccountUrl="https://example.com/x">
          <AccountDeletion.Header />
        </AccountDeletion.Root>
      </>,
      { wrapper: account.Wrapper },
    );
    await expect.element(screen.getByRole('region', { name: 'Delete account' })).toBeVisible();
    expect(screen.getByRole('region').elements()).toHaveLength(1);
    expect(ref.current?.tagName).toBe('SECTION');
    expect(ref.current?.dataset['slot']).toBe('delete-account');
  });

  it('a part outside Root says so', async () => {
    const account = createSimulatedAccount();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const screen = await render(
      <ShowError>
        <AccountDeletion.Link />
      </ShowError>,
      { wrapper: account.Wrapper },
    );
    await expect
      .element(
        screen.getByText('<AccountDeletion.Link> must be used inside <AccountDeletion.Root>.'),
      )
      .toBeVisible();
    vi.restoreAllMocks();
  });
});
