import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { cleanup, render } from 'vitest-browser-react';
import type { AccountApiSimulator } from '@account-center/mock';
import { DEMO_PASSWORD, demoUserSeed, mfaUserSeed } from '@account-center/mock';
import '../../styles.css';
import { createSimulatedAccount } from '../../test-utils/simulated-account.js';
import { VerificationDialog } from '../verification/verification-dialog.js';
import type { SimulatedAccountOptions } from '../../test-utils/simulated-account.js';
import { BackupCodeActions } from './backup-code-download.js';
import { backupCodesFileName, printElement } from './backup-code-file.js';
import { BackupCodes } from './backup-codes.js';

/** The backup-code markers in `localStorage` (one per account; never a code), by key. */
function markers(): [string, string][] {
  return Object.entries(localStorage).filter(([key]) =>
    key.startsWith('account-center:backup-codes'),
  );
}

// Every page and marker a test leaves goes with it: a mounted setup may still write its marker,
// and test files share this origin's `localStorage`.
afterEach(async () => {
  vi.restoreAllMocks();
  await cleanup();
  for (const [key] of markers()) localStorage.removeItem(key);
});

async function renderCodes(options: SimulatedAccountOptions = {}) {
  const account = createSimulatedAccount(options);
  const screen = await render(
    <>
      <BackupCodes appName="Acme" />
      <VerificationDialog />
    </>,
    { wrapper: account.Wrapper },
  );
  return { ...account, screen };
}

type Screen = Awaited<ReturnType<typeof renderCodes>>['screen'];

async function stepUp(screen: Screen) {
  await userEvent.fill(screen.getByLabelText('Password', { exact: true }), DEMO_PASSWORD);
  await screen.getByRole('button', { name: 'Verify' }).click();
}

const withTotp = { seed: { users: [{ ...demoUserSeed(), mfa: { totp: true } }] } };

function storedCodes(simulator: AccountApiSimulator) {
  return simulator
    .getState()
    .users[0]!.mfaVerifications.filter((entry) => entry.type === 'BackupCode')
    .flatMap((entry) => ('codes' in entry ? entry.codes : []));
}

/** Marks the first `count` stored codes as used, as signing in with them would. */
function markCodesUsed(simulator: AccountApiSimulator, count: number) {
  const user = simulator.getState().users[0]!;
  const mfaVerifications = user.mfaVerifications.map((entry) =>
    entry.type === 'BackupCode' && 'codes' in entry
      ? {
          ...entry,
          codes: entry.codes.map((code, index) =>
            index < count ? { ...code, usedAt: new Date().toISOString() } : code,
          ),
        }
      : entry,
  );
  simulator.admin.updateUser(user.id, { mfaVerifications });
}

/** What the kit's polite live region says now (not whichever status comes first on the page). */
const announced = () =>
  document.querySelector('[data-slot="live-region"] [role="status"]')?.textContent ?? '';

/** Whether leaving the page now would ask first (a `beforeunload` listener cancels it). */
function leavingAsks(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

/** What the one backup-code marker holds (the test's account is the only one), or `null`. */
function marker(): unknown {
  const found = markers();
  expect(found.length).toBeLessThanOrEqual(1);
  return found.length ? JSON.parse(found[0]![1]) : null;
}

/** Everything this origin keeps in `localStorage`, to check that no code is in it. */
const storedText = () => JSON.stringify(Object.entries(localStorage));

/**
 * Clicks Download and returns the file's name and text. Waits first for the print view to name
 * the account: the account loads with the actions, and a file saved before says no account.
 */
async function download(section: ReturnType<Screen['getByRole']>) {
  await expect
    .poll(() => section.element().querySelector('[data-slot="backup-code-print"] h1')?.textContent)
    .toMatch(/\(.+@example\.com\)$/);
  const blobs: Blob[] = [];
  const names: string[] = [];
  const restore = [
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:backup-codes';
    }),
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {}),
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    }),
  ];
  await section.getByRole('button', { name: 'Download codes' }).click();
  for (const spy of restore) spy.mockRestore();
  expect(blobs).toHaveLength(1);
  return { name: names[0], text: await blobs[0]!.text() };
}

const NOT_ACTIVE_FILE_LINE =
  'Saved before they were turned on: these codes work only if turning them on finished. Check your account to be sure.';

