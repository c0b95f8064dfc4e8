import { useCallback, useEffect, useReducer, useState } from 'react';
import type { AccountApiError } from '@account-center/client';
import { isQuietError, toAccountError } from './errors.js';
import type { FlowCallbacks, Snapshot } from './flows/types.js';
import { loadSteps } from './steps/load.js';

/** Re-render once `delay` ms from now (none when `delay` is undefined); fake timers drive it in tests. */
export function useRerenderIn(delay: number | undefined) {
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  useEffect(() => {
    if (delay === undefined) return;
    const timer = setTimeout(rerender, delay);
    return () => clearTimeout(timer);
  });
}

/** Seconds left until `until` (epoch ms on `now`), re-rendering once a second while counting. */
export function useSecondsLeft(until: number, now: () => number) {
  const left = Math.max(0, Math.ceil((until - now()) / 1000));
  useRerenderIn(left > 0 ? 1000 : undefined);
  return left;
}

/**
 * Seconds left before a resend is allowed, from an injectable clock; re-renders once a second
 * while counting (tests drive it with fake timers, never real waiting). The starter keeps its
 * identity while `now` does.
 */
export function useCooldown(now: () => number): [number, (seconds: number) => void] {
  const [until, setUntil] = useState(0);
  const start = useCallback((seconds: number) => setUntil(now() + seconds * 1000), [now]);
  return [useSecondsLeft(until, now), start];
}

/**
 * A small explicit state machine, one per hook instance, created once: its methods keep their
 * identity, so actions built on them can too. It holds the current snapshot and publishes each
 * change to the hook's state.
 * - `get()` reads the current snapshot (inside async steps as well);
 * - `go(state, patch)` moves and clears the error (`go(state, patch, error)` records one quietly);
 * - `fail(state, error)` moves and records the error and calls `onError`, except quiet ones
 *   (cancelled step-up, dismissed browser prompt) which only move and call `onCancel`;
 * - `succeed(result, patch, next)` moves to `next` (default `done`) and calls `onSuccess(result)`;
 * - `step(busy, fallback, work)` enters `busy`, runs `work` (which moves on by itself), or lands
 *   in `fallback` with the error;
 * - `reset()` goes back to the initial state and data (other fields stay).
 */
export interface Machine<TState extends string, TData extends object, TResult> {
  get(): Snapshot<TState, TData>;
  go(next: TState, patch?: Partial<TData>, error?: AccountApiError | null): void;
  fail(next: TState, error: unknown, patch?: Partial<TData>): void;
  succeed(result: TResult, patch?: Partial<TData>, next?: TState): void;
  step(busy: TState, fallback: TState, work: () => Promise<unknown>): Promise<void>;
  reset(): void;
  /**
   * One action at a time: while an action wrapped here runs, calling any of them (a double
   * click, a second caller) joins the running one instead of starting another.
   */
  once<TArgs extends unknown[]>(
    action: (...args: TArgs) => Promise<void>,
  ): (...args: TArgs) => Promise<void>;
  /** The caller's callbacks, set after every render (as TanStack's observers take options). */
  listen(callbacks: FlowCallbacks<TResult>): void;
}

/**
 * A flow's machine (see `Machine`) and its current snapshot. `callbacks` may be a new object on
 * every render: the machine reads the latest after each commit.
 */
export function useMachine<TState extends string, TData extends object, TResult = void>(
  state: TState,
  data: TData,
  callbacks: FlowCallbacks<TResult> = {},
) {
  const [snapshot, publish] = useState(
    () => ({ ...data, state, error: null }) as Snapshot<TState, TData>,
  );
  const [machine] = useState((): Machine<TState, TData, TResult> => {
    let current = snapshot;
    let caller: FlowCallbacks<TResult> = {};
    let running: Promise<void> | undefined;
    const go: Machine<TState, TData, TResult>['go'] = (next, patch, error = null) =>
      publish((current = { ...current, ...patch, state: next, error }));
    const fail: Machine<TState, TData, TResult>['fail'] = (next, error, patch) => {
      const quiet = isQuietError(error);
      const accountError = quiet ? null : toAccountError(error);
      go(next, patch, accountError);
      if (accountError) caller.onError?.(accountError);
      else caller.onCancel?.();
    };
    return {
      get: () => current,
      go,
      fail,
      succeed: (result, patch, next = 'done' as TState) => {
        go(next, patch);
        caller.onSuccess?.(result);
      },
      step: async (busy, fallback, work) => {
        go(busy);
        try {
          await work();
        } catch (error) {
          fail(fallback, error);
        }
      },
      reset: () => go(state, data),
      once:
        (action) =>
        (...args) =>
          (running ??= action(...args).finally(() => {
            running = undefined;
          })),
      listen: (next) => {
        caller = next;
      },
    };
  });
  useEffect(() => machine.listen(callbacks));
  // Preload the flows' async steps so the user's first action does not wait for them.
  useEffect(() => void loadSteps(), []);
  return { snapshot, machine };
}
