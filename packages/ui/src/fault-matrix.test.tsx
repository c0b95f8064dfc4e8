/**
 * The fault matrix: every write the kit makes × every fault a user can meet. Each cell fails the
 * write (or sees the kit recover by itself), retries it as the user would (the same action once
 * more), then checks that the server holds exactly one effect, that the cache equals the
 * simulator after the next read (also right after the failure), and that the user is told what
 * happened in a localized message (English and German), never a generic one. Cells that do not
 * apply are listed as such. Runs at hook level over the simulator's fetch; prints
 * `fault matrix: N cells, N held, N not applicable`.
 */
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { QueryClient } from '@tanstack/react-query';
import { createAccountClient } from '@account-center/client';
import type { AccountClient, AccountOperation } from '@account-center/client';
import { verificationRequirement } from '@account-center/client/operations';
import {
  DEMO_PASSWORD,
  DEMO_USER_ID,
  createAccountApiSimulator,
  createSimulatorFetch,
  demoUserSeed,
  mfaUserSeed,
  totpCode,
} from '@account-center/mock';
import type { AccountApiSimulator, FaultSpec, TenantSeed, UserState } from '@account-center/mock';
import {
  AccountCenterProvider,
  useAddMfaFactor,
  useChangePassword,
  useEndSession,
  useGrants,
  useLinkSocialIdentity,
  useMfaFactors,
  useMfaSettings,
  useMyAccount,
  useRemoveMfaFactor,
  useRemovePrimaryEmail,
  useRemovePrimaryPhone,
  useRenamePasskey,
  useReplaceSocialIdentity,
  useReplaceTotp,
  useRevokeGrant,
  useSessions,
  useSetPrimaryEmail,
  useSetPrimaryPhone,
  useUnlinkSocialIdentity,
  useUpdateAccount,
  useUpdateMfaSettings,
  useUpdateProfile,
} from '@account-center/react';
import type { AccountMutationName } from '@account-center/react';
import { createRegistrationResponse } from '../../mock/src/test-utils/webauthn-fixture.js';
import { DeleteAccount } from './components/delete-account/delete-account.js';
import { VerificationDialog } from './components/verification/verification-dialog.js';
import { createI18n } from './i18n/create-i18n.js';
import { de } from './i18n/locales/de.js';
import { en } from './i18n/locales/en.js';
import type { MessageKey } from './i18n/types.js';
import { createSimulatedAccount } from './test-utils/simulated-account.js';

/** The named write hook of each write the matrix drives. */
const writeHooks: Partial<
  Record<AccountMutationName, () => { mutateAsync: (input: never) => Promise<unknown> }>
> = {
  updateProfile: useUpdateProfile,
  updateAccount: useUpdateAccount,
  updatePassword: useChangePassword,
  updatePrimaryEmail: useSetPrimaryEmail,
  deletePrimaryEmail: useRemovePrimaryEmail,
  updatePrimaryPhone: useSetPrimaryPhone,
  deletePrimaryPhone: useRemovePrimaryPhone,
  addMfaVerification: useAddMfaFactor,
  replaceTotp: useReplaceTotp,
  deleteMfaVerification: useRemoveMfaFactor,
  renameMfaVerification: useRenamePasskey,
  addIdentity: useLinkSocialIdentity,
  deleteIdentity: useUnlinkSocialIdentity,
  replaceIdentity: useReplaceSocialIdentity,
  updateMfaSettings: useUpdateMfaSettings,
  deleteSession: useEndSession,
  deleteGrant: useRevokeGrant,
};

const START = Date.UTC(2026, 10, 26, 12);
/**
 * The client's own timeout in the timeout cells (the simulator never answers; this ends the wait).
 * Generous for the cell's other, answered requests on a loaded machine; 21 cells pay it once.
 */
const TIMEOUT_MS = 1_200;

type FaultKind =
  | '500 before apply'
  | 'network error before apply'
  | '5xx after apply'
  | 'timeout after apply'
  | '401 expired token'
  | 'verification expires mid-flow'
  | '429';

