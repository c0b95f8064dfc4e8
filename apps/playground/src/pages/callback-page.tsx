/**
 * `/callback`: the social-link return. `useSocialLinkCallback` removes the provider's `code` and
 * `state` from the address, checks `state`, verifies the provider's answer and binds the identity,
 * asking "Verify it's you" here when this user needs step-up (it is not asked before the
 * redirect: the record lives in memory only). Then we go back where the link started; the hook
 * hands out only a same-origin path.
 */
import { useSocialLinkCallback } from '@account-center/react';
import { Link, PATHS, navigate } from '../routes';
import { errorText } from './error-text';
import { StepUpDialog } from './step-up-dialog';

/** The social-link callback page. */
export function CallbackPage() {
  const callback = useSocialLinkCallback({
    onSuccess: (linked) => navigate(linked.returnTo ?? PATHS.custom, { replace: true }),
  });
  const returnTo = callback.returnTo ?? PATHS.custom;
  const message = errorText(callback.error);
  return (
    <>
      <h1>Linking your account</h1>
      {callback.state === 'idle' ? (
        <p>
          No social link is pending. Start one from the <Link to={PATHS.custom}>custom page</Link>.
        </p>
      ) : null}
      {callback.state === 'verifying' || callback.state === 'binding' ? (
        <p role="status">Finishing the link ({callback.state})…</p>
      ) : null}
      {callback.state === 'done' ? <p role="status">Linked. Taking you back…</p> : null}
      {message ? (
        <div role="alert">
          <p>{message}</p>
          {callback.canRetry ? (
            <button type="button" onClick={() => void callback.retry()}>
              Try again
            </button>
          ) : (
            <Link to={returnTo}>Start again</Link>
          )}
        </div>
      ) : null}
      <StepUpDialog />
    </>
  );
}
