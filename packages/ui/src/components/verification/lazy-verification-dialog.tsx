import { Suspense, lazy, useEffect, useState } from 'react';
import type { ComponentType } from 'react';
import { useVerificationPrompt } from '@account-center/react/core';
import type { VerificationPrompt } from '@account-center/react';
import type { VerificationDialogProps } from './verification-dialog.js';

type DialogProps = VerificationDialogProps & { prompt: VerificationPrompt };

// The dialog (its forms and the modal stack under it) is a chunk of its own: nothing shows it
// before an action asks for step-up, so it stays out of the initial load. This wrapper holds the
// prompt slot itself and hands its prompt to the loaded dialog (one registration, not two).
let loaded: ComponentType<DialogProps> | undefined;
const load = () =>
  import('./verification-dialog.js').then((module) => (loaded = module.ActiveVerificationDialog));
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
  const prompt = useVerificationPrompt();
  const { request } = prompt;
  // Chosen once, when first asked: the loaded component if it is there, else the lazy one.
  const [content, setContent] = useState<{ Dialog: ComponentType<DialogProps> }>();
  if (request && !content) setContent({ Dialog: loaded ?? LazyDialog });
  useEffect(() => {
    // Preload; a failure shows when the dialog is needed (the section's error boundary).
    load().catch(() => undefined);
  }, []);
  const Dialog = content?.Dialog;
  return Dialog && prompt.active ? (
    <Suspense fallback={null}>
      <Dialog {...props} prompt={prompt} />
    </Suspense>
  ) : null;
}
