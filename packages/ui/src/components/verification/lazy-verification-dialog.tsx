import { Suspense, lazy, useEffect, useState } from 'react';
import type { ComponentType } from 'react';
import { useVerificationPrompt } from '@account-center/react';
import type { VerificationDialogProps } from './verification-dialog.js';

// The dialog (its forms and the modal stack under it) is a chunk of its own: nothing shows it
// before an action asks for step-up, so it stays out of the initial load.
let loaded: ComponentType<VerificationDialogProps> | undefined;
const load = () =>
  import('./verification-dialog.js').then((module) => (loaded = module.VerificationDialog));
const LazyDialog = lazy(() => load().then((component) => ({ default: component })));

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
  // Chosen once, when first asked: the loaded component if it is there, else the lazy one.
  const [content, setContent] = useState<{ Dialog: ComponentType<VerificationDialogProps> }>();
  if (request && !content) setContent({ Dialog: loaded ?? LazyDialog });
  useEffect(() => {
    // Preload; a failure shows when the dialog is needed (the section's error boundary).
    load().catch(() => undefined);
  }, []);
  const Dialog = content?.Dialog;
  return Dialog ? (
    <Suspense fallback={null}>
      <Dialog {...props} />
    </Suspense>
  ) : null;
}
