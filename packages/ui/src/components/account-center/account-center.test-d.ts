import type { ComponentType } from 'react';
import { describe, expectTypeOf, it } from 'vitest';
import type { PasskeyManagerProps } from '../passkeys/passkey-manager.js';
import type { AccountCenterProps } from './account-center.js';
import type { AccountCenterComponents } from './section-parts.js';

const Anything = (() => null) as ComponentType;

describe('AccountCenter `components`', () => {
  it('takes a component for a known key', () => {
    void ({ password: Anything, verificationDialog: Anything } satisfies AccountCenterComponents);
    expectTypeOf<NonNullable<AccountCenterComponents['passkeys']>>().toEqualTypeOf<
      ComponentType<PasskeyManagerProps>
    >();
  });

  it('rejects an unknown key', () => {
    // @ts-expect-error `pasword` is not a part of the drop-in
    void ({ pasword: Anything } satisfies AccountCenterComponents);
    // @ts-expect-error nor on the drop-in's props
    void ({ components: { header: Anything } } satisfies AccountCenterProps);
  });

  it('rejects a component that needs props the kit does not pass', () => {
    const NeedsUser = (() => null) as ComponentType<{ userId: string }>;
    // @ts-expect-error the kit passes no `userId`
    void ({ sessions: NeedsUser } satisfies AccountCenterComponents);
  });
});

describe('AccountCenter standalone props', () => {
  it('are the hooks provider’s, so every provider prop is accepted', () => {
    void ({
      endpoint: 'https://tenant.logto.app',
      getAccessToken: async () => 'token',
      syncTabs: false,
      onSignOut: () => undefined,
    } satisfies AccountCenterProps);
  });
});
