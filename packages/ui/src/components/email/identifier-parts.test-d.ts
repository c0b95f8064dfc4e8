import type { ComponentProps } from 'react';
import { describe, expectTypeOf, it } from 'vitest';
import type { EmailChangeProps } from './email-change.js';
import { Email } from './email.js';
import type { EmailChangeFormProps, EmailRootProps } from './email.js';
import type { PhoneChangeProps } from '../phone/phone-change.js';
import { Phone } from '../phone/phone.js';
import type { PhoneChangeFormProps, PhoneRootProps } from '../phone/phone.js';

describe('Email and Phone parts', () => {
  it('Root takes the drop-in’s props and a section’s', () => {
    expectTypeOf<EmailChangeProps>().toEqualTypeOf<EmailRootProps>();
    expectTypeOf<PhoneChangeProps>().toEqualTypeOf<PhoneRootProps>();
    expectTypeOf<EmailRootProps['ref']>().toEqualTypeOf<ComponentProps<'section'>['ref']>();
    void ({
      defaultOpen: true,
      defaultValue: 'me@example.com',
      onCancel: () => {},
      className: 'x',
    } satisfies EmailRootProps);
    expectTypeOf(Email.Root).parameter(0).toEqualTypeOf<EmailRootProps>();
    expectTypeOf(Phone.Root).parameter(0).toEqualTypeOf<PhoneRootProps>();
  });

  it('both kinds have the same parts', () => {
    expectTypeOf<keyof typeof Email>().toEqualTypeOf<keyof typeof Phone>();
  });

  it('each part takes its element’s ref', () => {
    expectTypeOf<ComponentProps<typeof Email.Value>['ref']>().toEqualTypeOf<
      ComponentProps<'div'>['ref']
    >();
    expectTypeOf<ComponentProps<typeof Phone.ChangeTrigger>['ref']>().toEqualTypeOf<
      ComponentProps<'button'>['ref']
    >();
    expectTypeOf<EmailChangeFormProps['ref']>().toEqualTypeOf<ComponentProps<'form'>['ref']>();
    expectTypeOf<ComponentProps<typeof Email.ReadOnlyNote>['ref']>().toEqualTypeOf<
      ComponentProps<'span'>['ref']
    >();
  });

  it('ChangeForm draws its own fields and handles its own submit', () => {
    // @ts-expect-error the form's fields are the kind's
    void ({ children: 'fields' } satisfies PhoneChangeFormProps);
    // @ts-expect-error the part submits the step itself
    void ({ onSubmit: () => {} } satisfies EmailChangeFormProps);
    void ({ className: 'wide', id: 'email-form' } satisfies EmailChangeFormProps);
  });
});
