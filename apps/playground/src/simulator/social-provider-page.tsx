/**
 * `/social-provider`: the fake social provider as a real page of the playground. The simulator
 * sends `POST /api/verifications/social` here (its `socialProviderUrl`); an MSW worker cannot
 * answer page navigations, so the page asks the simulator who may sign in and builds the
 * redirect back with `simulator.social.authorize`. The tenant is persisted, so the `state` it
 * issued survives both redirects.
 */
import type { SocialControls } from '@account-center/mock';

/** Props of {@link SocialProviderPage}. */
export interface SocialProviderPageProps {
  social: SocialControls;
  /** Full-page navigation back to the app (the real provider would redirect). */
  redirect?: (url: string) => void;
}

/** The fake provider's consent page. */
export function SocialProviderPage({
  social,
  redirect = (url) => window.location.assign(url),
}: SocialProviderPageProps) {
  const authorizationUri = window.location.href;
  const request = social.describe(authorizationUri);
  if (!request) {
    return (
      <div className="pg-provider">
        <h1>Fake social provider</h1>
        <p role="alert">
          This authorization request is unknown: start linking an account from the playground.
        </p>
      </div>
    );
  }
  return (
    <div className="pg-provider" data-connector={request.connector.id}>
      <h1>Sign in with {request.connector.name}</h1>
      <p>
        <strong>Account Center playground</strong> wants to link your {request.connector.name}{' '}
        account. This is the simulator’s fake provider: pick an account.
      </p>
      <ul className="pg-list">
        {request.users.map((user) => (
          <li key={user.id}>
            <button
              type="button"
              onClick={() => redirect(social.authorize(authorizationUri, { user: user.id }))}
            >
              Continue as {user.name ?? user.email ?? user.id}
            </button>
            {user.email ? <span className="pg-hint"> {user.email}</span> : null}
          </li>
        ))}
      </ul>
      <button
        type="button"
        onClick={() => redirect(social.authorize(authorizationUri, { cancel: true }))}
      >
        Cancel
      </button>
    </div>
  );
}
