/**
 * The custom page's own step-up prompt, from `useVerificationPrompt` (which action waits) and
 * `useVerification` (how to verify), in a native `<dialog>`: modal focus handling and Escape come
 * from the browser.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useVerification, useVerificationPrompt } from '@account-center/react';
import { errorText } from './error-text';

/** Opens while an action waits for the user to verify their identity. */
export function StepUpDialog() {
  const { request, reject } = useVerificationPrompt();
  const verification = useVerification();
  const dialog = useRef<HTMLDialogElement>(null);
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const titleId = useId();
  const passwordId = useId();
  const codeId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (request && !element.open) {
      setPassword('');
      setCode('');
      element.showModal();
    } else if (!request && element.open) element.close();
  }, [request]);

  const email = verification.methods.find((method) => method.type === 'email');
  const hasPassword = verification.methods.some((method) => method.type === 'password');
  const codeSent = verification.state === 'code-sent' || verification.codeTarget !== null;

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      className="pg-dialog"
      onCancel={(event) => {
        event.preventDefault();
        reject();
      }}
    >
      <h2 id={titleId}>Verify it’s you</h2>
      <p>
        {request?.reason === 'expired' ? 'Your verification expired. ' : ''}Confirm your identity to
        continue.
      </p>
      {hasPassword ? (
        <form
          className="pg-form"
          onSubmit={(event) => {
            event.preventDefault();
            void verification.verifyWithPassword(password);
          }}
        >
          <label htmlFor={passwordId}>Password</label>
          <input
            id={passwordId}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
          <button type="submit" disabled={verification.state === 'verifying'}>
            Verify with password
          </button>
        </form>
      ) : null}
      {email ? (
        codeSent ? (
          <form
            className="pg-form"
            onSubmit={(event) => {
              event.preventDefault();
              void verification.verifyCode(code);
            }}
          >
            <label htmlFor={codeId}>Code sent to {email.value}</label>
            <input
              id={codeId}
              inputMode="numeric"
              autoComplete="one-time-code"
              value={code}
              onChange={(event) => setCode(event.target.value)}
            />
            <button type="submit">Verify with code</button>
          </form>
        ) : (
          <button type="button" onClick={() => void verification.sendCode('email')}>
            Email a code to {email.value}
          </button>
        )
      ) : null}
      {errorText(verification.error) ? <p role="alert">{errorText(verification.error)}</p> : null}
      <button type="button" onClick={reject}>
        Cancel
      </button>
    </dialog>
  );
}
