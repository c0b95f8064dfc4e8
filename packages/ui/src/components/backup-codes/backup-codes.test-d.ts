import type { ComponentProps, ReactNode } from 'react';
import { describe, expectTypeOf, it } from 'vitest';
import { BackupCodes } from './backup-codes.js';
import type {
  BackupCodesButtonProps,
  BackupCodesListProps,
  BackupCodesProps,
  BackupCodesRootProps,
  BackupCodesStatusDetails,
  BackupCodesStatusProps,
} from './backup-codes.js';

describe('BackupCodes parts', () => {
  it('<BackupCodes/> is still the section, and carries the parts', () => {
    expectTypeOf<BackupCodesProps>().toEqualTypeOf<BackupCodesRootProps>();
    expectTypeOf(BackupCodes).parameter(0).toEqualTypeOf<BackupCodesProps>();
    expectTypeOf(BackupCodes.Root).parameter(0).toEqualTypeOf<BackupCodesRootProps>();
    expectTypeOf<BackupCodesRootProps['ref']>().toEqualTypeOf<ComponentProps<'section'>['ref']>();
    void ({ appName: 'Acme', defaultOpen: true, className: 'x' } satisfies BackupCodesRootProps);
  });

  it('Status takes a p’s ref and nodes or a function of the details', () => {
    expectTypeOf<BackupCodesStatusProps['ref']>().toEqualTypeOf<ComponentProps<'p'>['ref']>();
    expectTypeOf<BackupCodesStatusProps['children']>().toEqualTypeOf<
      ReactNode | ((details: BackupCodesStatusDetails) => ReactNode)
    >();
    void ({
      children: ({ remaining, generated }) => (generated ? remaining : 'none'),
    } satisfies BackupCodesStatusProps);
  });

  it('List takes a ul’s ref but not the codes (they come from the section)', () => {
    expectTypeOf<BackupCodesListProps['ref']>().toEqualTypeOf<ComponentProps<'ul'>['ref']>();
    // @ts-expect-error the codes are the stored set
    void ({ codes: ['0a1b2c3d4e'] } satisfies BackupCodesListProps);
  });

  it('Show and Generate take a button’s ref', () => {
    expectTypeOf(BackupCodes.Show).parameter(0).toEqualTypeOf<BackupCodesButtonProps>();
    expectTypeOf(BackupCodes.Generate).parameter(0).toEqualTypeOf<BackupCodesButtonProps>();
    expectTypeOf<BackupCodesButtonProps>().toEqualTypeOf<ComponentProps<'button'>>();
  });
});