const FAULTS: FaultKind[] = [
  '500 before apply',
  'network error before apply',
  '5xx after apply',
  'timeout after apply',
  '401 expired token',
  'verification expires mid-flow',
  '429',
];

/** What the user must be told: a catalogue key, or nothing because the kit recovered by itself. */
const EXPECTED: Record<FaultKind, MessageKey | 'recovers'> = {
  '500 before apply': 'errors.http_error',
  'network error before apply': 'errors.network',
  '5xx after apply': 'errors.http_error',
  'timeout after apply': 'errors.timeout',
  // The client asks for a fresh token once, the step-up gate re-verifies once: no failure shown.
  '401 expired token': 'recovers',
  'verification expires mid-flow': 'recovers',
  '429': 'errors.too_many_requests',
};

const i18n = [createI18n('en', en), createI18n('de', de as unknown as typeof en)];

type Read = 'account' | 'mfa' | 'mfaSettings' | 'sessions' | 'grants';

interface Context {
  simulator: AccountApiSimulator;
  /** The kit's client. */
  client: AccountClient;
  user: () => UserState;
}

interface Write {
  label: string;
  mutation: AccountMutationName;
  /** The route the faults hit. */
  route: string;
  seed?: TenantSeed;
  /** Which cached read this write changes (compared with the server's answer). */
  read: Read;
  /** The variables of the write (may create verification records first). */
  prepare: (context: Context) => Promise<unknown>;
  /** How many times the intended effect is on the server: must be exactly 1. */
  effects: (context: Context) => number | Promise<number>;
}

const count = (value: boolean) => (value ? 1 : 0);
const factorsOf = (context: Context, type: string) =>
  context.user().mfaVerifications.filter((factor) => factor.type === type);

async function verifiedCode(context: Context, type: 'email' | 'phone', value: string) {
  const { verificationRecordId } = await context.client.sendVerificationCode({
    identifier: { type, value },
  });
  const code = context.simulator.inbox.latestCode(value)!;
  await context.client.verifyVerificationCode({
    identifier: { type, value },
    verificationId: verificationRecordId,
    code,
  });
  return verificationRecordId;
}

async function verifiedSocial(context: Context, connectorId: string, user?: string) {
  const created = await context.client.createSocialVerification({
    connectorId,
    state: 'matrix-state',
    redirectUri: `${location.origin}/callback`,
  });
  const redirect = new URL(
    context.simulator.social.authorize(created.authorizationUri, user ? { user } : {}),
  );
  await context.client.verifySocialVerification({
    verificationRecordId: created.verificationRecordId,
    connectorData: Object.fromEntries(redirect.searchParams),
  });
  return created.verificationRecordId;
}

async function verifiedPasskey(context: Context) {
  const registration = await context.client.createWebAuthnRegistration();
  const options = registration.registrationOptions;
  const payload = await createRegistrationResponse(
    { challenge: options.challenge, rp: { id: options.rp.id ?? location.hostname } },
    location.origin,
  );
  const verified = await context.client.verifyWebAuthnRegistration({
    verificationRecordId: registration.verificationRecordId,
    payload: payload as never,
  });
  return verified.verificationRecordId;
}

const withUser = (user: TenantSeed['users'] extends (infer U)[] | undefined ? U : never) => ({
  users: [user],
});
const passkeyUser = () =>
  withUser({ ...demoUserSeed(), mfa: { webAuthn: [{ name: 'Laptop', credentialId: 'cred-1' }] } });

