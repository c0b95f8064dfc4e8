import type { ComponentProps } from 'react';
import { describe, expectTypeOf, it } from 'vitest';
import { AccountDeletion } from './delete-account.js';
import type {
  AccountDeletionConfirmProps,
  AccountDeletionRootProps,
  DeleteAccountProps,
} from './delete-account.js';

describe('AccountDeletion parts', () => {
  it('Root takes the drop-in’s props, a section’s and children', () => {
    expectTypeOf<DeleteAccountProps>().toEqualTypeOf<Omit<AccountDeletionRootProps, 'children'>>();
    expectTypeOf<AccountDeletionRootProps['ref']>().toEqualTypeOf<
      ComponentProps<'section'>['ref']
    >();
    void ({
      onDeleteAccount: async (recordId: string | undefined) => recordId,
      className: 'x',
    } satisfies AccountDeletionRootProps);
  });

  it('Link is an anchor; Confirm takes only onSuccess (the handler comes from Root)', () => {
    expectTypeOf(AccountDeletion.Link).parameter(0).toEqualTypeOf<ComponentProps<'a'>>();
    expectTypeOf(AccountDeletion.Confirm).parameter(0).toEqualTypeOf<AccountDeletionConfirmProps>();
    // @ts-expect-error the handler is Root's
    void ({ onDeleteAccount: () => undefined } satisfies AccountDeletionConfirmProps);
  });
});
