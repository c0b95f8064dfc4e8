import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { DEMO_PASSWORD, allFields } from '@account-center/mock';
import { createSimulatedAccount } from '../../test-utils/simulated-account.js';
import type { SimulatedAccountOptions } from '../../test-utils/simulated-account.js';
import { ProfileForm } from './profile-form.js';

async function setup(options: SimulatedAccountOptions = {}) {
  const account = createSimulatedAccount({
    ...options,
    prepare: (simulator) => {
      simulator.clock.set(new Date('2026-11-26T10:00:00Z'));
      options.prepare?.(simulator);
    },
  });
  const screen = await render(<ProfileForm />, { wrapper: account.Wrapper });
  const section = screen.getByRole('region', { name: 'Profile' });
  await expect.element(section.getByLabelText('Name', { exact: true })).toBeVisible();
  return { account, screen, section };
}

/** A real 2×2 PNG, drawn and encoded by the browser. */
async function pngFile(name = 'me.png'): Promise<File> {
  const canvas = new OffscreenCanvas(2, 2);
  canvas.getContext('2d')!.fillRect(0, 0, 2, 2);
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  return new File([blob], name, { type: 'image/png' });
}

function fileInput(): HTMLInputElement {
  return document.querySelector<HTMLInputElement>('[data-slot="avatar-file"]')!;
}