const WRITES: Write[] = [
  {
    label: 'profile',
    mutation: 'updateProfile',
    route: 'PATCH /api/my-account/profile',
    read: 'account',
    prepare: async () => ({ nickname: 'Countess' }),
    effects: (c) => count(c.user().profile.nickname === 'Countess'),
  },
  {
    label: 'username',
    mutation: 'updateAccount',
    route: 'PATCH /api/my-account',
    read: 'account',
    prepare: async () => ({ username: 'countess_ada' }),
    effects: (c) => count(c.user().username === 'countess_ada'),
  },
  {
    label: 'custom data',
    mutation: 'updateAccount',
    route: 'PATCH /api/my-account',
    read: 'account',
    prepare: async () => ({ customData: { theme: 'dark' } }),
    effects: (c) => count(c.user().customData.theme === 'dark'),
  },
  {
    label: 'password',
    mutation: 'updatePassword',
    route: 'POST /api/my-account/password',
    read: 'account',
    prepare: async () => ({ password: 'Difference-Engine-1822' }),
    effects: async (c) => {
      const check = createAccountClient({
        endpoint: location.origin,
        fetch: createSimulatorFetch(c.simulator),
        getAccessToken: async () => c.simulator.mintToken(),
        now: () => c.simulator.clock.now(),
      });
      return check.createPasswordVerification({ password: 'Difference-Engine-1822' }).then(
        () => 1,
        () => 0,
      );
    },
  },
  {
    label: 'email bind',
    mutation: 'updatePrimaryEmail',
    route: 'POST /api/my-account/primary-email',
    read: 'account',
    prepare: async (c) => ({
      email: 'countess@example.com',
      newIdentifierVerificationRecordId: await verifiedCode(c, 'email', 'countess@example.com'),
    }),
    effects: (c) => count(c.user().primaryEmail === 'countess@example.com'),
  },
  {
    label: 'email remove',
    mutation: 'deletePrimaryEmail',
    route: 'DELETE /api/my-account/primary-email',
    read: 'account',
    prepare: async () => undefined,
    effects: (c) => count(c.user().primaryEmail === null),
  },
  {
    label: 'phone bind',
    mutation: 'updatePrimaryPhone',
    route: 'POST /api/my-account/primary-phone',
    read: 'account',
    prepare: async (c) => ({
      phone: '+1 555 555 0123',
      newIdentifierVerificationRecordId: await verifiedCode(c, 'phone', '15555550123'),
    }),
    effects: (c) => count(c.user().primaryPhone === '15555550123'),
  },
  {
    label: 'phone remove',
    mutation: 'deletePrimaryPhone',
    route: 'DELETE /api/my-account/primary-phone',
    seed: withUser({ ...demoUserSeed(), primaryPhone: '15555550123' }),
    read: 'account',
    prepare: async () => undefined,
    effects: (c) => count(c.user().primaryPhone === null),
  },
  {
    label: 'TOTP bind',
    mutation: 'addMfaVerification',
    route: 'POST /api/my-account/mfa-verifications',
    read: 'mfa',
    prepare: async (c) => {
      const { secret } = await c.client.generateTotpSecret();
      return { type: 'Totp', secret, code: await totpCode(secret, c.simulator.clock.now()) };
    },
    effects: (c) => factorsOf(c, 'Totp').length,
  },
  {
    label: 'TOTP replace',
    mutation: 'replaceTotp',
    route: 'PUT /api/my-account/mfa-verifications/totp',
    seed: withUser(mfaUserSeed()),
    read: 'mfa',
    prepare: async (c) => {
      const { secret } = await c.client.generateTotpSecret();
      return { secret, code: await totpCode(secret, c.simulator.clock.now()) };
    },
    effects: (c) => factorsOf(c, 'Totp').length,
  },
  {
    label: 'TOTP remove',
    mutation: 'deleteMfaVerification',
    route: 'DELETE /api/my-account/mfa-verifications/:id',
    seed: withUser({ ...demoUserSeed(), mfa: { totp: true } }),
    read: 'mfa',
    prepare: async (c) => ({ id: factorsOf(c, 'Totp')[0]!.id, type: 'Totp' }),
    effects: (c) => count(factorsOf(c, 'Totp').length === 0),
  },
  {
    label: 'backup codes',
    mutation: 'addMfaVerification',
    route: 'POST /api/my-account/mfa-verifications',
    seed: withUser({ ...demoUserSeed(), mfa: { totp: true } }),
    read: 'mfa',
    prepare: async (c) => ({
      type: 'BackupCode',
      codes: (await c.client.generateBackupCodes()).codes,
    }),
    effects: (c) => factorsOf(c, 'BackupCode').length,
  },
  {
    label: 'passkey add',
    mutation: 'addMfaVerification',
    route: 'POST /api/my-account/mfa-verifications',
    read: 'mfa',
    prepare: async (c) => ({
      type: 'WebAuthn',
      newIdentifierVerificationRecordId: await verifiedPasskey(c),
      name: 'Work laptop',
    }),
    effects: (c) => factorsOf(c, 'WebAuthn').length,
  },
  {
    label: 'passkey rename',
    mutation: 'renameMfaVerification',
    route: 'PATCH /api/my-account/mfa-verifications/:id/name',
    seed: passkeyUser(),
    read: 'mfa',
    prepare: async (c) => ({ id: factorsOf(c, 'WebAuthn')[0]!.id, name: 'Old laptop' }),
    effects: (c) =>
      factorsOf(c, 'WebAuthn').filter(
        (factor) => (factor as { name?: string }).name === 'Old laptop',
      ).length,
  },
  {
    label: 'passkey delete',
    mutation: 'deleteMfaVerification',
    route: 'DELETE /api/my-account/mfa-verifications/:id',
    seed: passkeyUser(),
    read: 'mfa',
    prepare: async (c) => ({ id: factorsOf(c, 'WebAuthn')[0]!.id, type: 'WebAuthn' }),
    effects: (c) => count(factorsOf(c, 'WebAuthn').length === 0),
  },
  {
    label: 'social link',
    mutation: 'addIdentity',
    route: 'POST /api/my-account/identities',
    read: 'account',
    prepare: async (c) => ({
      newIdentifierVerificationRecordId: await verifiedSocial(c, 'mock-github', 'github-ada'),
    }),
    effects: (c) => count(c.user().identities.github?.userId === 'github-ada'),
  },
  {
    label: 'social unlink',
    mutation: 'deleteIdentity',
    route: 'DELETE /api/my-account/identities/:target',
    read: 'account',
    prepare: async () => 'google',
    effects: (c) => count(c.user().identities.google === undefined),
  },
  {
    label: 'social switch',
    mutation: 'replaceIdentity',
    route: 'PUT /api/my-account/identities',
    seed: {
      socialUsers: { 'mock-google': [{ id: 'google-other', name: 'Ada (work)' }] },
    },
    read: 'account',
    prepare: async (c) => ({
      newIdentifierVerificationRecordId: await verifiedSocial(c, 'mock-google', 'google-other'),
    }),
    effects: (c) => count(c.user().identities.google?.userId === 'google-other'),
  },
  {
    label: 'MFA settings',
    mutation: 'updateMfaSettings',
    route: 'PATCH /api/my-account/mfa-settings',
    read: 'mfaSettings',
    prepare: async () => ({ skipMfaOnSignIn: true }),
    effects: (c) => count(c.user().logtoConfig.mfa.skipMfaOnSignIn === true),
  },
  {
    label: 'session revoke',
    mutation: 'deleteSession',
    route: 'DELETE /api/my-account/sessions/:id',
    read: 'sessions',
    prepare: async () => ({ sessionId: 'session-phone-ada' }),
    effects: (c) => count(!c.user().sessions.some((s) => s.uid === 'session-phone-ada')),
  },
  {
    label: 'grant revoke',
    mutation: 'deleteGrant',
    route: 'DELETE /api/my-account/grants/:id',
    read: 'grants',
    prepare: async () => 'grant-acme-notes',
    effects: (c) => count(!c.user().grants.some((g) => g.id === 'grant-acme-notes')),
  },
];

