import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, waitFor, within } from 'storybook/test';
import { DEMO_PASSWORD, allFields } from '@account-center/mock';
import { simulatedAccountStory } from '../../test-utils/simulated-account.js';
import type { SimulatedAccount } from '../../test-utils/simulated-account.js';
import { loadingStory } from '../../test-utils/state-stories.js';
import { storyI18n } from '../../test-utils/story-i18n.js';
import { Profile, ProfileForm } from './profile-form.js';

const meta = {
  title: 'Components/ProfileForm',
  component: ProfileForm,
} satisfies Meta<typeof ProfileForm>;

export default meta;
type Story = StoryObj<typeof meta>;

const exact = { exact: true } as const;

/** Everything editable; Save waits for a change. */
export const Default: Story = {
  ...simulatedAccountStory(),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    const name = await canvas.findByLabelText(t('profile.name'), exact);
    const save = canvas.getByRole('button', { name: t('common.saveChanges') });
    await expect(save).toBeDisabled();
    await userEvent.type(name, ' King');
    await expect(save).toBeEnabled();
  },
};

/** Saved: the change is announced and Save is disabled again. */
export const Saved: Story = {
  ...simulatedAccountStory(),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    await userEvent.type(await canvas.findByLabelText(t('profile.nickname')), 'Ada');
    const save = canvas.getByRole('button', { name: t('common.saveChanges') });
    await userEvent.click(save);
    await waitFor(() => expect(save).toBeDisabled());
  },
};

/** A field the server refuses: the message sits under the field and the input stays. */
export const UsernameTaken: Story = {
  ...simulatedAccountStory(),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    const username = await canvas.findByLabelText(t('profile.username'), exact);
    await userEvent.clear(username);
    await userEvent.type(username, 'grace_hopper');
    await userEvent.click(canvas.getByRole('button', { name: t('common.saveChanges') }));
    const dialog = await screen.findByRole('dialog', { name: t('verification.title') });
    await userEvent.type(
      within(dialog).getByLabelText(t('verification.passwordLabel'), { selector: 'input' }),
      `${DEMO_PASSWORD}{Enter}`,
    );
    await expect(await canvas.findByText(t('errors.user.username_already_in_use'))).toBeVisible();
    await expect(username).toHaveValue('grace_hopper');
  },
};

/** The tenant's username policy: the hint describes it and the browser refuses a value that breaks it. */
export const UsernamePolicy: Story = {
  ...simulatedAccountStory({
    prepare: (simulator) =>
      simulator.admin.updateSignInExperience({
        usernamePolicy: {
          caseSensitive: true,
          minLength: 4,
          maxLength: 20,
          allowedChars: { lowercase: true, uppercase: false, numbers: true, underscore: true },
        },
      }),
  }),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    const username = await canvas.findByLabelText(t('profile.username'), exact);
    await userEvent.clear(username);
    await userEvent.type(username, 'Ada_L');
    await userEvent.click(canvas.getByRole('button', { name: t('common.saveChanges') }));
    await expect(
      await canvas.findByText(t('errors.user.username_uppercase_not_allowed')),
    ).toBeVisible();
    await expect(username).toHaveValue('Ada_L');
  },
};

/** Clearing the username removes a sign-in identifier: it asks first, naming it. */
export const ConfirmUsernameRemoval: Story = {
  ...simulatedAccountStory(),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    await userEvent.clear(await canvas.findByLabelText(t('profile.username'), exact));
    await userEvent.click(canvas.getByRole('button', { name: t('common.saveChanges') }));
    const dialog = await screen.findByRole('alertdialog', { name: t('profile.removeUsername') });
    await expect(dialog).toHaveAccessibleDescription(
      t('profile.removeUsernameDescription', { username: 'ada_lovelace' }),
    );
  },
};

/** Client-side check before anything is sent. */
export const InvalidInput: Story = {
  ...simulatedAccountStory(),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    await userEvent.type(await canvas.findByLabelText(t('profile.website')), 'ftp://example.com');
    await userEvent.click(canvas.getByRole('button', { name: t('common.saveChanges') }));
    await expect(await canvas.findByText(t('profile.urlInvalid'))).toBeVisible();
  },
};

/** A failure that belongs to no field: a banner, the form kept. */
export const ServerError: Story = {
  ...simulatedAccountStory({
    prepare: (simulator) =>
      simulator.faults.inject({ route: 'PATCH /api/my-account/profile', status: 500 }),
  }),
  play: async ({ canvas, canvasElement, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    const nickname = await canvas.findByLabelText(t('profile.nickname'));
    await userEvent.type(nickname, 'Ada');
    await userEvent.click(canvas.getByRole('button', { name: t('common.saveChanges') }));
    await waitFor(() =>
      expect(canvasElement.querySelector('[data-slot="profile-error"]')).toBeInTheDocument(),
    );
    await expect(nickname).toHaveValue('Ada');
  },
};

/** No upload storage on the tenant: the photo can be given as a link. */
export const StorageNotConfigured: Story = {
  ...simulatedAccountStory({ seed: { storageConfigured: false } }),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    await userEvent.click(await canvas.findByRole('button', { name: t('profile.useAvatarUrl') }));
    await expect(canvas.getByLabelText(t('profile.avatarUrl'))).toBeVisible();
  },
};

