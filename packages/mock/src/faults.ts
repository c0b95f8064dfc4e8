/**
 * Fault injection for tests and stories: per route, latency, a forced status and code, a
 * network error, a malformed body or an answer that never comes; before the request is handled
 * (nothing applied) or after (the write applied, the answer lost); once or until cleared.
 */

import { matchPath } from './router.js';

/** One injected fault. */
export interface FaultSpec {
  /**
   * Which requests: `'POST /api/my-account/password'`, a path for any method
   * (`'/api/my-account'`, `:param` segments allowed), `'*'`, or a RegExp tested on `"METHOD /path"`.
   */
  route: string | RegExp;
  /** Delay before answering (wall-clock milliseconds). */
  latencyMs?: number;
  /** Forced status. With `code`, a Logto error body; without, `{"message":"Internal server error."}`-style. */
  status?: number;
  code?: string;
  message?: string;
  data?: unknown;
  /** The request fails like a dropped connection (`fetch` rejects with a `TypeError`). */
  networkError?: boolean;
  /** Answers `status` (default 200) with a truncated JSON body. */
  malformedBody?: boolean;
  /**
   * The answer never arrives: the request hangs until the caller aborts it (its `AbortSignal`,
   * e.g. the client's `timeoutMs`), which rejects it like the platform's `fetch`.
   */
  timeout?: boolean;
  /**
   * When the fault fires. `'before'` (default): instead of handling the request, so nothing is
   * applied. `'after'`: the request is handled first (a write is applied and kept, whatever its
   * answer), then its answer is replaced by the fault: "the server applied it, the client never
   * heard". Combine with `status`, `networkError` or `timeout`.
   */
  when?: 'before' | 'after';
  /** Remove after the first matching request. Default `false` (until cleared). */
  once?: boolean;
}

/** Fault controls of the simulator. */
export interface FaultControls {
  /** Adds a fault; returns a function that removes it. */
  inject(fault: FaultSpec): () => void;
  /** Removes every fault. */
  clear(): void;
  /** The active faults. */
  list(): readonly FaultSpec[];
}

/** The rejection of a simulated network error; `fetch` callers see a plain `TypeError`. */
export class SimulatedNetworkError extends TypeError {
  constructor() {
    super('Failed to fetch');
    this.name = 'TypeError';
  }
}

/** True when `fault` applies to this request. */
export function faultMatches(fault: FaultSpec, method: string, pathname: string): boolean {
  if (fault.route instanceof RegExp) return fault.route.test(`${method} ${pathname}`);
  if (fault.route === '*') return true;
  const [first, second] = fault.route.trim().split(/\s+/);
  const [faultMethod, faultPath] =
    second === undefined ? [undefined, first!] : [first!.toUpperCase(), second];
  if (faultMethod && faultMethod !== method) return false;
  return matchPath(faultPath, pathname) !== undefined;
}

/** Creates the fault list. */
export function createFaults(): FaultControls & {
  take(method: string, pathname: string): FaultSpec | undefined;
} {
  let faults: FaultSpec[] = [];
  return {
    inject(fault) {
      const entry = { ...fault };
      faults.push(entry);
      return () => {
        faults = faults.filter((candidate) => candidate !== entry);
      };
    },
    clear() {
      faults = [];
    },
    list: () => faults,
    /** The first matching fault; a `once` fault is removed as it is taken. */
    take(method, pathname) {
      const fault = faults.find((candidate) => faultMatches(candidate, method, pathname));
      if (fault?.once) faults = faults.filter((candidate) => candidate !== fault);
      return fault;
    },
  };
}
