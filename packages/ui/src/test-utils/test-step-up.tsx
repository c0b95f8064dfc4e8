/**
 * Test and story helper (not shipped; social/mfa/sessions/apps area): answers step-up prompts the way a person would after
 * typing the demo password, so a section can be exercised without the verification dialog,
 * which lives in another area. `mode="cancel"` closes the prompt instead (a silent cancel).
 */
import { useEffect } from 'react';
import { useVerification, useVerificationPrompt } from '@account-center/react';
import { DEMO_PASSWORD } from '@account-center/mock';

export interface TestStepUpProps {
  /** `verify` (default) answers with the demo password; `cancel` dismisses the prompt. */
  mode?: 'verify' | 'cancel';
  /** Verify once on mount, as if the user had confirmed it's them earlier on the page. */
  preVerify?: boolean;
  /** Called with each prompt's reason. */
  onPrompt?: (reason: 'required' | 'expired') => void;
}

export function TestStepUp({ mode = 'verify', preVerify = false, onPrompt }: TestStepUpProps) {
  const { request, reject } = useVerificationPrompt();
  const verification = useVerification();
  useEffect(() => {
    if (preVerify) void verification.verifyWithPassword(DEMO_PASSWORD);
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (!request) return;
    onPrompt?.(request.reason);
    if (mode === 'cancel') reject();
    else void verification.verifyWithPassword(DEMO_PASSWORD);
  }, [request]); // eslint-disable-line react-hooks/exhaustive-deps
  return null;
}
