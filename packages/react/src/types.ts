/**
 * Types shared by the kit, the options factories and the hooks. A leaf module: it imports only
 * types from the client and TanStack, so nothing here can close an import cycle.
 */
import type {
  AccountApiError,
  AccountCenterDiscovery,
  AccountCenterFields,
  AccountClient,
  SignInExperience,
  SocialIdentity,
  VerificationRequirement,
} from '@account-center/client';
import type { QueryClient } from '@tanstack/react-query';

export type { VerificationRequirement };

/** A requirement that may ask for step-up: `always`, or only when the user has a sign-in method. */
export type StepUpRequirement = Exclude<VerificationRequirement, 'never'>;

/** Account-center field names (§3.1), from the client's schema; `trustedDevice` has no route here. */
export type AccountField = Exclude<keyof AccountCenterFields, 'trustedDevice'>;

/** A way this user can prove their identity (step-up). */
export type VerificationMethodOption =
  { type: 'password' } | { type: 'email'; value: string } | { type: 'phone'; value: string };

/** What the step-up prompt is asked to do. */
export interface VerificationRequest {
  /** Whether the route always needs the header or only because this user has a sign-in method. */
  requirement: VerificationRequirement;
  /** `expired`: the server refused the record mid-flow; the action resumes after this prompt. */
  reason: 'required' | 'expired';
  /** The methods this user has (password also when the profile hides it). */
  methods: VerificationMethodOption[];
}

/** The app's own step-up UI: resolve after verifying (or when a fresh record exists), reject to cancel. */
export type VerificationHandler = (request: VerificationRequest) => Promise<void>;

/** A tiny external store shaped for `useSyncExternalStore`. */
export interface Store<T> {
  get(): T;
  set(value: T): void;
  subscribe(listener: () => void): () => void;
}

/**
 * What the kit learnt from server answers: `Off` (field_not_enabled), `ReadOnly`
 * (field_not_editable), `Edit` (a write succeeded), `readable` (a gated read succeeded), and
 * `disabled` for MFA factors answered with `session.mfa.mfa_factor_not_enabled`.
 */
export type Observations = Partial<
  Record<string, 'Off' | 'ReadOnly' | 'Edit' | 'readable' | 'disabled'>
>;

/**
 * What settings discovery read; a part is `undefined` when it was not readable (§1.4). The
 * client's `fetchAccountCenterSettings` returns this shape with both parts, for the `settings` prop.
 */
export type TenantDocuments = Partial<AccountCenterDiscovery>;

/** A social connector as the sign-in experience lists it. */
export type SocialConnector = NonNullable<SignInExperience['socialConnectors']>[number];

/** Linked identities (from the account) plus the connectors that can be linked, when known. */
export interface SocialIdentities {
  linked: (SocialIdentity & { target: string })[];
  /** `undefined` when the sign-in experience was not readable: linking new ones needs `settings`. */
  connectors?: SocialConnector[];
}

/**
 * Everything the hooks share: the client, the QueryClient, the step-up gate and the clock.
 * Get it with `useAccountKit()`.
 */
export interface AccountKit {
  readonly client: AccountClient;
  readonly queryClient: QueryClient;
  /** Clock in epoch ms (injectable for tests). */
  now(): number;
  /** Full-page navigation used by the social-link redirect. */
  navigate(url: string): void;
  /**
   * Run a client call and note what its answer says about the field (`Edit`, `ReadOnly`, `Off`).
   * Step-up is the client's: its transport asks the provider's prompt slot when the route needs
   * the header for this user, and on `permission_denied` asks again and retries once.
   * `requirement` is informational only (the client's route table decides).
   */
  call<T>(
    requirement: VerificationRequirement,
    run: () => Promise<T>,
    field?: AccountField,
    factor?: string,
  ): Promise<T>;
  /**
   * Run a gated read: a `field_not_enabled` answer resolves to `null` (the field is Off), and so
   * does a route the server does not have (`isMissingRoute`, an older Logto).
   */
  read<T>(field: AccountField, run: () => Promise<T>): Promise<T | null>;
  /**
   * @internal Resolve once this user may call a route with this requirement (prompting if
   * needed); rejects when cancelled. Components use `useReverification` instead.
   */
  ensureVerified(
    requirement: VerificationRequirement,
    reason?: VerificationRequest['reason'],
  ): Promise<void>;
  /**
   * @internal What `useReverification` runs: step up when needed, hand the fresh record id to
   * `run` (`undefined` only when this user needs none), and on `permission_denied` ask again and
   * run once more.
   */
  reverify<T>(
    requirement: StepUpRequirement,
    run: (verificationRecordId: string | undefined) => Promise<T>,
  ): Promise<T>;
  /** The pending step-up request shown by the prompt in the slot. */
  readonly prompt: Store<VerificationRequest | null>;
  /**
   * The provider's one prompt slot: the token of the prompt that shows requests. The provider's
   * `verificationPrompt` occupies it; else the first mounted default prompt (e.g. the UI's dialog).
   */
  readonly slot: Store<object | null>;
  /**
   * Offer a prompt for the slot (`owner`: the provider's own `verificationPrompt`, which wins over
   * default ones); returns the function that withdraws it.
   */
  registerPrompt(token: object, owner?: boolean): () => void;
  /** Finish the pending step-up: without an error it resumes the action, with one it rejects it. */
  settlePrompt(error?: AccountApiError): void;
  readonly observations: Store<Observations>;
  /** Settings given to the provider (filled on the server). */
  readonly settings?: TenantDocuments;
}
