import type { ComponentProps } from 'react';
import { describe, expectTypeOf, it } from 'vitest';
import { Profile } from './profile-form.js';
import type { ProfileFormPartProps, ProfileRootProps } from './profile-form.js';

describe('Profile parts', () => {
  it('Root is a section that takes usernameOnly', () => {
    expectTypeOf<ProfileRootProps['ref']>().toEqualTypeOf<ComponentProps<'section'>['ref']>();
    void ({ usernameOnly: true, className: 'x' } satisfies ProfileRootProps);
  });

  it('Form is a form whose submit the kit owns', () => {
    expectTypeOf<ProfileFormPartProps['ref']>().toEqualTypeOf<ComponentProps<'form'>['ref']>();
    // @ts-expect-error Save submits through the kit
    void ({ onSubmit: () => undefined } satisfies ProfileFormPartProps);
    expectTypeOf(Profile.Details).parameter(0).toEqualTypeOf<ComponentProps<'fieldset'>>();
    expectTypeOf(Profile.Save).parameter(0).toEqualTypeOf<ComponentProps<'div'>>();
  });
});
