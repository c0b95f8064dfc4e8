import { isAccountApiError } from '@account-center/client';
import { isQuietError } from '@account-center/react';

/** A readable line for an error, or `undefined` for quiet ones (a cancelled step-up). */
export function errorText(error: unknown): string | undefined {
  if (!error || isQuietError(error)) return undefined;
  if (isAccountApiError(error)) return `${error.message} (${error.code}, HTTP ${error.status})`;
  return error instanceof Error ? error.message : String(error);
}