interface Outcome {
  write: string;
  fault: FaultKind;
  result: 'held' | 'not applicable' | 'failed';
  detail?: string;
}
const outcomes: Outcome[] = [];
const started = performance.now();

// The summary goes to stdout (Vitest forwards the browser's console there).
/* eslint-disable no-console */
afterAll(() => {
  const held = outcomes.filter((outcome) => outcome.result === 'held').length;
  const na = outcomes.filter((outcome) => outcome.result === 'not applicable');
  const failed = outcomes.filter((outcome) => outcome.result === 'failed');
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  for (const outcome of na)
    console.log(`  n/a  ${outcome.write} × ${outcome.fault}: ${outcome.detail}`);
  for (const outcome of failed)
    console.log(`  FAIL ${outcome.write} × ${outcome.fault}: ${outcome.detail}`);
  console.log(
    `fault matrix: ${outcomes.length} cells, ${held} held, ${na.length} not applicable (${seconds} s)`,
  );
});
/* eslint-enable no-console */

function faultSpec(kind: FaultKind, route: string): FaultSpec | undefined {
  switch (kind) {
    case '500 before apply':
      return { route, status: 500, once: true };
    case 'network error before apply':
      return { route, networkError: true, once: true };
    case '5xx after apply':
      return { route, when: 'after', status: 502, once: true };
    case 'timeout after apply':
      return { route, when: 'after', timeout: true, once: true };
    case 'verification expires mid-flow':
      // What Logto answers for a record that expired (or was used up) after the client checked it (§4.4).
      return { route, status: 401, code: 'verification_record.permission_denied', once: true };
    case '429':
      return { route, status: 429, message: 'Too Many Requests', once: true };
    default:
      return undefined;
  }
}

