import { useState } from 'react';
import { isSilentError } from '../../i18n/create-i18n.js';
import { useSecurityI18n } from '../../i18n/area-i18n.js';
import { Alert, AlertDescription } from '../../primitives/alert.js';
import { Button } from '../../primitives/button.js';

export interface VerifyToViewProps {
  description: string;
  action: string;
  /** `unlock()` of a verified query: resolves `false` when the user cancels step-up. */
  unlock: () => Promise<boolean>;
}

/** The call to action of a section whose read needs step-up (sessions, authorized apps). */
export function VerifyToView({ description, action, unlock }: VerifyToViewProps) {
  const { formatError } = useSecurityI18n();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>();
  return (
    <div data-slot="verify-to-view" className="ac-stack">
      <p className="ac-entry-meta">{description}</p>
      <div>
        <Button
          variant="primary"
          pending={pending}
          onClick={() => {
            setError(undefined);
            setPending(true);
            unlock().then(
              () => setPending(false),
              (caught: unknown) => {
                setPending(false);
                if (!isSilentError(caught)) setError(caught);
              },
            );
          }}
        >
          {action}
        </Button>
      </div>
      {error !== undefined && (
        <Alert variant="danger">
          <AlertDescription>{formatError(error)}</AlertDescription>
        </Alert>
      )}
    </div>
  );
}
