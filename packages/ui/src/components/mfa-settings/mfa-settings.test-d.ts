import type { ComponentProps } from 'react';
import { describe, expectTypeOf, it } from 'vitest';
import type { MfaCodeFactorsProps } from './code-factors.js';
import { MfaSettings } from './mfa-settings.js';
import type { MfaSettingsProps, MfaSettingsToggleProps } from './mfa-settings.js';
import type { MfaSettingsRootProps } from './mfa-settings-parts.js';

describe('MfaSettings parts', () => {
  it('the component is the usual composition and carries its parts', () => {
    expectTypeOf(MfaSettings).parameter(0).toEqualTypeOf<MfaSettingsProps>();
    expectTypeOf<MfaSettingsProps>().toEqualTypeOf<MfaSettingsRootProps>();
    expectTypeOf(MfaSettings.Root).parameter(0).toEqualTypeOf<MfaSettingsRootProps>();
    expectTypeOf<MfaSettingsRootProps['ref']>().toEqualTypeOf<ComponentProps<'section'>['ref']>();
  });

  it('the rows take the standalone components’ props', () => {
    expectTypeOf(MfaSettings.AskOnSignIn).parameter(0).toEqualTypeOf<MfaSettingsToggleProps>();
    expectTypeOf<MfaSettingsToggleProps['ref']>().toEqualTypeOf<ComponentProps<'div'>['ref']>();
    expectTypeOf(MfaSettings.CodeFactors).parameter(0).toEqualTypeOf<MfaCodeFactorsProps>();
    expectTypeOf<MfaCodeFactorsProps['ref']>().toEqualTypeOf<ComponentProps<'ul'>['ref']>();
    // @ts-expect-error a row is an element's props, not a setting
    void ({ checked: true } satisfies MfaSettingsToggleProps);
  });
});
