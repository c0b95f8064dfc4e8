import { Suspense, lazy, useEffect, useState } from 'react';
import { useVerificationPrompt } from '@account-center/react';
import type { VerificationDialogProps } from './verification-dialog.js';

// The dialog (its forms and the modal stack under it) is a chunk of its own: nothing shows it
// before an action asks for step-up, so it stays out of the initial load.
const load = () => import('./verification-dialog.js');
const Dialog = lazy(() => load().then((module) => ({ default: module.VerificationDialog })));

/**
 * The step-up prompt: a dialog over the current screen whenever an action needs the user to
 * confirm their identity (password, or a code to their email or phone). The waiting action
 * resumes by itself on success; closing the dialog cancels it quietly. Mount it once near the
 * root; the kit's components also mount one, and only one is ever active.
 *
 * It is there (actions can ask) from its first render; the dialog's code loads right after, so
 * it opens at once when asked.
 * @example <AccountCenterProvider …><VerificationDialog /><ProfileForm /></AccountCenterProvider>
 */
export function VerificationDialog(props: VerificationDialogProps) {
  const { request } = useVerificationPrompt();
  const [asked, setAsked] = useState(false);
  if (request && !asked) setAsked(true);
  useEffect(() => {
    // Preload; a failure shows when the dialog is needed (the section's error boundary).
    load().catch(() => undefined);
  }, []);
  return asked ? (
    <Suspense fallback={null}>
      <Dialog {...props} />
    </Suspense>
  ) : null;
}
