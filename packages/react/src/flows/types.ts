/**
 * Types shared by the flow hooks and their lazy steps: a leaf module (types only, no imports from
 * the hooks) so a steps chunk can name them without reaching into the entry chunk.
 */
import type { AccountApiError } from '@account-center/client';

/** A flow snapshot: its state string (for `data-state`), the last error, and its data. */
export type Snapshot<TState extends string, TData> = TData & {
  state: TState;
  error: AccountApiError | null;
};

/**
 * How a flow tells its caller that it ended, in TanStack Query's words. Every flow hook takes
 * these as options; the actions it returns keep their identity across renders whatever is passed.
 * - `onSuccess(result)`: the flow completed (its state is now `done`, or the redirect started).
 * - `onError(error)`: a step failed with an error the flow now shows (`error`); the flow is still
 *   usable (retry, another code…). Not called for failures retried automatically.
 * - `onCancel()`: the user cancelled a step-up prompt or dismissed the browser's prompt; the flow
 *   went back a step without an error.
 */
export interface FlowCallbacks<TResult = void> {
  onSuccess?: (result: TResult) => void;
  onError?: (error: AccountApiError) => void;
  onCancel?: () => void;
}

/** Options of `useSocialLink().link()`. */
export interface SocialLinkOptions {
  /** The page that mounts `useSocialLinkCallback()`; default: this page without its query. */
  redirectUri?: string;
  /** Where to go back after linking (a same-origin path or URL); default: this page. */
  returnTo?: string;
  /** Replace the identity of the same target (`PUT`) instead of adding one. */
  replace?: boolean;
}

/** A backup-code setup that did not finish on an earlier page (a closed tab, a reload, a crash). */
export interface InterruptedBackupCodes {
  /**
   * `shown`: the codes were shown but never bound, so they do not work. `binding`: binding had
   * started (an old set may be deleted) and did not report back, so they may not work.
   */
  state: 'shown' | 'binding';
  /** When the codes were generated. */
  since: Date;
}
