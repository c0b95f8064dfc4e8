import { Fragment, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, within } from 'storybook/test';
import { DEMO_PASSWORD, defaultBackupCodes, demoUserSeed, mfaUserSeed } from '@account-center/mock';
import type { AccountApiSimulator } from '@account-center/mock';
import type { I18n } from '../../i18n/create-i18n.js';
import { simulatedAccountStory } from '../../test-utils/simulated-account.js';
import { loadingStory } from '../../test-utils/state-stories.js';
import { storyI18n } from '../../test-utils/story-i18n.js';
import { VerificationDialog } from '../verification/verification-dialog.js';
import { BackupCodes, BackupCodesOffer } from './backup-codes.js';
import type { BackupCodesProps } from './backup-codes.js';

/** Story only: the play function loads the page again (as a reload would) with this event. */
const RELOAD_PAGE = 'story:reload-page';

/** The story's page, mounted afresh on `RELOAD_PAGE` (same tenant and cache, new components). */
function Page({ children }: { children: ReactNode }) {
  const [load, setLoad] = useState(0);
  useEffect(() => {
    const reload = () => setLoad((count) => count + 1);
    window.addEventListener(RELOAD_PAGE, reload);
    return () => window.removeEventListener(RELOAD_PAGE, reload);
  }, []);
  return <Fragment key={load}>{children}</Fragment>;
}

const meta = {
  title: 'Components/MFA/BackupCodes',
  component: BackupCodes,
  args: { appName: 'Acme' },
  render: (args: BackupCodesProps) => (
    <Page>
      <BackupCodes {...args} />
      <VerificationDialog />
    </Page>
  ),
  // A story that leaves codes unbound leaves a marker: it goes with the story, so no later story
  // (or test file on this origin) sees it.
  beforeEach: () => () => {
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith('account-center:backup-codes')) localStorage.removeItem(key);
    }
  },
} satisfies Meta<BackupCodesProps>;

export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = Parameters<NonNullable<Story['play']>>[0]['canvas'];
type UserEvent = Parameters<NonNullable<Story['play']>>[0]['userEvent'];

async function stepUp(userEvent: UserEvent, t: I18n['t']) {
  await userEvent.type(
    await screen.findByLabelText(t('verification.passwordLabel'), { exact: true }),
    DEMO_PASSWORD,
  );
  await userEvent.click(screen.getByRole('button', { name: t('verification.verify') }));
}

async function codeList(canvas: Canvas, t: I18n['t']) {
  return canvas.findByRole('list', { name: t('backupCodes.listLabel') }, { timeout: 5_000 });
}

const withTotp = { users: [{ ...demoUserSeed(), mfa: { totp: true } }] };

/** Marks the first `count` stored codes as used, as signing in with them would. */
function markCodesUsed(simulator: AccountApiSimulator, count: number) {
  const user = simulator.getState().users[0]!;
  simulator.admin.updateUser(user.id, {
    mfaVerifications: user.mfaVerifications.map((entry) =>
      entry.type === 'BackupCode' && 'codes' in entry
        ? {
            ...entry,
            codes: entry.codes.map((code, index) =>
              index < count ? { ...code, usedAt: '2026-11-20T10:00:00.000Z' } : code,
            ),
          }
        : entry,
    ),
  });
}

/** Ten codes left: view them or generate a new set. */
export const Default: Story = {
  ...simulatedAccountStory({ seed: { users: [mfaUserSeed()] } }),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(await canvas.findByText(t('backupCodes.remaining', { count: 10 }))).toBeVisible();
    await expect(canvas.getByRole('button', { name: t('backupCodes.show') })).toBeVisible();
    await expect(canvas.getByRole('button', { name: t('backupCodes.regenerate') })).toBeVisible();
  },
};

/** No codes yet, and a TOTP exists: Generate. */
export const Empty: Story = {
  ...simulatedAccountStory({ seed: withTotp }),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(await canvas.findByText(t('backupCodes.none'))).toBeVisible();
    await expect(canvas.getByRole('button', { name: t('backupCodes.generate') })).toBeEnabled();
  },
};

/** No TOTP or passkey: backup codes can't be the only factor. */
export const NeedsOtherFactor: Story = {
  ...simulatedAccountStory(),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    const generate = await canvas.findByRole('button', { name: t('backupCodes.generate') });
    await expect(generate).toBeDisabled();
    await expect(generate).toHaveAccessibleDescription(t('backupCodes.needsOtherFactor'));
  },
};