/** The codes as the grid shows them. */
async function codesOnScreen(screen: Screen): Promise<string[]> {
  const list = screen.getByRole('list', { name: 'Your backup codes' });
  await expect.element(list).toBeVisible();
  return list
    .getByRole('listitem')
    .elements()
    .map((item) => item.querySelector('code')!.textContent!);
}

describe('BackupCodes', () => {
  it('generates, downloads, prints and binds after "saved"', async () => {
    const { screen, simulator } = await renderCodes(withTotp);
    const section = screen.getByRole('region', { name: 'Backup codes' });
    await expect.element(section.getByText('No backup codes yet.')).toBeVisible();
    await section.getByRole('button', { name: 'Generate backup codes' }).click();
    await stepUp(screen);

    const codes = await codesOnScreen(screen);
    expect(codes).toHaveLength(10);
    for (const code of codes) expect(code).toMatch(/^[0-9a-f]{10}$/);
    expect(storedCodes(simulator)).toHaveLength(0);
    expect((await axe.run(document.body)).violations).toEqual([]);

    // Not on yet: the panel says so, leaving asks first, and the marker holds no code.
    await expect
      .element(
        section.getByText('These codes don’t work yet. They start working when you turn them on.'),
      )
      .toBeVisible();
    expect(leavingAsks()).toBe(true);
    expect(marker()).toEqual({ state: 'shown', since: expect.any(String) });
    for (const code of codes) expect(storedText()).not.toContain(code);

    // Download: the text the user gets (it says the codes were not on yet), and the file name.
    const file = await download(section);
    expect(file.name).toBe('acme-backup-codes-ada-example.com.txt');
    const lines = file.text.split('\n');
    expect(lines[0]).toBe('Backup codes for Acme (ada@example.com)');
    expect(lines[1]).toMatch(/^Generated /);
    expect(lines[2]).toBe(NOT_ACTIVE_FILE_LINE);
    expect(file.text).toContain('Each code works once.');
    expect(lines.filter((line) => /^[0-9a-f]{10}$/.test(line))).toEqual(codes);

    // Print: only the print view is marked for printing, then the page is restored.
    let printed: string[] = [];
    vi.spyOn(window, 'print').mockImplementation(() => {
      printed = [...document.querySelectorAll('[data-printing] code')].map(
        (node) => node.textContent!,
      );
      expect(document.documentElement.hasAttribute('data-ac-printing')).toBe(true);
      window.dispatchEvent(new Event('afterprint'));
    });
    await section.getByRole('button', { name: 'Print codes' }).click();
    expect(printed).toEqual(codes);
    expect(document.documentElement.hasAttribute('data-ac-printing')).toBe(false);

    // Binding needs the "saved" confirmation first.
    await section.getByRole('button', { name: 'Turn on these codes' }).click();
    const saved = section.getByRole('checkbox', { name: 'I’ve saved these codes' });
    await expect.element(saved).toHaveAttribute('aria-invalid', 'true');
    await expect
      .element(saved)
      .toHaveAccessibleDescription('Confirm that you’ve saved the codes first.');
    expect(storedCodes(simulator)).toHaveLength(0);
    await saved.click();
    await section.getByRole('button', { name: 'Turn on these codes' }).click();
    await expect.element(section.getByText('10 codes left')).toBeVisible();
    await expect.poll(announced).toBe('Backup codes are ready.');
    expect(storedCodes(simulator).map((entry) => entry.code)).toEqual(codes);
    expect(leavingAsks()).toBe(false);
    expect(marker()).toBeNull();
  });

  it('views used and unused codes, and regenerates after a confirmation', async () => {
    const { screen, simulator, queryClient } = await renderCodes({
      seed: { users: [mfaUserSeed()] },
    });
    const section = screen.getByRole('region', { name: 'Backup codes' });
    await expect.element(section.getByText('10 codes left')).toBeVisible();
    const codes = storedCodes(simulator).map((entry) => entry.code);

    // Eight are used: the count, the warning, and the view in text (after step-up).
    markCodesUsed(simulator, 8);
    await queryClient.invalidateQueries();
    await expect.element(section.getByText('2 codes left')).toBeVisible();
    await expect
      .element(section.getByText('Only 2 backup codes left. Generate new codes soon.'))
      .toBeVisible();
    await section.getByRole('button', { name: 'Show codes' }).click();
    await stepUp(screen);
    const list = section.getByRole('list', { name: 'Your backup codes' });
    await expect.element(list).toBeVisible();
    expect(list.getByText('Used', { exact: true }).elements()).toHaveLength(8);
    expect(list.getByText('Not used', { exact: true }).elements()).toHaveLength(2);
    await section.getByRole('button', { name: 'Hide codes' }).click();

    // Regenerate, after a confirmation.
    await section.getByRole('button', { name: 'Generate new codes' }).click();
    const dialog = screen.getByRole('alertdialog', { name: 'Generate new backup codes?' });
    await dialog.getByRole('button', { name: 'Generate new codes' }).click();
    await expect.element(section.getByText('Your new backup codes')).toBeVisible();
    const fresh = await codesOnScreen(screen);
    expect(fresh).not.toEqual(codes);
    await section.getByRole('checkbox', { name: 'I’ve saved these codes' }).click();
    await section.getByRole('button', { name: 'Turn on these codes' }).click();
    await expect.element(section.getByText('10 codes left')).toBeVisible();
    await expect.poll(announced).toBe('New backup codes are ready. Your old codes no longer work.');
    expect(storedCodes(simulator).map((entry) => entry.code)).toEqual(fresh);
  });

  it('asks for step-up before showing stored codes', async () => {
    const { screen } = await renderCodes({ seed: { users: [mfaUserSeed()] } });
    const section = screen.getByRole('region', { name: 'Backup codes' });
    await expect.element(section.getByText('10 codes left')).toBeVisible();
    await section.getByRole('button', { name: 'Show codes' }).click();
    await expect.element(screen.getByRole('dialog')).toBeVisible();
    await stepUp(screen);
    expect(await codesOnScreen(screen)).toContain('0a1b2c3d4e');
  });

  it('is disabled with a reason while there is no TOTP or passkey', async () => {
    const { screen } = await renderCodes();
    const generate = screen.getByRole('button', { name: 'Generate backup codes' });
    await expect.element(generate).toBeDisabled();
    await expect
      .element(generate)
      .toHaveAccessibleDescription(
        'Set up another two-step method first. Backup codes can’t be your only one.',
      );
  });

  it('is not rendered when MFA is Off', async () => {
    const { screen } = await renderCodes({
      seed: { accountCenter: { fields: { mfa: 'Off', passkey: 'Edit' } } },
    });
    await expect
      .poll(() => screen.container.querySelector('[data-slot="backup-codes"]'))
      .toBeNull();
  });
});