describe('ProfileForm', () => {
  it('edits the name and profile claims; Save waits for a change', async () => {
    const { account, section } = await setup();
    const save = section.getByRole('button', { name: 'Save changes' });
    await expect.element(save).toBeDisabled();
    expect((await axe.run(document.body)).violations).toEqual([]);

    await section.getByLabelText('Name', { exact: true }).fill('Augusta Ada King');
    await section.getByLabelText('Nickname').fill('Ada');
    await section.getByLabelText('City').fill('London');
    await section.getByLabelText('Website').fill('ftp://example.com');
    await save.click();
    await expect.element(section.getByText(/starts with http:\/\/ or https:\/\//)).toBeVisible();
    await expect.element(section.getByLabelText('Website')).toHaveAttribute('aria-invalid', 'true');

    await section.getByLabelText('Website').fill('https://ada.example.com');
    await save.click();
    await expect.element(save).toHaveAttribute('disabled');
    const user = account.simulator.getState().users[0]!;
    expect(user.name).toBe('Augusta Ada King');
    expect(user.profile).toMatchObject({
      nickname: 'Ada',
      website: 'https://ada.example.com',
      givenName: 'Ada',
      address: { locality: 'London' },
    });
  });

  it('changes the username through step-up, and shows “taken” under the field', async () => {
    const { account, screen, section } = await setup();
    const username = section.getByLabelText('Username', { exact: true });
    await username.fill('grace_hopper');
    await section.getByRole('button', { name: 'Save changes' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Confirm it’s you' });
    await dialog.getByLabelText('Password', { exact: true }).fill(DEMO_PASSWORD);
    await userEvent.keyboard('{Enter}');
    await expect
      .element(section.getByText('That username is taken. Try another one.'))
      .toBeVisible();
    await expect.element(username).toHaveAttribute('aria-invalid', 'true');
    await expect.element(username).toHaveValue('grace_hopper');

    // The record is reused: no second prompt.
    await username.fill('countess_ada');
    await section.getByRole('button', { name: 'Save changes' }).click();
    await expect
      .element(section.getByRole('button', { name: 'Save changes' }))
      .toHaveAttribute('disabled');
    expect(account.simulator.getState().users[0]?.username).toBe('countess_ada');
  });

  it('describes the tenant’s username policy and checks it before sending', async () => {
    const policy = {
      caseSensitive: true,
      minLength: 4,
      maxLength: 20,
      allowedChars: { lowercase: true, uppercase: false, numbers: true, underscore: true },
    };
    const { account, screen, section } = await setup({
      prepare: (simulator) => simulator.admin.updateSignInExperience({ usernamePolicy: policy }),
    });
    const username = section.getByLabelText('Username', { exact: true });
    await expect
      .element(username)
      .toHaveAccessibleDescription(
        '4–20 characters, using lowercase letters, numbers, and underscores. It can’t start with a number.',
      );
    const before = account.simulator.getState().users[0]?.username;
    await username.fill('ada');
    await section.getByRole('button', { name: 'Save changes' }).click();
    await expect.element(section.getByText('That username is too short.')).toBeVisible();
    await expect.element(username).toHaveAttribute('aria-invalid', 'true');
    await username.fill('Ada_Lovelace');
    await expect
      .element(section.getByText('Usernames can’t contain uppercase letters.'))
      .toBeVisible();
    await expect.element(username).toHaveValue('Ada_Lovelace');
    // Nothing was sent: no identity check was asked for, the server copy is unchanged.
    expect(screen.getByRole('dialog', { name: 'Confirm it’s you' }).query()).toBeNull();
    expect(account.simulator.getState().users[0]?.username).toBe(before);
  });

  it('puts the server’s username policy answer under the field (policy changed after load)', async () => {
    const { account, screen, section } = await setup();
    account.simulator.admin.updateSignInExperience({
      usernamePolicy: {
        caseSensitive: true,
        minLength: 1,
        maxLength: 128,
        allowedChars: { lowercase: true, uppercase: true, numbers: false, underscore: true },
      },
    });
    const username = section.getByLabelText('Username', { exact: true });
    await username.fill('ada99');
    await section.getByRole('button', { name: 'Save changes' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Confirm it’s you' });
    await dialog.getByLabelText('Password', { exact: true }).fill(DEMO_PASSWORD);
    await userEvent.keyboard('{Enter}');
    await expect.element(section.getByText('Usernames can’t contain numbers.')).toBeVisible();
    await expect.element(username).toHaveAttribute('aria-invalid', 'true');
    await expect.element(username).toHaveValue('ada99');
  });

  it('re-prompts when the identity check expired, keeping what was typed', async () => {
    const { account, screen, section } = await setup();
    const username = section.getByLabelText('Username', { exact: true });
    await username.fill('countess_ada');
    await section.getByRole('button', { name: 'Save changes' }).click();
    await screen
      .getByRole('dialog')
      .getByLabelText('Password', { exact: true })
      .fill(DEMO_PASSWORD);
    await userEvent.keyboard('{Enter}');
    await expect
      .element(section.getByRole('button', { name: 'Save changes' }))
      .toHaveAttribute('disabled');

    account.simulator.clock.advance(10 * 60_000 + 1);
    await username.fill('lady_lovelace');
    await section.getByLabelText('Name', { exact: true }).fill('Ada King');
    await section.getByRole('button', { name: 'Save changes' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Confirm it’s you' });
    await expect.element(dialog).toBeVisible();
    await dialog.getByLabelText('Password', { exact: true }).fill(DEMO_PASSWORD);
    await userEvent.keyboard('{Enter}');
    await expect
      .element(section.getByRole('button', { name: 'Save changes' }))
      .toHaveAttribute('disabled');
    const user = account.simulator.getState().users[0]!;
    expect(user.username).toBe('lady_lovelace');
    expect(user.name).toBe('Ada King');
  });

  it('cancelling step-up keeps the input and shows no error', async () => {
    const { screen, section } = await setup();
    await section.getByLabelText('Username', { exact: true }).fill('countess_ada');
    await section.getByRole('button', { name: 'Save changes' }).click();
    await expect.element(screen.getByRole('dialog')).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect.element(screen.getByRole('dialog')).not.toBeInTheDocument();
    await expect
      .element(section.getByLabelText('Username', { exact: true }))
      .toHaveValue('countess_ada');
    expect(
      section
        .getByRole('alert')
        .elements()
        .filter((alert) => alert.textContent),
    ).toEqual([]);
  });

  it('uploads a photo, and a failed save is retried with the same uploaded URL', async () => {
    const { account, screen, section } = await setup();
    await userEvent.upload(fileInput(), await pngFile());
    // Square crop first, with a keyboard-usable zoom; nothing is uploaded before Save.
    const crop = screen.getByRole('dialog', { name: 'Crop your photo' });
    const zoom = crop.getByRole('slider', { name: 'Zoom' });
    await expect.element(zoom).toBeEnabled();
    expect((await axe.run(document.body)).violations).toEqual([]);
    await zoom.click();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await expect.element(zoom).not.toHaveValue('1');
    await crop.getByRole('button', { name: 'Save' }).click();
    await expect.element(crop).not.toBeInTheDocument();
    const preview = section.getByRole('img', { name: 'Your profile photo' });
    await expect.element(preview).toBeVisible();
    const uploaded = preview.element().getAttribute('src')!;
    expect(uploaded).toMatch(/^https?:\/\//);

    account.simulator.faults.inject({ route: 'PATCH /api/my-account', status: 500, once: true });
    await section.getByRole('button', { name: 'Save changes' }).click();
    await expect
      .element(
        section.getByRole('alert').filter({ hasText: /server ran into a problem|went wrong/ }),
      )
      .toBeVisible();
    await section.getByRole('button', { name: 'Save changes' }).click();
    await expect
      .element(section.getByRole('button', { name: 'Save changes' }))
      .toHaveAttribute('disabled');
    expect(account.simulator.getState().users[0]?.avatar).toBe(uploaded);
  });

  it('shows the photo without sending the page address to its host', async () => {
    const { section } = await setup({
      prepare: (simulator) => {
        const [user] = simulator.admin.listUsers();
        simulator.admin.updateUser(user!.id, { avatar: 'https://cdn.example.com/ada.png' });
      },
    });
    const preview = section.getByRole('img', { name: 'Your profile photo' });
    await expect.element(preview).toHaveAttribute('src', 'https://cdn.example.com/ada.png');
    await expect.element(preview).toHaveAttribute('referrerpolicy', 'no-referrer');
  });

  it('caps every field at what the server accepts; an over-long value is refused under its field and kept', async () => {
    const long = 'Ada'.repeat(50);
    const { account, section } = await setup({
      prepare: (simulator) => {
        const [user] = simulator.admin.listUsers();
        // The server stores long profile claims as sent (tenant-config facts §4).
        simulator.admin.updateUser(user!.id, { profile: { ...user!.profile, givenName: long } });
      },
    });
    const caps: Array<[string, number]> = [
      ['Name', 128],
      ['Username', 128],
      ['First name', 128],
      ['Nickname', 128],
      ['Website', 2048],
      ['City', 128],
    ];
    for (const [label, cap] of caps) {
      await expect
        .element(section.getByLabelText(label, { exact: true }))
        .toHaveAttribute('maxlength', String(cap));
    }

    await section.getByLabelText('Nickname', { exact: true }).fill('Ada');
    await section.getByRole('button', { name: 'Save changes' }).click();
    const givenName = section.getByLabelText('First name', { exact: true });
    await expect
      .element(section.getByText('This is too long: use at most 128 characters.'))
      .toBeVisible();
    await expect.element(givenName).toHaveAttribute('aria-invalid', 'true');
    await expect.element(givenName).toHaveValue(long);
    await expect.element(section.getByLabelText('Nickname', { exact: true })).toHaveValue('Ada');
    expect(account.simulator.getState().users[0]!.profile.nickname).toBeUndefined();
  });

  it('checks type and size before uploading', async () => {
    const { section } = await setup();
    await userEvent.upload(fileInput(), new File(['<svg/>'], 'x.svg', { type: 'image/svg+xml' }));
    await expect.element(section.getByText(/file type isn’t supported/)).toBeVisible();
    // Dropped, with its size faked: no need to move 20 MiB through the test runner.
    const big = await pngFile('big.png');
    Object.defineProperty(big, 'size', { value: 20 * 1024 * 1024 + 1 });
    const transfer = new DataTransfer();
    transfer.items.add(big);
    document
      .querySelector('.ac-avatar-row')!
      .dispatchEvent(
        new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    await expect.element(section.getByText(/larger than/)).toBeVisible();
  });

  it('offers an image link when the tenant has no upload storage; a bad link is refused inline', async () => {
    const { account, screen, section } = await setup({ seed: { storageConfigured: false } });
    await userEvent.upload(fileInput(), await pngFile());
    const crop = screen.getByRole('dialog', { name: 'Crop your photo' });
    await expect.element(crop.getByRole('slider', { name: 'Zoom' })).toBeEnabled();
    await crop.getByRole('button', { name: 'Save' }).click();
    await expect
      .element(section.getByText('Uploading files isn’t set up for this service.'))
      .toBeVisible();
    const url = section.getByLabelText('Image URL');
    await url.fill('https://cdn.example.com/ada.png');
    await section.getByRole('button', { name: 'Save changes' }).click();
    await expect
      .element(section.getByRole('button', { name: 'Save changes' }))
      .toHaveAttribute('disabled');
    expect(account.simulator.getState().users[0]?.avatar).toBe('https://cdn.example.com/ada.png');

    await section.getByRole('button', { name: 'Remove photo' }).click();
    await section.getByRole('button', { name: 'Save changes' }).click();
    await expect
      .element(section.getByRole('button', { name: 'Save changes' }))
      .toHaveAttribute('disabled');
    expect(account.simulator.getState().users[0]?.avatar).toBeNull();
  });

  it('puts a refused image link under its field, keeping it', async () => {
    const { account, section } = await setup({
      prepare: (simulator) =>
        simulator.faults.inject({
          route: 'PATCH /api/my-account',
          status: 400,
          code: 'guard.invalid_input',
          once: true,
        }),
    });
    await section.getByRole('button', { name: 'Use an image link' }).click();
    const url = section.getByLabelText('Image URL');
    await url.fill('https://cdn.example.com/ada.png');
    await section.getByRole('button', { name: 'Save changes' }).click();
    await expect.element(url).toHaveAttribute('aria-invalid', 'true');
    await expect.element(url).toHaveAccessibleDescription(/aren’t valid/);
    await expect.element(url).toHaveValue('https://cdn.example.com/ada.png');
    expect(account.simulator.getState().users[0]?.avatar).toBeNull();
  });

  it('clearing the username asks first, then removes it after step-up', async () => {
    const { account, screen, section } = await setup();
    const username = section.getByLabelText('Username', { exact: true });
    await username.clear();
    await section.getByRole('button', { name: 'Save changes' }).click();
    const confirm = screen.getByRole('alertdialog', { name: 'Remove username' });
    await expect.element(confirm).toHaveAccessibleDescription(/ada_lovelace/);
    await confirm.getByRole('button', { name: 'Remove' }).click();
    await screen
      .getByRole('dialog')
      .getByLabelText('Password', { exact: true })
      .fill(DEMO_PASSWORD);
    await userEvent.keyboard('{Enter}');
    await expect
      .element(section.getByRole('button', { name: 'Save changes' }))
      .toHaveAttribute('disabled');
    expect(account.simulator.getState().users[0]?.username).toBeNull();
  });

  it('refuses to clear a username that is provably the last identifier, under the field', async () => {
    const { account, section } = await setup({
      seed: { users: [{ username: 'ada', password: DEMO_PASSWORD, identities: {} }] },
    });
    const username = section.getByLabelText('Username', { exact: true });
    await username.clear();
    await section.getByRole('button', { name: 'Save changes' }).click();
    await expect
      .element(username)
      .toHaveAccessibleDescription(/You need to keep at least one way to sign in/);
    expect(account.simulator.getState().users[0]?.username).toBe('ada');
  });

  it('maps the server’s last-identifier refusal to the username field', async () => {
    // Email Off: the UI can't see it, so only the server can refuse.
    const { section, screen } = await setup({
      seed: {
        users: [{ username: 'ada', password: DEMO_PASSWORD, identities: {} }],
        accountCenter: { fields: { ...allFields('Edit'), email: 'Off' } },
      },
    });
    const username = section.getByLabelText('Username', { exact: true });
    await username.clear();
    await section.getByRole('button', { name: 'Save changes' }).click();
    await screen.getByRole('alertdialog').getByRole('button', { name: 'Remove' }).click();
    await screen
      .getByRole('dialog')
      .getByLabelText('Password', { exact: true })
      .fill(DEMO_PASSWORD);
    await userEvent.keyboard('{Enter}');
    await expect
      .element(username)
      .toHaveAccessibleDescription(/You need to keep at least one way to sign in/);
  });

  it('isolates a read-only name with U+202E (right-to-left override) in its row', async () => {
    const name = '\u202Eecalevol adA';
    const account = createSimulatedAccount({
      seed: { accountCenter: { fields: { ...allFields('Off'), name: 'ReadOnly' } } },
      prepare: (simulator) => {
        const [user] = simulator.admin.listUsers();
        simulator.admin.updateUser(user!.id, { name });
      },
    });
    const screen = await render(<ProfileForm />, { wrapper: account.Wrapper });
    const shown = screen.getByRole('region', { name: 'Profile' }).getByText(name);
    await expect.element(shown).toBeVisible();
    expect(shown.element().closest('bdi')?.textContent).toBe(name);
  });

  it('shows ReadOnly fields without controls and hides Off ones', async () => {
    const account = createSimulatedAccount({
      seed: {
        accountCenter: {
          fields: { ...allFields('Off'), name: 'ReadOnly', username: 'Edit', profile: 'ReadOnly' },
        },
      },
    });
    const screen = await render(<ProfileForm />, { wrapper: account.Wrapper });
    const section = screen.getByRole('region', { name: 'Profile' });
    await expect.element(section.getByText('Ada Lovelace')).toBeVisible();
    await expect.element(section.getByLabelText('Name', { exact: true })).not.toBeInTheDocument();
    await expect.element(section.getByLabelText('Username', { exact: true })).toBeVisible();
    await expect.element(section.getByText('Profile photo')).not.toBeInTheDocument();
    await expect.element(section.getByLabelText('City')).not.toBeInTheDocument();
    expect((await axe.run(document.body)).violations).toEqual([]);
  });
});