/** Two left: a warning. */
export const RunningLow: Story = {
  ...simulatedAccountStory({
    seed: { users: [mfaUserSeed()] },
    prepare: (simulator) => markCodesUsed(simulator, 8),
  }),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(await canvas.findByText(t('backupCodes.lowWarning', { count: 2 }))).toBeVisible();
  },
};

/** Every code used: say so, and offer a new set (no confirmation needed: nothing is lost). */
export const AllUsed: Story = {
  ...simulatedAccountStory({
    seed: { users: [mfaUserSeed()] },
    prepare: (simulator) => markCodesUsed(simulator, 10),
  }),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(await canvas.findByText(t('backupCodes.allUsed'))).toBeVisible();
    await expect(canvas.getByRole('button', { name: t('backupCodes.regenerate') })).toBeEnabled();
  },
};

/** The stored set after step-up: used and unused said in text. */
export const Viewing: Story = {
  ...simulatedAccountStory({
    seed: { users: [mfaUserSeed()] },
    prepare: (simulator) => markCodesUsed(simulator, 3),
  }),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    await userEvent.click(await canvas.findByRole('button', { name: t('backupCodes.show') }));
    await stepUp(userEvent, t);
    const list = await codeList(canvas, t);
    await expect(within(list).getAllByText(t('backupCodes.used'), { exact: true })).toHaveLength(3);
    await expect(within(list).getAllByText(t('backupCodes.unused'), { exact: true })).toHaveLength(
      7,
    );
    await expect(within(list).getByText(defaultBackupCodes()[9]!)).toBeVisible();
  },
};

/** A new set, waiting for "I've saved these codes". */
export const NewCodes: Story = {
  ...simulatedAccountStory({ seed: withTotp }),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    await userEvent.click(await canvas.findByRole('button', { name: t('backupCodes.generate') }));
    await stepUp(userEvent, t);
    const list = await codeList(canvas, t);
    await expect(within(list).getAllByRole('listitem')).toHaveLength(10);
    for (const name of [
      t('backupCodes.copyAll'),
      t('backupCodes.downloadCodes'),
      t('backupCodes.printCodes'),
    ]) {
      await expect(canvas.getByRole('button', { name })).toBeVisible();
    }
    await userEvent.click(canvas.getByRole('button', { name: t('backupCodes.activate') }));
    const saved = canvas.getByRole('checkbox', { name: t('backupCodes.confirmSaved') });
    await expect(saved).toHaveAccessibleDescription(t('backupCodes.confirmRequired'));
  },
};

/** Regenerating asks first. */
export const RegenerateConfirmation: Story = {
  ...simulatedAccountStory({ seed: { users: [mfaUserSeed()] } }),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    await userEvent.click(await canvas.findByRole('button', { name: t('backupCodes.regenerate') }));
    const dialog = await screen.findByRole('alertdialog', {
      name: t('backupCodes.regenerateTitle'),
    });
    await expect(dialog).toHaveAccessibleDescription(t('backupCodes.regenerateDescription'));
  },
};

/**
 * Binding the new set failed, also after the automatic retries: the codes stay, they say they
 * are not on, and Retry binds the same ones.
 */
export const BindFailed: Story = {
  ...simulatedAccountStory({
    seed: withTotp,
    prepare: (simulator) =>
      simulator.faults.inject({ route: 'POST /api/my-account/mfa-verifications', status: 500 }),
  }),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    await userEvent.click(await canvas.findByRole('button', { name: t('backupCodes.generate') }));
    await stepUp(userEvent, t);
    await codeList(canvas, t);
    await expect(canvas.getByText(t('backupCodes.notActive'))).toBeVisible();
    await userEvent.click(canvas.getByRole('checkbox', { name: t('backupCodes.confirmSaved') }));
    await userEvent.click(canvas.getByRole('button', { name: t('backupCodes.activate') }));
    // Two automatic retries come first (about 2 s).
    await expect(
      await canvas.findByRole('button', { name: t('common.retry') }, { timeout: 20_000 }),
    ).toBeVisible();
    await expect(within(await codeList(canvas, t)).getAllByRole('listitem')).toHaveLength(10);
    await expect(canvas.getByText(t('backupCodes.notActive'))).toBeVisible();
  },
};