/** A dropped image opens the square crop with a zoom slider; nothing is uploaded before Save. */
export const CropPhoto: Story = {
  ...simulatedAccountStory(),
  play: async ({ canvas, canvasElement, globals }) => {
    const { t } = await storyI18n(globals);
    await canvas.findByLabelText(t('profile.name'), exact);
    const drawing = new OffscreenCanvas(4, 3);
    drawing.getContext('2d')!.fillRect(0, 0, 4, 3);
    const png = await drawing.convertToBlob({ type: 'image/png' });
    const transfer = new DataTransfer();
    transfer.items.add(new File([png], 'me.png', { type: 'image/png' }));
    canvasElement
      .querySelector('.ac-avatar-row')!
      .dispatchEvent(
        new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    const dialog = await screen.findByRole('dialog', { name: t('profile.cropTitle') });
    await waitFor(() =>
      expect(within(dialog).getByRole('slider', { name: t('profile.zoom') })).toBeEnabled(),
    );
  },
};

/** A photo set: preview with Change and Remove. */
export const WithAvatar: Story = {
  ...simulatedAccountStory({
    prepare: (simulator) =>
      simulator.admin.updateUser(simulator.getState().users[0]!.id, {
        avatar: 'https://example.com/avatar.png',
      }),
  }),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(
      await canvas.findByRole('img', { name: t('profile.avatarPreview') }),
    ).toBeVisible();
    await expect(canvas.getByRole('button', { name: t('profile.removeAvatar') })).toBeVisible();
  },
};

/** Nothing filled in yet. */
export const Empty: Story = {
  ...simulatedAccountStory({
    seed: { users: [{ username: null, primaryEmail: 'a@example.com' }] },
  }),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(await canvas.findByLabelText(t('profile.name'), exact)).toHaveValue('');
  },
};

/** Admin-managed: values with a hint, no controls, no Save. */
export const ReadOnly: Story = {
  ...simulatedAccountStory({
    seed: {
      accountCenter: {
        fields: {
          ...allFields('Off'),
          name: 'ReadOnly',
          username: 'ReadOnly',
          avatar: 'ReadOnly',
          profile: 'ReadOnly',
        },
      },
    },
  }),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(await canvas.findByText('Ada Lovelace')).toBeVisible();
    await expect(canvas.queryByRole('textbox')).not.toBeInTheDocument();
    await expect(canvas.queryByRole('button', { name: t('common.saveChanges') })).toBeNull();
  },
};

/** Loading: skeleton, busy region. */
export const Loading: Story = loadingStory('GET /api/my-account', 'profile-form');

/** The account could not be read: a message and a retry. */
export const LoadError: Story = {
  ...simulatedAccountStory({
    prepare: (simulator) =>
      // A 4xx: the hooks retry 5xx and network errors by themselves.
      simulator.faults.inject({
        route: 'GET /api/my-account',
        status: 403,
        code: 'auth.forbidden',
        once: true,
      }),
  }),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    await userEvent.click(await canvas.findByRole('button', { name: t('common.retry') }));
    await expect(await canvas.findByLabelText(t('profile.name'), exact)).toBeVisible();
  },
};

/** Every profile field Off: nothing is rendered. */
export const Off: Story = {
  ...simulatedAccountStory({
    seed: { accountCenter: { fields: { ...allFields('Off'), email: 'Edit' } } },
  }),
  play: async ({ canvasElement, loaded }) => {
    const { account } = loaded as { account: SimulatedAccount };
    await waitFor(() => expect(account.queryClient.isFetching()).toBe(0));
    await expect(canvasElement.querySelector('[data-slot="profile-form"]')).toBeNull();
  },
};

/**
 * Built from the `Profile` parts: the app's own title, Save first, only the name and the details,
 * with the app's own note between them; validation and saving behave as in `ProfileForm`.
 */
export const Composed: Story = {
  ...simulatedAccountStory(),
  render: () => (
    <Profile.Root>
      <Profile.Header>
        <Profile.Title>About you</Profile.Title>
      </Profile.Header>
      <Profile.Content>
        <Profile.Form>
          <Profile.Save />
          <Profile.Error />
          <Profile.Name />
          <p>Shown on your invoices.</p>
          <Profile.Details />
        </Profile.Form>
      </Profile.Content>
    </Profile.Root>
  ),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    const section = await canvas.findByRole('region', { name: 'About you' });
    const name = await within(section).findByLabelText(t('profile.name'), exact);
    await expect(within(section).queryByLabelText(t('profile.username'), exact)).toBeNull();
    const save = within(section).getByRole('button', { name: t('common.saveChanges') });
    await expect(save).toBeDisabled();
    await userEvent.type(name, ' King');
    await expect(save).toBeEnabled();
  },
};
