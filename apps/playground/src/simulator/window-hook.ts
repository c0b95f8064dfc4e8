/**
 * The dev hook end-to-end tests read: `window.__accountCenterSimulator`, set ONLY in simulator
 * mode (real-tenant mode never loads this module). It reaches the same simulator the page uses,
 * so a test can read the inbox, move the clock or change the tenant without touching the UI.
 */
import type {
  AccountApiSimulator,
  AdminControls,
  FaultControls,
  SimulatorClock,
  SimulatorInbox,
  SocialControls,
} from '@account-center/mock';

/** What the playground exposes on `window` in simulator mode. */
export interface PlaygroundSimulatorHook {
  simulator: AccountApiSimulator;
  inbox: SimulatorInbox;
  clock: SimulatorClock;
  admin: AdminControls;
  faults: FaultControls;
  social: SocialControls;
  /** The access token the playground's provider sends. */
  token(): string;
  /** Refetches every account query, as the dev panel does after an admin change. */
  refresh(): Promise<void>;
  /** Back to the seeded tenant, then reloads the page. */
  reset(): void;
  /**
   * The kit's QueryClient as `dehydrate()` with every query and mutation included (what a
   * persister keeping everything would store), as JSON; for the e2e secret scan.
   */
  dehydrate(): string;
}

declare global {
  interface Window {
    __accountCenterSimulator?: PlaygroundSimulatorHook;
  }
}

/** Installs the hook. */
export function exposeSimulatorHook(hook: PlaygroundSimulatorHook): void {
  window.__accountCenterSimulator = hook;
}
