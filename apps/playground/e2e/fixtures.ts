/**
 * Fixtures for the journeys:
 * - `playground`: open a page and wait until the simulator's worker runs, read the inbox and
 *   drive the tenant through `window.__accountCenterSimulator` (simulator mode only);
 * - `authenticator`: Chromium's virtual WebAuthn authenticator over CDP (ctap2, internal,
 *   resident keys, user verification) for passkey journeys;
 * - `axe`: axe-core in the page, failing on any violation;
 * - `captureDownload`: runs an action and returns the file it downloaded (backup codes).
 */
import { readFile } from 'node:fs/promises';
import { test as base, expect } from '@playwright/test';
import type { CDPSession, Page } from '@playwright/test';
import type { FaultSpec, InboxMessage } from '@account-center/mock';
import type { AccountCenterPatch } from '@account-center/mock';
import type { PlaygroundSimulatorHook } from '../src/simulator/window-hook';
import type { AxeCheckOptions } from './axe';
import { expectNoAxeViolations } from './axe';

// The window hook's type, for `page.evaluate` callbacks below.
type HookWindow = Window & { __accountCenterSimulator?: PlaygroundSimulatorHook };

/** Page helpers over the playground in simulator mode. */
export class Playground {
  constructor(readonly page: Page) {}

  /** Opens a path and waits for the simulator, the worker and the first render. */
  async goto(path = '/'): Promise<void> {
    await this.page.goto(path);
    await this.ready();
  }

  /** Waits for the app to run (after a reload or a redirect). */
  async ready(): Promise<void> {
    await this.page.locator('html[data-playground="simulator"]').waitFor({ state: 'attached' });
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  /** Every message the fake connectors sent, oldest first. */
  inbox(): Promise<InboxMessage[]> {
    return this.page.evaluate(() => (window as HookWindow).__accountCenterSimulator!.inbox.all());
  }

  /** Waits for a code sent to `recipient` (or to anyone) and returns it. */
  async latestCode(recipient?: string): Promise<string> {
    let code: string | undefined;
    await expect
      .poll(async () => {
        code = await this.page.evaluate(
          (to) => (window as HookWindow).__accountCenterSimulator!.inbox.latestCode(to),
          recipient,
        );
        return code;
      })
      .toBeTruthy();
    return code!;
  }

  /** Management `PATCH /api/account-center` on the simulated tenant, then refetch. */
  async updateAccountCenter(patch: AccountCenterPatch): Promise<void> {
    await this.page.evaluate(async (body) => {
      const hook = (window as HookWindow).__accountCenterSimulator!;
      hook.admin.updateAccountCenter(body);
      await hook.refresh();
    }, patch);
  }

  /** Injects a fault (a RegExp route is not serialisable: use a string route). */
  async injectFault(fault: FaultSpec & { route: string }): Promise<void> {
    await this.page.evaluate((spec) => {
      (window as HookWindow).__accountCenterSimulator!.faults.inject(spec);
    }, fault);
  }

  /** Moves the simulator's clock (e.g. 10 minutes + 1 ms to expire every verification record). */
  async advanceClock(milliseconds: number): Promise<void> {
    await this.page.evaluate(
      (ms) => (window as HookWindow).__accountCenterSimulator!.clock.advance(ms),
      milliseconds,
    );
  }

  /** The dev panel landmark. */
  get devPanel() {
    return this.page.getByRole('complementary', { name: 'Dev panel' });
  }
}

/** The virtual authenticator attached to the page. */
export interface VirtualAuthenticator {
  authenticatorId: string;
  cdp: CDPSession;
  /** Credentials stored in it (after a passkey registration). */
  credentials(): Promise<{ credentialId: string; rpId?: string; isResidentCredential: boolean }[]>;
}

/** A captured download. */
export interface CapturedDownload {
  suggestedFilename: string;
  path: string;
  text(): Promise<string>;
}

interface Fixtures {
  playground: Playground;
  authenticator: VirtualAuthenticator;
  axe: (options?: AxeCheckOptions) => Promise<void>;
  captureDownload: (action: () => Promise<unknown>) => Promise<CapturedDownload>;
}

// Playwright hands fixtures a `use` callback; it is named `provide` here so the React hooks lint
// rule does not mistake it for React's `use`.
export const test = base.extend<Fixtures>({
  playground: async ({ page }, provide) => {
    await provide(new Playground(page));
  },
  authenticator: async ({ page }, provide) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
      },
    });
    await provide({
      authenticatorId,
      cdp,
      credentials: async () =>
        (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials,
    });
    await cdp
      .send('WebAuthn.removeVirtualAuthenticator', { authenticatorId })
      .catch(() => undefined);
    await cdp.detach().catch(() => undefined);
  },
  axe: async ({ page }, provide) => {
    await provide((options) => expectNoAxeViolations(page, options));
  },
  captureDownload: async ({ page }, provide) => {
    await provide(async (action) => {
      const [download] = await Promise.all([page.waitForEvent('download'), action()]);
      const path = await download.path();
      return {
        suggestedFilename: download.suggestedFilename(),
        path,
        text: () => readFile(path, 'utf8'),
      };
    });
  },
});

export { expect };
