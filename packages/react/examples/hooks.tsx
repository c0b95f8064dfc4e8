/**
 * The code of `docs/hooks.md`: each `// #region name` … `// #endregion` is quoted there as is
 * (`scripts/docs-examples.test.mjs` checks it), type-checked with the repo and rendered against
 * the simulator by `packages/react/src/examples.test.tsx`.
 */
// #region imports
import { useState } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { AccountClient, MfaVerification } from '@account-center/client';
import {
  accountQueries,
  isQuietError,
  useEndSession,
  useFeature,
  useMfaFactors,
  useMyAccount,
  useRemoveMfaFactor,
  useRenamePasskey,
  useSessions,
  useSignOutOtherSessions,
  useUpdateAccount,
} from '@account-center/react';
// #endregion

// #region loader
/** A router loader: only the client and the QueryClient, no provider, no hook. */
export async function accountLoader(client: AccountClient, queryClient: QueryClient) {
  const account = await queryClient.ensureQueryData(accountQueries.myAccount(client));
  void queryClient.prefetchQuery(accountQueries.mfaFactors(client)); // warm the next screen
  return { name: account.name ?? account.username ?? '' };
}
// #endregion

// #region display-name
export function DisplayName({ onSaved }: { onSaved?: () => void }) {
  const feature = useFeature('name');
  const account = useMyAccount();
  const update = useUpdateAccount({
    // Runs after the kit wrote the returned account into the cache, never instead of it.
    onSuccess: () => onSaved?.(),
  });
  const [draft, setDraft] = useState<string>();

  if (feature.status === 'hidden') return null;
  if (feature.status === 'loading' || account.isPending) return <p role="status">Loading…</p>;
  if (feature.status === 'readonly') return <p>Name: {account.data?.name}</p>;

  const name = draft ?? account.data?.name ?? '';
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate({ name });
      }}
    >
      <label>
        Name
        <input
          autoComplete="name"
          value={name}
          onChange={(event) => setDraft(event.target.value)}
        />
      </label>
      <button type="submit" disabled={update.isPending}>
        Save
      </button>
      {update.isSuccess ? <p role="status">Saved.</p> : null}
      {update.error && !isQuietError(update.error) ? (
        <p role="alert">{update.error.message}</p>
      ) : null}
    </form>
  );
}
// #endregion

// #region passkeys
type Passkey = Extract<MfaVerification, { type: 'WebAuthn' }>;

export function Passkeys() {
  const feature = useFeature('passkey');
  const factors = useMfaFactors();
  if (feature.status === 'hidden') return null;
  if (feature.status === 'loading' || factors.isPending) return <p role="status">Loading…</p>;

  const passkeys = (factors.data ?? []).filter(
    (factor): factor is Passkey => factor.type === 'WebAuthn',
  );
  return (
    <ul aria-label="Passkeys">
      {passkeys.map((passkey) => (
        <PasskeyItem key={passkey.id} passkey={passkey} editable={feature.status === 'editable'} />
      ))}
    </ul>
  );
}

function PasskeyItem({ passkey, editable }: { passkey: Passkey; editable: boolean }) {
  // Optimistic: the list shows the new name at once, and the old one again if the rename fails.
  const rename = useRenamePasskey({ optimistic: true });
  const remove = useRemoveMfaFactor();
  const [name, setName] = useState(passkey.name ?? '');
  const label = passkey.name || 'Passkey';

  return (
    <li>
      <span>{label}</span>
      {editable ? (
        <>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              rename.mutate({ id: passkey.id, name });
            }}
          >
            <label>
              New name for {label}
              <input value={name} onChange={(event) => setName(event.target.value)} />
            </label>
            <button type="submit">Rename</button>
          </form>
          <button type="button" disabled={remove.isPending} onClick={() => remove.mutate(passkey)}>
            Remove {label}
          </button>
        </>
      ) : null}
      {rename.error && !isQuietError(rename.error) ? (
        <p role="alert">{rename.error.message}</p>
      ) : null}
    </li>
  );
}
// #endregion

// #region devices
export function Devices() {
  const feature = useFeature('session');
  const sessions = useSessions();
  const signOut = useEndSession();
  const signOutOthers = useSignOutOtherSessions();
  if (feature.status === 'hidden') return null;

  if (sessions.locked) {
    return (
      <button type="button" onClick={() => void sessions.unlock()}>
        Confirm it’s you to see your devices
      </button>
    );
  }
  if (sessions.isPending) return <p role="status">Loading…</p>;
  if (sessions.isError) {
    return (
      <p role="alert">
        {sessions.error.message}{' '}
        <button type="button" onClick={() => void sessions.refetch()}>
          Try again
        </button>
      </p>
    );
  }

  const list = sessions.data?.sessions ?? [];
  const editable = feature.status === 'editable';
  return (
    <>
      <ul aria-label="Devices">
        {list.map((session) => (
          <li key={session.payload.uid}>
            {session.lastSubmission?.signInContext?.userAgent ?? 'Unknown device'}
            {session.isCurrent ? (
              ' (this device)'
            ) : editable ? (
              <button
                type="button"
                disabled={signOut.isPending}
                onClick={() => signOut.mutate({ sessionId: session.payload.uid })}
              >
                Sign out
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {editable && list.some((session) => !session.isCurrent) ? (
        <button
          type="button"
          disabled={signOutOthers.isPending}
          onClick={() => signOutOthers.mutate({ revokeGrantsTarget: 'all' })}
        >
          Sign out of all other devices
        </button>
      ) : null}
    </>
  );
}
// #endregion
