import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { DEMO_PASSWORD } from '@account-center/mock';
import { createSimulatedAccount } from '../../test-utils/simulated-account.js';
import { Phone } from '../phone/phone.js';
import { Email } from './email.js';
import { ShowError } from '../../test-utils/show-error.js';

afterEach(() => {
  vi.restoreAllMocks();
});

/** A user whose only sign-in identifier is the email (a password does not count, §6.6). */
const emailOnlyUser = {
  username: null,
  password: DEMO_PASSWORD,
  primaryEmail: 'ada@example.com',
  identities: {},
};

describe('Email parts', () => {
  it('rearranged (the form above the row, no Remove, a custom title) still changes the address', async () => {
    const account = createSimulatedAccount();
    const onSuccess = vi.fn();
    const screen = await render(
      <Email.Root onSuccess={onSuccess}>
        <Email.Header>
          <Email.Title>Contact email</Email.Title>
        </Email.Header>
        <Email.Content>
          <Email.ChangeForm className="my-form" />
          <Email.Value className="my-row">
            <Email.ChangeTrigger />
          </Email.Value>
        </Email.Content>
      </Email.Root>,
      { wrapper: account.Wrapper },
    );
    const section = screen.getByRole('region', { name: 'Contact email' });
    await expect.element(section.getByText('ada@example.com')).toBeVisible();
    await expect
      .element(section.getByText('ada@example.com').element().parentElement!)
      .toHaveClass('ac-value-row', 'my-row');
    // Remove was left out, and only it.
    expect(section.getByRole('button', { name: 'Remove' }).elements()).toHaveLength(0);

    await section.getByRole('button', { name: 'Change email address' }).click();
    const address = section.getByLabelText('Email address');
    await expect.element(address).toHaveFocus();
    // The form comes before the row, as composed.
    const form = address.element().closest('form')!;
    expect(form).toHaveClass('ac-inline-form', 'my-form');
    expect(
      form.compareDocumentPosition(section.getByText('ada@example.com').element()) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    await address.fill('countess@example.com');
    await userEvent.keyboard('{Enter}');
    // Step-up: the Root mounts the prompt.
    const dialog = screen.getByRole('dialog', { name: 'Confirm it’s you' });
    await dialog.getByLabelText('Password', { exact: true }).fill(DEMO_PASSWORD);
    await userEvent.keyboard('{Enter}');
    const code = section.getByLabelText('Verification code');
    await expect.element(code).toHaveFocus();
    await code.fill(account.simulator.inbox.latestCode('countess@example.com')!);

    const trigger = section.getByRole('button', { name: 'Change email address' });
    await expect.element(trigger).toHaveFocus();
    await expect.element(section.getByText('countess@example.com')).toBeVisible();
    expect(account.simulator.getState().users[0]?.primaryEmail).toBe('countess@example.com');
    expect(onSuccess).toHaveBeenCalledTimes(1);
  });

  it('Remove placed in a footer removes after the confirmation and step-up; the row keeps Add', async () => {
    const account = createSimulatedAccount();
    const screen = await render(
      <Email.Root>
        <Email.Header />
        <Email.Content>
          <Email.Value>
            <Email.ChangeTrigger />
          </Email.Value>
          <Email.ChangeForm />
        </Email.Content>
        <footer>
          <Email.Remove className="danger-link">Remove this address</Email.Remove>
        </footer>
      </Email.Root>,
      { wrapper: account.Wrapper },
    );
    const section = screen.getByRole('region', { name: 'Email address' });
    const remove = section.getByRole('button', { name: 'Remove this address' });
    await expect.element(remove).toHaveClass('ac-button', 'danger-link');
    expect(remove.element().closest('footer')).not.toBeNull();
    await remove.click();
    const confirm = screen.getByRole('alertdialog', { name: 'Remove ada@example.com?' });
    await confirm.getByRole('button', { name: 'Remove' }).click();
    // Step-up: the Root mounts the prompt.
    await screen
      .getByRole('dialog', { name: 'Confirm it’s you' })
      .getByLabelText('Password', { exact: true })
      .fill(DEMO_PASSWORD);
    await userEvent.keyboard('{Enter}');
    await expect.element(section.getByText('Not set')).toBeVisible();
    await expect.element(section.getByRole('button', { name: 'Add email address' })).toBeVisible();
    expect(section.getByRole('button', { name: 'Remove this address' }).elements()).toHaveLength(0);
    expect(account.simulator.getState().users[0]?.primaryEmail).toBeNull();
  });

  it('says why Remove is disabled only where Remove is composed', async () => {
    const account = createSimulatedAccount({ seed: { users: [emailOnlyUser] } });
    const screen = await render(
      <>
        <Email.Root aria-label="With remove">
          <Email.Value />
        </Email.Root>
        <Email.Root aria-label="Without remove">
          <Email.Value>
            <Email.ChangeTrigger />
          </Email.Value>
        </Email.Root>
      </>,
      { wrapper: account.Wrapper },
    );
    const reason = 'Add another way to sign in before removing your only email address.';
    const withRemove = screen.getByRole('region', { name: 'With remove' });
    const remove = withRemove.getByRole('button', { name: 'Remove' });
    await expect.element(remove).toBeDisabled();
    await expect.element(remove).toHaveAccessibleDescription(reason);
    const without = screen.getByRole('region', { name: 'Without remove' });
    await expect
      .element(without.getByRole('button', { name: 'Change email address' }))
      .toBeVisible();
    expect(without.getByText(reason).elements()).toHaveLength(0);
  });

  it('forwards className and ref to the section, the row, the trigger and the form', async () => {
    const account = createSimulatedAccount();
    const root = createRef<HTMLElement>();
    const row = createRef<HTMLDivElement>();
    const trigger = createRef<HTMLButtonElement>();
    const form = createRef<HTMLFormElement>();
    const screen = await render(
      <Email.Root ref={root} className="mine">
        <Email.Header />
        <Email.Content>
          <Email.Value ref={row}>
            <Email.ChangeTrigger ref={trigger} className="my-trigger" />
          </Email.Value>
          <Email.ChangeForm ref={form} />
        </Email.Content>
      </Email.Root>,
      { wrapper: account.Wrapper },
    );
    const section = screen.getByRole('region', { name: 'Email address' });
    const change = section.getByRole('button', { name: 'Change email address' });
    await expect.element(change).toHaveClass('ac-button', 'my-trigger');
    expect(root.current).toBe(section.element());
    expect(root.current).toHaveClass('ac-identifier', 'mine');
    expect(row.current).toHaveAttribute('data-slot', 'email-change-value');
    expect(trigger.current).toBe(change.element());
    await change.click();
    await expect.element(section.getByLabelText('Email address')).toHaveFocus();
    expect(form.current).toHaveAttribute('data-slot', 'email-change-address');
  });

  it('shows a custom read-only note where it is put, and no actions', async () => {
    const account = createSimulatedAccount({
      seed: { accountCenter: { fields: { email: 'ReadOnly', profile: 'Edit' } } },
    });
    const screen = await render(
      <Email.Root>
        <Email.Header />
        <Email.ReadOnlyNote className="note">Ask IT to change your email.</Email.ReadOnlyNote>
        <Email.Content>
          <Email.Value>
            <Email.Actions />
          </Email.Value>
          <Email.ChangeForm />
        </Email.Content>
      </Email.Root>,
      { wrapper: account.Wrapper },
    );
    const section = screen.getByRole('region', { name: 'Email address' });
    await expect.element(section.getByText('ada@example.com')).toBeVisible();
    await expect
      .element(section.getByText('Ask IT to change your email.'))
      .toHaveClass('ac-field-description', 'note');
    expect(section.getByRole('button').elements()).toHaveLength(0);
  });

  it('says which part was used outside Email.Root, or inside another kind’s Root', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const account = createSimulatedAccount();
    const screen = await render(
      <>
        <ShowError>
          <Email.ChangeForm />
        </ShowError>
        <ShowError>
          <Phone.Root>
            <Email.Value />
          </Phone.Root>
        </ShowError>
      </>,
      { wrapper: account.Wrapper },
    );
    await expect
      .element(screen.getByText('<Email.ChangeForm> must be used inside <Email.Root>.'))
      .toBeVisible();
    await expect
      .element(screen.getByText('<Email.Value> must be used inside <Email.Root>.'))
      .toBeVisible();
  });
});
