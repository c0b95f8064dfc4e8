import { useTenantConfig } from '@account-center/react/core';
import { safeHttpUrl } from '../../lib/safe-url.js';

// Its own module: the drop-in reads it on its first render, while the card itself loads lazily
// with the Security section.

/** Which way deletion is offered: the app's handler, the admin's link, or not at all. */
export type DeleteAccountMode = 'handler' | 'link' | 'none';

/**
 * How `DeleteAccount` will render, from its props and the tenant's `deleteAccountUrl`: the app's
 * handler wins, then a valid http(s) URL (the prop, else the tenant's), else nothing.
 */
export function useDeleteAccountMode(
  // What it reads of `DeleteAccountProps` (only whether a handler is given).
  props: { onDeleteAccount?: unknown; deleteAccountUrl?: string | null | undefined },
): { mode: DeleteAccountMode; url: string | undefined; isLoading: boolean } {
  const settings = useTenantConfig();
  const url = safeHttpUrl(props.deleteAccountUrl ?? settings.deleteAccountUrl.value);
  if (props.onDeleteAccount) return { mode: 'handler', url, isLoading: false };
  if (url) return { mode: 'link', url, isLoading: false };
  return {
    mode: 'none',
    url: undefined,
    isLoading: props.deleteAccountUrl === undefined && settings.isLoading,
  };
}
