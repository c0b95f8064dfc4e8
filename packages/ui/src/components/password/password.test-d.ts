import type { ComponentProps, Ref } from 'react';
import { describe, expectTypeOf, it } from 'vitest';
import type { PasswordChangeFormProps } from './password-change-form.js';
import type { PasswordChangeProps } from './password-change.js';
import { Password } from './password.js';
import type { PasswordFormProps, PasswordRootProps, PasswordTriggerProps } from './password.js';

describe('Password parts', () => {
  it('Root takes the drop-in’s props and a section’s, with children', () => {
    expectTypeOf<PasswordChangeProps>().toEqualTypeOf<Omit<PasswordRootProps, 'children'>>();
    expectTypeOf<PasswordRootProps['ref']>().toEqualTypeOf<ComponentProps<'section'>['ref']>();
    void ({
      defaultOpen: true,
      offerSignOutOthers: false,
      onSuccess: ({ firstPassword }) => void firstPassword,
      className: 'x',
    } satisfies PasswordRootProps);
  });

  it('Form is the form’s props without the outcomes the section handles', () => {
    expectTypeOf<PasswordFormProps['ref']>().toEqualTypeOf<ComponentProps<'form'>['ref']>();
    expectTypeOf<PasswordFormProps>().toEqualTypeOf<
      Omit<PasswordChangeFormProps, 'onSuccess' | 'onCancel'>
    >();
    // @ts-expect-error success goes through `Password.Root`'s `onSuccess`
    void ({ onSuccess: () => {} } satisfies PasswordFormProps);
    expectTypeOf(Password.Form).parameter(0).toEqualTypeOf<PasswordFormProps>();
  });

  it('Trigger is a button with its ref', () => {
    expectTypeOf<PasswordTriggerProps['ref']>().toEqualTypeOf<Ref<HTMLButtonElement> | undefined>();
    void ({ variant: 'primary', children: 'Update' } satisfies PasswordTriggerProps);
  });
});
