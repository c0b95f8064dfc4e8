'use client';
/**
 * Trusted devices (contract §6.10): devices where the user chose to skip the second step. The
 * routes exist only on servers with dev features on (a plain 404 otherwise) and follow the
 * `trustedDevice` field, which such servers strip from the settings documents. Both cases hide
 * the feature, as other optional routes are hidden.
 */
import { useMutation, useQuery } from '@tanstack/react-query';
import { isAccountApiError, isMissingRoute } from '@account-center/client';
import type { AccountApiError, TrustedDevice, TrustedDevicePage } from '@account-center/client';
import { isQuietError } from './errors.js';
import { useAccountKit } from './kit.js';
import { accountKeys } from './keys.js';
import { accountQueries } from './queries.js';
import { useReverification } from './reverification.js';
import { useVerificationRecord } from './verification.js';

const trustedDevicesKey = () => [...accountKeys.sessionsRoot(), 'trusted-devices'] as const;

/**
 * Whether this tenant offers trusted devices: `false` when the account-center document omits the
 * `trustedDevice` field (a server without the feature) or sets it Off; `undefined` while unknown
 * (the route is then asked and a 404 or `field_not_enabled` hides it).
 */
export function useTrustedDevicesLevel(): 'Off' | 'ReadOnly' | 'Edit' | undefined {
  const kit = useAccountKit();
  const settings = useQuery(accountQueries.settings(kit.client)).data?.accountCenter;
  if (!settings) return undefined;
  return settings.fields.trustedDevice ?? 'Off';
}

/** Nothing to run after step-up: `unlock()` only gets a fresh record for the list. */
const stepUpOnly = () => Promise.resolve();

/**
 * One page of trusted devices; loads after step-up (`locked` / `unlock()`); `data === null` when
 * the server has no such route or the field is Off.
 *
 * @example
 * const devices = useTrustedDevices();
 * if (devices.locked) return <button onClick={devices.unlock}>Show devices</button>;
 */
export function useTrustedDevices() {
  const kit = useAccountKit();
  const level = useTrustedDevicesLevel();
  const locked = useVerificationRecord().status !== 'verified';
  const stepUp = useReverification(stepUpOnly);
  const query = useQuery<TrustedDevicePage | null, AccountApiError>({
    queryKey: trustedDevicesKey(),
    queryFn: ({ signal }) =>
      kit.client.listTrustedDevices({ pageSize: 100 }, { signal }).catch((error: unknown) => {
        if (isMissingRoute(error)) return null;
        if (isAccountApiError(error, 'account_center.field_not_enabled')) return null;
        throw error;
      }),
    enabled: !locked && level !== 'Off',
    retry: false,
  });
  return Object.assign(query, {
    locked,
    /** The field's level from the settings; `undefined` while unknown. */
    level,
    /** `Off` known from the settings, or answered by the server: render nothing. */
    hidden: level === 'Off' || query.data === null,
    unlock: () =>
      stepUp().then(
        () => true,
        (error: unknown) => {
          if (isQuietError(error)) return false;
          throw error;
        },
      ),
  });
}

/**
 * Forget one trusted device (`DELETE …/trusted-devices/:id`, step-up first); the list is updated
 * from the server afterwards.
 */
export function useRemoveTrustedDevice() {
  const kit = useAccountKit();
  return useMutation<void, AccountApiError, TrustedDevice>({
    mutationFn: (device) => kit.call('always', () => kit.client.deleteTrustedDevice(device.id)),
    onSettled: () => kit.queryClient.invalidateQueries({ queryKey: trustedDevicesKey() }),
  });
}