const readData = (client: AccountClient, read: Read) => {
  switch (read) {
    case 'account':
      return client.getAccount();
    case 'mfa':
      return client.listMfaVerifications();
    case 'mfaSettings':
      return client.getMfaSettings();
    case 'sessions':
      return client.listSessions();
    case 'grants':
      return client.listGrants({});
  }
};

function useRead(read: Read) {
  const account = useMyAccount({ enabled: read === 'account' });
  const mfa = useMfaFactors({ enabled: read === 'mfa' });
  const settings = useMfaSettings({ enabled: read === 'mfaSettings' });
  const sessions = useSessions({ enabled: read === 'sessions' });
  const grants = useGrants(undefined, { enabled: read === 'grants' });
  return { account, mfa, mfaSettings: settings, sessions, grants }[read];
}

/** Run one cell; throws with the reason when it does not hold. */
async function runCell(write: Write, kind: FaultKind): Promise<Outcome> {
  const simulator = createAccountApiSimulator({ seed: write.seed ?? {} });
  simulator.clock.set(START);
  const good = simulator.mintToken();
  const expired = simulator.mintToken({ expiresInSeconds: 1 });
  const handOut: string[] = [];
  const client = createAccountClient({
    endpoint: location.origin,
    fetch: createSimulatorFetch(simulator),
    getAccessToken: async () => handOut.shift() ?? good,
    now: () => simulator.clock.now(),
    ...(kind === 'timeout after apply' ? { timeoutMs: TIMEOUT_MS } : {}),
  });
  // The server's view, read with its own token and record (never through the kit's cache).
  const truth = createAccountClient({
    endpoint: location.origin,
    fetch: createSimulatorFetch(simulator),
    getAccessToken: async () => good,
    now: () => simulator.clock.now(),
  });
  await truth.createPasswordVerification({ password: DEMO_PASSWORD });
  await client.createPasswordVerification({ password: DEMO_PASSWORD });
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const wrapper = ({ children }: { children?: React.ReactNode }) => (
    <AccountCenterProvider
      client={client}
      queryClient={queryClient}
      now={() => simulator.clock.now()}
      onVerificationRequired={async () => {
        await client.createPasswordVerification({ password: DEMO_PASSWORD });
      }}
    >
      {children}
    </AccountCenterProvider>
  );
  const context: Context = {
    simulator,
    client,
    user: () =>
      simulator
        .getState()
        .users.find((user) => user.id === (write.seed?.users?.[0]?.id ?? DEMO_USER_ID))!,
  };
  const useWrite = writeHooks[write.mutation]!;
  const rendered = renderHook(() => ({ mutation: useWrite(), read: useRead(write.read) }), {
    wrapper,
  });
  try {
    await waitFor(() => expect(rendered.result.current.read.isSuccess).toBe(true));
    const variables = await write.prepare(context);
    const needsHeader = verificationRequirement(
      write.mutation as AccountOperation,
      (variables ?? {}) as never,
    );
    if (kind === 'verification expires mid-flow' && needsHeader === 'never') {
      return {
        write: write.label,
        fault: kind,
        result: 'not applicable',
        detail: 'this route takes no verification record',
      };
    }
    const spec = faultSpec(kind, write.route);
    if (spec) simulator.faults.inject(spec);
    if (kind === '401 expired token') {
      simulator.clock.advance(2_000);
      handOut.push(expired);
    }
    const mutate = (input: unknown) =>
      (
        rendered.result.current.mutation.mutateAsync as unknown as (
          input: unknown,
        ) => Promise<unknown>
      )(input);
    let firstError: unknown;
    await act(async () => {
      await mutate(variables).catch((error: unknown) => (firstError = error));
    });
    simulator.faults.clear();
    const settle = async () =>
      waitFor(() => expect(queryClient.isFetching() + queryClient.isMutating()).toBe(0));
    const matches = async (when: string) => {
      await settle();
      const server = await readData(truth, write.read);
      const cached = rendered.result.current.read.data;
      if (JSON.stringify(cached) !== JSON.stringify(server))
        throw new Error(`${when}: the cache differs from the server`);
    };
    const expected = EXPECTED[kind];
    if (expected === 'recovers') {
      if (firstError)
        throw new Error(`expected the kit to recover, got ${(firstError as Error).message}`);
    } else {
      if (!firstError) throw new Error('the write did not fail');
      for (const { t, formatError, locale } of i18n) {
        const shown = formatError(firstError);
        if (shown !== t(expected) || shown === expected)
          throw new Error(`${locale}: showed "${shown}", expected ${expected}`);
      }
      await matches('after the failure');
      // The user tries the same action once more.
      let retryError: unknown;
      await act(async () => {
        await mutate(variables).catch((error: unknown) => (retryError = error));
      });
      if (retryError)
        throw new Error(
          `the retry failed: ${(retryError as { code?: string }).code ?? retryError}`,
        );
    }
    await matches('after the retry');
    const effects = await write.effects(context);
    if (effects !== 1) throw new Error(`the server holds ${effects} effects`);
    return { write: write.label, fault: kind, result: 'held' };
  } finally {
    rendered.unmount();
    queryClient.clear();
  }
}

