import type { ComponentProps } from 'react';
import { useI18n } from '../i18n/i18n-provider.js';
import { Alert, AlertDescription } from './alert.js';
import { Button } from './button.js';

export interface LoadFailedProps extends Omit<ComponentProps<typeof Alert>, 'children'> {
  /** Read again (e.g. the query's `refetch`). */
  onRetry: () => void;
  /** Say what went wrong (through `formatError`) instead of the generic "couldn't load". */
  error?: unknown;
}

/** A section's read failed: "Couldn't load" with Try again, the same in every section. */
export function LoadFailed({ onRetry, error, ...props }: LoadFailedProps) {
  const { t, formatError } = useI18n();
  return (
    <Alert variant="danger" {...props}>
      <AlertDescription>
        {error === undefined ? t('common.loadFailed') : formatError(error)}
      </AlertDescription>
      <div>
        <Button size="sm" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      </div>
    </Alert>
  );
}
