import { describe, expectTypeOf, it } from 'vitest';
import type { AccountApiError } from '@account-center/client';
import {
  useBackupCodeSetup,
  useEmailChange,
  usePasskeyRegistration,
  usePendingSocialLink,
  useSocialLink,
  useSocialLinkCallback,
  useTotpSetup,
} from '../index.js';
import type { FlowCallbacks, SocialLinkCallbackOptions, TotpSetupOptions } from '../index.js';

describe('flow callbacks', () => {
  it('take onSuccess(result), onError(AccountApiError) and onCancel()', () => {
    expectTypeOf<FlowCallbacks>().toEqualTypeOf<{
      onSuccess?: (result: void) => void;
      onError?: (error: AccountApiError) => void;
      onCancel?: () => void;
    }>();
    expectTypeOf<TotpSetupOptions>().toMatchTypeOf<FlowCallbacks>();
    useTotpSetup({ issuer: 'Acme', onSuccess: () => {}, onError: (error) => error.code });
    usePasskeyRegistration({ prepare: false, onCancel: () => {} });
    useBackupCodeSetup({ onSuccess: () => {} });
    useEmailChange({ onError: (error) => error.status });
    useSocialLink({ onSuccess: () => {} });
    // The social-link return hands over where to go back.
    expectTypeOf<
      Parameters<NonNullable<SocialLinkCallbackOptions['onSuccess']>>[0]
    >().toEqualTypeOf<{
      returnTo: string | undefined;
    }>();
    useSocialLinkCallback({ search: '?code=x', onSuccess: ({ returnTo }) => returnTo });
    // @ts-expect-error: a flow's completion callbacks are the three words, not `onDone`.
    useTotpSetup({ onDone: () => {} });
  });

  it('usePendingSocialLink is a boolean', () => {
    expectTypeOf(usePendingSocialLink()).toEqualTypeOf<boolean>();
  });
});