describe('fault matrix', () => {
  // One test per cell, each with its own time limit: a slow cell on a busy machine cannot starve
  // the others of a shared one.
  for (const write of WRITES) {
    for (const kind of FAULTS) {
      it(`${write.label} × ${kind}`, { timeout: 60_000 }, async () => {
        let outcome: Outcome;
        try {
          outcome = await runCell(write, kind);
        } catch (error) {
          outcome = {
            write: write.label,
            fault: kind,
            result: 'failed',
            detail: (error as Error).message,
          };
        }
        outcomes.push(outcome);
        expect(outcome.result === 'failed' ? outcome.detail : 'ok').toBe('ok');
      });
    }
  }
});

/**
 * The app's account-deletion handler (`onDeleteAccount`), faulted itself: it fails the way an
 * app's own request fails, then the user confirms again. The dialog keeps the typed phrase and
 * names what happened; the retry deletes once.
 */
const DELETION_FAULTS: Partial<Record<FaultKind, { apply: boolean; error: () => unknown }>> = {
  '500 before apply': {
    apply: false,
    error: () =>
      Object.assign(new Error('Internal server error.'), { status: 500, code: 'http_error' }),
  },
  'network error before apply': { apply: false, error: () => new TypeError('Failed to fetch') },
  '5xx after apply': {
    apply: true,
    error: () => Object.assign(new Error('Bad gateway'), { status: 502, code: 'http_error' }),
  },
  'timeout after apply': {
    apply: true,
    error: () => new DOMException('The operation timed out.', 'TimeoutError'),
  },
  '429': {
    apply: false,
    error: () => Object.assign(new Error('Too Many Requests'), { status: 429, code: 'http_error' }),
  },
};

