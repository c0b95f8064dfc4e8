import type { ComponentProps, ReactNode } from 'react';
import { describe, expectTypeOf, it } from 'vitest';
import { Totp } from './totp.js';
import type {
  TotpButtonProps,
  TotpRootProps,
  TotpSetupPanelProps,
  TotpStatusDetails,
  TotpStatusProps,
} from './totp.js';
import type { TotpSetupProps } from './totp-setup.js';

describe('Totp parts', () => {
  it('Root takes the drop-in’s props and a section’s', () => {
    expectTypeOf<TotpSetupProps>().toEqualTypeOf<TotpRootProps>();
    expectTypeOf<TotpRootProps['ref']>().toEqualTypeOf<ComponentProps<'section'>['ref']>();
    void ({ issuer: 'Acme', defaultView: 'key', className: 'x' } satisfies TotpRootProps);
    // @ts-expect-error the view is 'qr' or 'key'
    void ({ defaultView: 'list' } satisfies TotpRootProps);
  });

  it('Status takes a p’s ref and nodes or a function of the details', () => {
    expectTypeOf<TotpStatusProps['ref']>().toEqualTypeOf<ComponentProps<'p'>['ref']>();
    expectTypeOf<TotpStatusProps['children']>().toEqualTypeOf<
      ReactNode | ((details: TotpStatusDetails) => ReactNode)
    >();
    void ({
      children: ({ factor, added }) => (factor ? added : 'Off'),
    } satisfies TotpStatusProps);
  });

  it('Add and Remove take a button’s ref; SetupPanel a div’s', () => {
    expectTypeOf(Totp.Add).parameter(0).toEqualTypeOf<TotpButtonProps>();
    expectTypeOf(Totp.Remove).parameter(0).toEqualTypeOf<TotpButtonProps>();
    expectTypeOf<TotpButtonProps>().toEqualTypeOf<ComponentProps<'button'>>();
    expectTypeOf<TotpSetupPanelProps['ref']>().toEqualTypeOf<ComponentProps<'div'>['ref']>();
  });
});
