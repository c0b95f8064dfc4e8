import type { ComponentProps, ReactNode } from 'react';
import { describe, expectTypeOf, it } from 'vitest';
import type { PasskeyFactor, PasskeyItemDetails } from './passkey-item.js';
import type { PasskeyManagerProps } from './passkey-manager.js';
import { Passkeys } from './passkeys.js';
import type { PasskeysItemProps, PasskeysListProps, PasskeysRootProps } from './passkeys.js';

declare const passkey: PasskeyFactor;

describe('Passkeys parts', () => {
  it('Root takes the drop-in’s props and a section’s', () => {
    expectTypeOf<PasskeyManagerProps>().toEqualTypeOf<PasskeysRootProps>();
    expectTypeOf<PasskeysRootProps['ref']>().toEqualTypeOf<ComponentProps<'section'>['ref']>();
    void ({ offerBackupCodes: false, appName: 'Acme', className: 'x' } satisfies PasskeysRootProps);
  });

  it('List takes a ul’s ref and a row function, not nodes', () => {
    expectTypeOf<PasskeysListProps['ref']>().toEqualTypeOf<ComponentProps<'ul'>['ref']>();
    expectTypeOf<NonNullable<PasskeysListProps['children']>>().toEqualTypeOf<
      (passkey: PasskeyFactor) => ReactNode
    >();
    // @ts-expect-error rows come from a function of the passkey
    void ({ children: 'row' } satisfies PasskeysListProps);
  });

  it('Item needs its passkey; its children are nodes or a function of the details', () => {
    // @ts-expect-error `passkey` is required
    void ({ className: 'row' } satisfies PasskeysItemProps);
    void ({ passkey, children: 'custom' } satisfies PasskeysItemProps);
    void ({
      passkey,
      children: (details: PasskeyItemDetails) => details.name,
    } satisfies PasskeysItemProps);
    expectTypeOf(Passkeys.Item).parameter(0).toEqualTypeOf<PasskeysItemProps>();
  });
});