async function runDeletionCell(kind: FaultKind): Promise<Outcome> {
  const fault = DELETION_FAULTS[kind];
  const cell = { write: 'account deletion (app handler)', fault: kind };
  if (kind === '401 expired token')
    return {
      ...cell,
      result: 'not applicable',
      detail: "the handler calls the app's own API with its own token",
    };
  const deleted: string[] = [];
  let failNext = !!fault;
  let thrown: unknown;
  const onDeleteAccount = async () => {
    if (failNext) {
      failNext = false;
      if (fault!.apply && !deleted.includes(DEMO_USER_ID)) deleted.push(DEMO_USER_ID);
      thrown = fault!.error();
      throw thrown;
    }
    // The app's backend: deleting an account already deleted is a no-op.
    if (!deleted.includes(DEMO_USER_ID)) deleted.push(DEMO_USER_ID);
  };
  const account = createSimulatedAccount();
  const screen = await render(
    <>
      <VerificationDialog />
      <DeleteAccount onDeleteAccount={onDeleteAccount} />
    </>,
    { wrapper: account.Wrapper },
  );
  try {
    const verify = async () => {
      const stepUp = screen.getByRole('dialog', { name: 'Confirm it’s you' });
      await userEvent.type(stepUp.getByLabelText('Password', { exact: true }), DEMO_PASSWORD);
      await stepUp.getByRole('button', { name: 'Verify' }).click();
      await expect.element(stepUp).not.toBeInTheDocument();
    };
    await screen.getByRole('button', { name: 'Delete account' }).click();
    const dialog = screen.getByRole('alertdialog', { name: 'Delete your account?' });
    await userEvent.type(dialog.getByRole('textbox'), 'delete my account');
    await dialog.getByRole('button', { name: 'Delete account' }).click();
    await verify();
    if (kind === 'verification expires mid-flow') {
      // Done once; the record then expires before the user confirms again elsewhere: the kit
      // asks again before calling the handler, which runs once.
      await expect.element(dialog).not.toBeInTheDocument();
      account.simulator.clock.advance(11 * 60_000);
      deleted.length = 0;
      await screen.getByRole('button', { name: 'Delete account' }).click();
      const again = screen.getByRole('alertdialog', { name: 'Delete your account?' });
      await userEvent.type(again.getByRole('textbox'), 'delete my account');
      await again.getByRole('button', { name: 'Delete account' }).click();
      await verify();
      await expect.element(again).not.toBeInTheDocument();
    } else {
      const expected = EXPECTED[kind] as MessageKey;
      const [english] = i18n;
      await expect.element(dialog.getByText(english!.t(expected))).toBeVisible();
      for (const { t, formatError, locale } of i18n) {
        const shown = formatError(thrown);
        if (shown !== t(expected))
          throw new Error(`${locale}: showed "${shown}", expected ${expected}`);
      }
      await expect.element(dialog.getByRole('textbox')).toHaveValue('delete my account');
      // The user confirms again.
      await dialog.getByRole('button', { name: 'Delete account' }).click();
      await expect.element(dialog).not.toBeInTheDocument();
    }
    if (deleted.length !== 1) throw new Error(`the backend holds ${deleted.length} deletions`);
    return { ...cell, result: 'held' };
  } finally {
    await screen.unmount();
  }
}

describe("fault matrix: the app's deletion handler", () => {
  // One test per fault: each cell drives the real dialogs (slow on a busy machine), so each gets
  // its own time limit rather than sharing one across seven.
  for (const kind of FAULTS) {
    it(`account deletion × ${kind}`, { timeout: 60_000 }, async () => {
      let outcome: Outcome;
      try {
        outcome = await runDeletionCell(kind);
      } catch (error) {
        outcome = {
          write: 'account deletion (app handler)',
          fault: kind,
          result: 'failed',
          detail: (error as Error).message,
        };
      }
      outcomes.push(outcome);
      expect(outcome.result === 'failed' ? outcome.detail : 'ok').toBe('ok');
    });
  }
});
