/**
 * Injectable clock. Verification records live 10 minutes (§4.1), codes expire, the send cap
 * is a rolling window (§8.1), TOTP depends on the time: tests move this clock instead of waiting.
 */

/** What the simulator asks for the current time. */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
}

/** The simulator's controllable clock. */
export interface SimulatorClock extends Clock {
  /** Pins the time (the clock stays frozen there until `advance`, `set` or `useRealTime`). */
  set(time: Date | number): void;
  /** Moves the clock forward (or back with a negative value). */
  advance(milliseconds: number): void;
  /** Goes back to following the underlying clock. */
  useRealTime(): void;
}

/** Wraps a base clock (real time by default) so it can be pinned and moved. */
export function createSimulatorClock(base: Clock = { now: () => Date.now() }): SimulatorClock {
  let pinned: number | undefined;
  let offset = 0;
  return {
    now: () => (pinned ?? base.now()) + offset,
    set(time) {
      pinned = typeof time === 'number' ? time : time.getTime();
      offset = 0;
    },
    advance(milliseconds) {
      offset += milliseconds;
    },
    useRealTime() {
      pinned = undefined;
      offset = 0;
    },
  };
}