/** Regenerating failed after the old set was deleted: the user is told they have no codes now. */
export const RegenerateBindFailed: Story = {
  ...simulatedAccountStory({
    seed: { users: [mfaUserSeed()] },
    prepare: (simulator) =>
      simulator.faults.inject({ route: 'POST /api/my-account/mfa-verifications', status: 500 }),
  }),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    await userEvent.click(await canvas.findByRole('button', { name: t('backupCodes.regenerate') }));
    const dialog = await screen.findByRole('alertdialog', {
      name: t('backupCodes.regenerateTitle'),
    });
    await userEvent.click(
      within(dialog).getByRole('button', { name: t('backupCodes.regenerate') }),
    );
    await stepUp(userEvent, t);
    await codeList(canvas, t);
    await userEvent.click(canvas.getByRole('checkbox', { name: t('backupCodes.confirmSaved') }));
    await userEvent.click(canvas.getByRole('button', { name: t('backupCodes.activate') }));
    await expect(
      await canvas.findByText(t('backupCodes.bindFailedNoCodes'), {}, { timeout: 20_000 }),
    ).toBeVisible();
    await expect(canvas.queryByRole('button', { name: t('common.cancel') })).toBeNull();
  },
};

/** The page closed while new codes were shown: the next load says they were never turned on. */
export const Interrupted: Story = {
  ...simulatedAccountStory({ seed: withTotp }),
  play: async ({ canvas, userEvent, globals }) => {
    const { t } = await storyI18n(globals);
    await userEvent.click(await canvas.findByRole('button', { name: t('backupCodes.generate') }));
    await stepUp(userEvent, t);
    await codeList(canvas, t);
    window.dispatchEvent(new Event(RELOAD_PAGE));
    await expect(await canvas.findByText(t('backupCodes.interruptedTitle'))).toBeVisible();
    await expect(canvas.queryByRole('list', { name: t('backupCodes.listLabel') })).toBeNull();
    await expect(canvas.getByRole('button', { name: t('backupCodes.generate') })).toBeEnabled();
  },
};

export const Loading: Story = loadingStory('GET /api/my-account/mfa-verifications', 'backup-codes');

/** The factors failed to load (500): an error with Retry. */
export const ServerError: Story = {
  ...simulatedAccountStory({
    prepare: (simulator) =>
      simulator.faults.inject({ route: 'GET /api/my-account/mfa-verifications', status: 500 }),
  }),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(await canvas.findByText(t('common.loadFailed'))).toBeVisible();
  },
};

/** The admin made MFA read-only: the count and the stored codes, no generate. */
export const ReadOnly: Story = {
  ...simulatedAccountStory({
    seed: { accountCenter: { fields: { mfa: 'ReadOnly' } }, users: [mfaUserSeed()] },
  }),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(await canvas.findByText(t('common.managedByAdmin'))).toBeVisible();
    await expect(canvas.queryByRole('button', { name: t('backupCodes.regenerate') })).toBeNull();
  },
};

/** Offered right after the first second factor was added. */
export const Offer: Story = {
  ...simulatedAccountStory({ seed: withTotp }),
  render: () => (
    <>
      <BackupCodesOffer appName="Acme" onCancel={() => {}} />
      <VerificationDialog />
    </>
  ),
  play: async ({ canvas, globals }) => {
    const { t } = await storyI18n(globals);
    await expect(await canvas.findByText(t('backupCodes.offerTitle'))).toBeVisible();
    await expect(canvas.getByRole('button', { name: t('backupCodes.notNow') })).toBeVisible();
  },
};

/**
 * The parts rearranged: the actions first, then a status line of the app's own (the count in
 * bold), then the stored codes and the new-set panel.
 */
export const Composed: Story = {
  ...simulatedAccountStory({ seed: { users: [mfaUserSeed()] } }),
  render: (args) => (
    <>
      <BackupCodes.Root {...args}>
        <BackupCodes.Header />
        <BackupCodes.Content>
          <BackupCodes.Actions />
          <BackupCodes.Status>{({ remaining }) => <strong>{remaining}</strong>}</BackupCodes.Status>
          <BackupCodes.List />
          <BackupCodes.SetupPanel />
          <BackupCodes.ReadOnlyNote />
        </BackupCodes.Content>
      </BackupCodes.Root>
      <VerificationDialog />
    </>
  ),
  play: async ({ canvas, canvasElement, globals }) => {
    const { t } = await storyI18n(globals);
    const show = await canvas.findByRole('button', { name: t('backupCodes.show') });
    await expect(canvas.getByRole('button', { name: t('backupCodes.regenerate') })).toBeVisible();
    const status = canvasElement.querySelector('[data-slot="backup-codes-status"]')!;
    await expect(status.textContent).toBe('10');
    await expect(status.firstElementChild?.tagName).toBe('STRONG');
    await expect(
      show.compareDocumentPosition(status) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  },
};
