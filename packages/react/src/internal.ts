import { useEffect, useReducer, useRef, useState } from 'react';
import type { AccountApiError } from '@account-center/client';
import { isQuietError, toAccountError } from './errors.js';

/** Re-render once `delay` ms from now (none when `delay` is undefined); fake timers drive it in tests. */
export function useRerenderIn(delay: number | undefined) {
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  useEffect(() => {
    if (delay === undefined) return;
    const timer = setTimeout(rerender, delay);
    return () => clearTimeout(timer);
  });
}

/**
 * Seconds left before a resend is allowed, from an injectable clock; re-renders once a second
 * while counting (tests drive it with fake timers, never real waiting).
 */
export function useCooldown(now: () => number): [number, (seconds: number) => void] {
  const [until, setUntil] = useState(0);
  const left = Math.max(0, Math.ceil((until - now()) / 1000));
  useRerenderIn(left > 0 ? 1000 : undefined);
  return [left, (seconds: number) => setUntil(now() + seconds * 1000)];
}

/** A flow snapshot: its state string (for `data-state`), the last error, and its data. */
export type Snapshot<TState extends string, TData> = TData & {
  state: TState;
  error: AccountApiError | null;
};

/**
 * A small explicit state machine: `go(state, patch)` moves and clears the error;
 * `fail(state, error)` moves and records the error, except quiet ones (cancelled step-up,
 * dismissed browser prompt) which only move; `step(busy, fallback, work)` wraps one async step.
 * `latest` reads the current snapshot inside async steps.
 */
export function useMachine<TState extends string, TData extends object>(
  state: TState,
  data: TData,
) {
  const initial = { ...data, state, error: null } as Snapshot<TState, TData>;
  const [snapshot, setSnapshot] = useState(initial);
  const latest = useRef(snapshot);
  // Preload the flows' async steps so the user's first action does not wait for them.
  useEffect(() => void loadSteps(), []);
  const go = (next: TState, patch?: Partial<TData>, error: AccountApiError | null = null) => {
    latest.current = { ...latest.current, ...patch, state: next, error };
    setSnapshot(latest.current);
  };
  const fail = (next: TState, error: unknown, patch?: Partial<TData>) =>
    go(next, patch, isQuietError(error) ? null : toAccountError(error));
  const reset = () => go(state, data);
  /** Enter `busy`, run `work` (which moves on by itself), or land in `fallback` with the error. */
  const step = async (busy: TState, fallback: TState, work: () => Promise<unknown>) => {
    go(busy);
    try {
      await work();
    } catch (error) {
      fail(fallback, error);
    }
  };
  return { snapshot, latest, go, fail, reset, step };
}

type Steps = typeof import('./flows/steps.js'); // eslint-disable-line @typescript-eslint/consistent-type-imports
let steps: Promise<Steps> | undefined;
/** The lazy chunk with the flows' async steps (preloaded by every flow hook on mount). */
export const loadSteps = () => (steps ??= import('./flows/steps.js'));
