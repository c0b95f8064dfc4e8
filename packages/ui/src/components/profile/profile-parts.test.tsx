import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { DEMO_PASSWORD } from '@account-center/mock';
import '../../styles.css';
import { createSimulatedAccount } from '../../test-utils/simulated-account.js';
import { Profile } from './profile-form.js';
import { ShowError } from '../../test-utils/show-error.js';

describe('Profile parts', () => {
  it('rearranged (own title, Save first, only the name and the details) still validates and saves', async () => {
    const account = createSimulatedAccount();
    const screen = await render(
      <Profile.Root className="mine">
        <Profile.Header>
          <Profile.Title>About you</Profile.Title>
        </Profile.Header>
        <Profile.Content>
          <Profile.Form className="compact">
            <Profile.Save>Update</Profile.Save>
            <Profile.Error />
            <Profile.Name />
            <p>Shown on your invoices.</p>
            <Profile.Details className="claims" />
          </Profile.Form>
        </Profile.Content>
      </Profile.Root>,
      { wrapper: account.Wrapper },
    );
    const section = screen.getByRole('region', { name: 'About you' });
    await expect.element(section).toHaveClass('ac-profile', 'mine');
    const name = section.getByLabelText('Name', { exact: true });
    await expect.element(name).toBeVisible();
    const form = section.getByRole('group', { name: 'Details' });
    await expect.element(form).toHaveClass('ac-fieldset', 'claims');
    // Left out: the photo, the username and the address.
    expect(section.getByLabelText('Username', { exact: true }).elements()).toHaveLength(0);
    expect(section.getByRole('group', { name: 'Address' }).elements()).toHaveLength(0);
    expect(section.getByRole('button', { name: /photo/i }).elements()).toHaveLength(0);
    expect(document.querySelector('[data-slot="profile-fields"]')).toHaveClass(
      'ac-stack',
      'compact',
    );

    const save = section.getByRole('button', { name: 'Update' });
    await expect.element(save).toBeDisabled();
    // Save is first, as composed.
    expect(
      save.element().compareDocumentPosition(name.element()) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    await name.fill('Augusta Ada King');
    await section.getByLabelText('Website').fill('ftp://example.com');
    await save.click();
    await expect.element(section.getByText(/starts with http:\/\/ or https:\/\//)).toBeVisible();
    await section.getByLabelText('Website').fill('https://ada.example.com');
    await save.click();
    await expect.element(save).toBeDisabled();
    const user = account.simulator.getState().users[0]!;
    expect(user.name).toBe('Augusta Ada King');
    expect(user.profile).toMatchObject({ website: 'https://ada.example.com' });
  });

  it('the username part alone saves through the identity check', async () => {
    const account = createSimulatedAccount();
    const screen = await render(
      <Profile.Root usernameOnly>
        <Profile.Header />
        <Profile.Content>
          <Profile.Form>
            <Profile.Username />
            <Profile.Save />
          </Profile.Form>
        </Profile.Content>
      </Profile.Root>,
      { wrapper: account.Wrapper },
    );
    // With `usernameOnly` the title is the field's, and there is no description.
    const section = screen.getByRole('region', { name: 'Username' });
    await expect.element(section.getByRole('heading', { name: 'Username' })).toBeVisible();
    expect(section.element().querySelector('[data-slot="section-description"]')).toBeNull();
    const username = section.getByLabelText('Username', { exact: true });
    await username.fill('countess_ada');
    await section.getByRole('button', { name: 'Save changes' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Confirm it’s you' });
    await dialog.getByLabelText('Password', { exact: true }).fill(DEMO_PASSWORD);
    await dialog.getByRole('button', { name: 'Verify' }).click();
    await expect.poll(() => account.simulator.getState().users[0]!.username).toBe('countess_ada');
    await expect.element(username).toHaveValue('countess_ada');
  });

  it('Root takes a ref; a part outside Root or Form says where it belongs', async () => {
    const account = createSimulatedAccount();
    const ref = createRef<HTMLElement>();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const screen = await render(
      <>
        <Profile.Root ref={ref}>
          <ShowError>
            <Profile.Name />
          </ShowError>
        </Profile.Root>
        <ShowError>
          <Profile.Form />
        </ShowError>
      </>,
      { wrapper: account.Wrapper },
    );
    await expect
      .element(screen.getByText('<Profile.Name> must be used inside <Profile.Form>.'))
      .toBeVisible();
    await expect
      .element(screen.getByText('<Profile.Form> must be used inside <Profile.Root>.'))
      .toBeVisible();
    expect(ref.current?.tagName).toBe('SECTION');
    expect(ref.current?.dataset['slot']).toBe('profile-form');
    vi.restoreAllMocks();
  });
});