describe('BackupCodes regenerating when the bind fails right after the delete', () => {
  /** Regenerate over the seeded unused set, up to the new codes on screen with "saved" ticked. */
  async function regenerate(screen: Screen) {
    const section = screen.getByRole('region', { name: 'Backup codes' });
    await expect.element(section.getByText('10 codes left')).toBeVisible();
    await section.getByRole('button', { name: 'Generate new codes' }).click();
    const dialog = screen.getByRole('alertdialog', { name: 'Generate new backup codes?' });
    await dialog.getByRole('button', { name: 'Generate new codes' }).click();
    await stepUp(screen);
    const fresh = await codesOnScreen(screen);
    await section.getByRole('checkbox', { name: 'I’ve saved these codes' }).click();
    return { section, fresh };
  }

  it('retries a bind lost on the network by itself, so the new codes end up on', async () => {
    const { screen, simulator } = await renderCodes({ seed: { users: [mfaUserSeed()] } });
    const { section, fresh } = await regenerate(screen);
    simulator.faults.inject({
      route: 'POST /api/my-account/mfa-verifications',
      networkError: true,
      once: true,
    });
    await section.getByRole('button', { name: 'Turn on these codes' }).click();
    // No click from the user: the retry binds the same codes.
    await expect.element(section.getByText('10 codes left')).toBeVisible();
    await expect.poll(announced).toBe('New backup codes are ready. Your old codes no longer work.');
    expect(simulator.faults.list()).toHaveLength(0);
    expect(storedCodes(simulator).map((entry) => entry.code)).toEqual(fresh);
    expect(marker()).toBeNull();
    expect(leavingAsks()).toBe(false);
  });

  it('says the user has no working codes, keeps leaving guarded, and Retry binds the same codes', async () => {
    const { screen, simulator } = await renderCodes({ seed: { users: [mfaUserSeed()] } });
    const { section, fresh } = await regenerate(screen);
    const removeFault = simulator.faults.inject({
      route: 'POST /api/my-account/mfa-verifications',
      status: 500,
    });
    await section.getByRole('button', { name: 'Turn on these codes' }).click();
    // Told while it retries by itself, then told for good.
    await expect
      .element(section.getByRole('status'))
      .toHaveTextContent('Turning on these codes didn’t work. Trying again…');
    const failure = section.getByRole('alert').filter({ hasText: /\S/ });
    await expect
      .element(failure)
      .toHaveTextContent(
        'Your old codes no longer work and the new ones aren’t on yet. Try again so you still have backup codes.',
      );
    await expect
      .element(failure)
      .toHaveTextContent('The server ran into a problem. Please try again later.');
    expect(storedCodes(simulator)).toEqual([]);
    expect(await codesOnScreen(screen)).toEqual(fresh);
    // Only Retry keeps the user covered: no Cancel.
    expect(section.getByRole('button', { name: 'Cancel' }).elements()).toHaveLength(0);
    // A download now says the codes were not on.
    expect((await download(section)).text.split('\n')[2]).toBe(NOT_ACTIVE_FILE_LINE);
    expect(leavingAsks()).toBe(true);
    // The marker: state and time only.
    expect(marker()).toEqual({ state: 'binding', since: expect.any(String) });
    expect(Object.keys(marker() as object).sort()).toEqual(['since', 'state']);
    for (const code of fresh) expect(storedText()).not.toContain(code);

    removeFault();
    await section.getByRole('button', { name: 'Try again' }).click();
    await expect.element(section.getByText('10 codes left')).toBeVisible();
    expect(storedCodes(simulator).map((entry) => entry.code)).toEqual(fresh);
    expect(marker()).toBeNull();
    expect(leavingAsks()).toBe(false);
  });

  it('after the tab closed mid-bind, the next load says so and generating again works', async () => {
    const account = createSimulatedAccount({ seed: { users: [mfaUserSeed()] } });
    const page = () =>
      render(
        <>
          <BackupCodes appName="Acme" />
          <VerificationDialog />
        </>,
        { wrapper: account.Wrapper },
      );
    const first = await page();
    const { section } = await regenerate(first);
    account.simulator.faults.inject({
      route: 'POST /api/my-account/mfa-verifications',
      status: 500,
    });
    await section.getByRole('button', { name: 'Turn on these codes' }).click();
    await expect.element(section.getByRole('button', { name: 'Try again' })).toBeVisible();
    // The tab closes: the page goes, the marker stays.
    await first.unmount();
    account.simulator.faults.clear();
    account.queryClient.clear();

    const next = await page();
    const again = next.getByRole('region', { name: 'Backup codes' });
    const notice = again.getByText(/^Turning on the backup codes created .+ didn’t finish/);
    await expect.element(again.getByText('Your new backup codes may not work')).toBeVisible();
    await expect.element(notice).toBeVisible();
    await expect.element(again.getByText('No backup codes yet.')).toBeVisible();
    await again.getByRole('button', { name: 'Generate backup codes' }).click();
    await stepUp(next); // A new page: a new step-up.
    const fresh = await codesOnScreen(next);
    await again.getByRole('checkbox', { name: 'I’ve saved these codes' }).click();
    await again.getByRole('button', { name: 'Turn on these codes' }).click();
    await expect.element(again.getByText('10 codes left')).toBeVisible();
    await expect.element(notice).not.toBeInTheDocument();
    expect(storedCodes(account.simulator).map((entry) => entry.code)).toEqual(fresh);
    expect(marker()).toBeNull();
  });

  it('a notice from an earlier page can be dismissed', async () => {
    const account = createSimulatedAccount(withTotp);
    const page = () =>
      render(
        <>
          <BackupCodes appName="Acme" />
          <VerificationDialog />
        </>,
        { wrapper: account.Wrapper },
      );
    // Codes are shown, then the page closes before they are turned on.
    const first = await page();
    await first.getByRole('button', { name: 'Generate backup codes' }).click();
    await stepUp(first);
    await codesOnScreen(first);
    await first.unmount();

    const next = await page();
    const section = next.getByRole('region', { name: 'Backup codes' });
    await expect
      .element(section.getByText(/^The backup codes created .+ were never turned on/))
      .toBeVisible();
    expect((await axe.run(document.body)).violations).toEqual([]);
    await section.getByRole('button', { name: 'Dismiss' }).click();
    await expect
      .element(section.getByText('Your new backup codes may not work'))
      .not.toBeInTheDocument();
    expect(marker()).toBeNull();
  });
});

