import { setNonce } from 'get-nonce';

/**
 * Sets the CSP nonce for styles injected at run time (the dialog scroll lock). Only needed when
 * dialogs are used without `AccountCenterUiProvider`, which takes a `nonce` prop.
 */
export function setCspNonce(nonce: string): void {
  setNonce(nonce);
}
