/**
 * Step-up in a custom UI built on `@account-center/react`: the app's own prompt in the provider's
 * slot, `useReverification` in front of the app's own backend call, and the server-side check of
 * the record id. Type-checked with the repo (`tsc -b`); `docs/step-up.md` quotes the regions
 * between `#region` and `#endregion` and a test keeps them equal.
 */
import { useState } from 'react';
import type { ReactNode } from 'react';
import { toAccountApiError } from '@account-center/client';
import {
  AccountCenterProvider,
  VerificationCancelledError,
  useReverification,
  useVerification,
  useVerificationPrompt,
} from '@account-center/react';

// #region prompt
/** The app's own step-up prompt. In the provider's slot, it is the only one that shows. */
export function MyStepUpPrompt() {
  const { request, reject } = useVerificationPrompt();
  const { verifyWithPassword, error } = useVerification();
  const [password, setPassword] = useState('');
  if (!request) return null;
  return (
    <form
      aria-label="Confirm it’s you"
      onSubmit={(event) => {
        event.preventDefault();
        // A stored record resumes the waiting action by itself: nothing else to call.
        void verifyWithPassword(password).then((ok) => ok && setPassword(''));
      }}
    >
      <label>
        Password
        <input
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
      </label>
      {error && <p role="alert">{error.message}</p>}
      <button type="submit">Confirm</button>
      <button type="button" onClick={reject}>
        Cancel
      </button>
    </form>
  );
}
// #endregion prompt

// #region provider
export function App(props: {
  endpoint: string;
  getAccessToken: () => Promise<string | null | undefined>;
  children: ReactNode;
}) {
  return (
    <AccountCenterProvider
      endpoint={props.endpoint}
      getAccessToken={props.getAccessToken}
      verificationPrompt={<MyStepUpPrompt />}
    >
      {props.children}
    </AccountCenterProvider>
  );
}
// #endregion provider

// #region wrapper
/** A button whose action the app's own server performs, after step-up. */
export function DeleteMyAccountButton(props: {
  getAccessToken: () => Promise<string | null | undefined>;
}) {
  const [status, setStatus] = useState('');
  const deleteAccount = useReverification(async (recordId: string) => {
    const response = await fetch('/api/delete-my-account', {
      method: 'POST',
      headers: {
        // The record is bound to the user of this token (§4.4): the server needs both.
        authorization: `Bearer ${await props.getAccessToken()}`,
        'logto-verification-id': recordId,
      },
    });
    // A 401 `verification_record.permission_denied` passed through from Logto makes the wrapper
    // ask again and call this once more.
    if (!response.ok) throw toAccountApiError(response, await response.text());
  });
  return (
    <>
      <button
        type="button"
        onClick={() =>
          deleteAccount().then(
            () => setStatus('Deleted.'),
            (error: unknown) =>
              setStatus(error instanceof VerificationCancelledError ? '' : 'Could not delete.'),
          )
        }
      >
        Delete my account
      </button>
      <output>{status}</output>
    </>
  );
}
// #endregion wrapper

// #region server
/**
 * On the app's server: whether `recordId` proves that the user of `accessToken` stepped up within
 * the last 10 minutes. `GET …/backup-codes` checks the header first (§4.4, §6.8): an unusable
 * record answers `401 verification_record.permission_denied`; a valid one passes to the read,
 * which answers 200, or `404 verification_record.not_found` for a user without backup codes.
 */
export async function isStepUpConfirmed(
  endpoint: string,
  accessToken: string,
  recordId: string,
): Promise<boolean> {
  const response = await fetch(`${endpoint}/api/my-account/mfa-verifications/backup-codes`, {
    headers: { authorization: `Bearer ${accessToken}`, 'logto-verification-id': recordId },
  });
  if (response.status === 200) return true;
  const { code } = (await response.json()) as { code?: string };
  if (response.status === 404 && code === 'verification_record.not_found') return true;
  if (response.status === 401 && code === 'verification_record.permission_denied') return false;
  // Anything else (a token without the `identities` scope, a network fault) proves nothing.
  throw new Error(`Cannot confirm step-up: ${response.status} ${code ?? ''}`);
}
// #endregion server