describe('BackupCodes with a used-up set', () => {
  it('replaces it, so viewing shows the new codes', async () => {
    const { screen, simulator, queryClient } = await renderCodes({
      seed: { users: [mfaUserSeed()] },
    });
    const section = screen.getByRole('region', { name: 'Backup codes' });
    await expect.element(section.getByText('10 codes left', { exact: true })).toBeVisible();
    markCodesUsed(simulator, 10);
    await queryClient.invalidateQueries();
    await expect.element(section.getByText('0 codes left', { exact: true })).toBeVisible();
    await expect
      .element(section.getByText('You’ve used all your backup codes. Generate new ones.'))
      .toBeVisible();
    await section.getByRole('button', { name: 'Generate new codes' }).click();
    await stepUp(screen);
    const fresh = await codesOnScreen(screen);
    await section.getByRole('checkbox', { name: 'I’ve saved these codes' }).click();
    await section.getByRole('button', { name: 'Turn on these codes' }).click();
    await expect.element(section.getByText('10 codes left')).toBeVisible();
    await section.getByRole('button', { name: 'Show codes' }).click();
    const list = section.getByRole('list', { name: 'Your backup codes' });
    await expect.element(list.getByText(fresh[0]!)).toBeVisible();
    expect(list.getByText('Used', { exact: true }).elements()).toHaveLength(0);
    expect(storedCodes(simulator).map((entry) => entry.code)).toEqual(fresh);
  });
});

