import type { ComponentProps, ReactNode } from 'react';
import { describe, expectTypeOf, it } from 'vitest';
import type { SocialConnectionsProps } from './social-connections.js';
import { Social } from './social.js';
import type {
  SocialConnection,
  SocialItemDetails,
  SocialItemProps,
  SocialListProps,
  SocialRootProps,
} from './social.js';

declare const connection: SocialConnection;

describe('Social parts', () => {
  it('Root takes the drop-in’s props but handleCallback, and a section’s', () => {
    expectTypeOf<Omit<SocialConnectionsProps, 'handleCallback'>>().toEqualTypeOf<SocialRootProps>();
    expectTypeOf<SocialRootProps['ref']>().toEqualTypeOf<ComponentProps<'section'>['ref']>();
    void ({ redirectUri: '/back', returnTo: '/account', className: 'x' } satisfies SocialRootProps);
    // @ts-expect-error `handleCallback` is the drop-in's: compose `Social.Callback` or leave it out
    void ({ handleCallback: false } satisfies SocialRootProps);
  });

  it('List takes a ul’s ref and a row function, not nodes', () => {
    expectTypeOf<SocialListProps['ref']>().toEqualTypeOf<ComponentProps<'ul'>['ref']>();
    expectTypeOf<NonNullable<SocialListProps['children']>>().toEqualTypeOf<
      (connection: SocialConnection) => ReactNode
    >();
    // @ts-expect-error rows come from a function of the connection
    void ({ children: 'row' } satisfies SocialListProps);
  });

  it('Item needs its connection; its children are nodes or a function of the details', () => {
    // @ts-expect-error `connection` is required
    void ({ className: 'row' } satisfies SocialItemProps);
    expectTypeOf<SocialItemProps['ref']>().toEqualTypeOf<ComponentProps<'li'>['ref']>();
    void ({ connection, children: 'custom' } satisfies SocialItemProps);
    void ({
      connection,
      children: (details: SocialItemDetails) => details.account ?? details.name,
    } satisfies SocialItemProps);
    expectTypeOf(Social.Item).parameter(0).toEqualTypeOf<SocialItemProps>();
  });
});