describe('backupCodesFileName', () => {
  it('names the app and the account, safely', () => {
    expect(backupCodesFileName('Acme Inc.', 'ada@example.com')).toBe(
      'acme-inc-backup-codes-ada-example.com.txt',
    );
    expect(backupCodesFileName('../../etc', '+1 555 0100')).toBe('etc-backup-codes-1-555-0100.txt');
    expect(backupCodesFileName('회사', undefined)).toBe('회사-backup-codes.txt');
  });
});

describe('print view', () => {
  it('prints only the codes, and nothing of it shows on screen', async () => {
    const account = createSimulatedAccount();
    const codes = ['0a1b2c3d4e', '1b2c3d4e5f'];
    const screen = await render(
      <>
        <p>Rest of the page</p>
        <BackupCodeActions codes={codes} appName="Acme" />
      </>,
      { wrapper: account.Wrapper },
    );
    const view = screen.container.querySelector<HTMLElement>('[data-slot="backup-code-print"]')!;
    const rest = screen.getByText('Rest of the page').element();
    expect(getComputedStyle(view).display).toBe('none');
    await expect.poll(() => view.textContent).toContain('(ada@example.com)');
    vi.spyOn(window, 'print').mockImplementation(() => {});
    printElement(view);
    await cdp().send('Emulation.setEmulatedMedia', { media: 'print' });
    try {
      // The emulated medium reaches the test frame on its own schedule: wait for it, not for the call.
      await expect.poll(() => matchMedia('print').matches).toBe(true);
      await expect.poll(() => getComputedStyle(view).display).toBe('block');
      expect(getComputedStyle(view.querySelector('code')!).visibility).toBe('visible');
      expect(getComputedStyle(rest).visibility).toBe('hidden');
      expect(view.textContent).toContain('Backup codes for Acme (ada@example.com)');
    } finally {
      await cdp().send('Emulation.setEmulatedMedia', { media: '' });
      window.dispatchEvent(new Event('afterprint'));
    }
    await expect.poll(() => matchMedia('print').matches).toBe(false);
    expect(document.documentElement.hasAttribute('data-ac-printing')).toBe(false);
  });
});
