import type { ComponentProps, ReactNode } from 'react';
import { describe, expectTypeOf, it } from 'vitest';
import { AuthorizedApps } from './authorized-apps.js';
import type { AuthorizedAppsProps } from './authorized-apps.js';
import type {
  AuthorizedApp,
  AuthorizedAppsItemDetails,
  AuthorizedAppsItemProps,
  AuthorizedAppsListProps,
  AuthorizedAppsRootProps,
} from './authorized-apps-parts.js';

declare const app: AuthorizedApp;

describe('AuthorizedApps parts', () => {
  it('the component is the usual composition and carries its parts', () => {
    expectTypeOf(AuthorizedApps).parameter(0).toEqualTypeOf<AuthorizedAppsProps>();
    expectTypeOf(AuthorizedApps.Root).parameter(0).toEqualTypeOf<AuthorizedAppsRootProps>();
    expectTypeOf<AuthorizedAppsRootProps['ref']>().toEqualTypeOf<
      ComponentProps<'section'>['ref']
    >();
    void ({ appType: 'firstParty', className: 'x' } satisfies AuthorizedAppsRootProps);
    // @ts-expect-error only first- or third-party grants
    void ({ appType: 'all' } satisfies AuthorizedAppsRootProps);
  });

  it('List takes a ul’s ref and a row function, not nodes', () => {
    expectTypeOf<AuthorizedAppsListProps['ref']>().toEqualTypeOf<ComponentProps<'ul'>['ref']>();
    expectTypeOf<NonNullable<AuthorizedAppsListProps['children']>>().toEqualTypeOf<
      (app: AuthorizedApp) => ReactNode
    >();
    // @ts-expect-error rows come from a function of the app
    void ({ children: 'row' } satisfies AuthorizedAppsListProps);
  });

  it('Item needs its app; its children are nodes or a function of the details', () => {
    // @ts-expect-error `app` is required
    void ({ className: 'row' } satisfies AuthorizedAppsItemProps);
    void ({ app, children: 'custom' } satisfies AuthorizedAppsItemProps);
    void ({
      app,
      children: (details: AuthorizedAppsItemDetails) => details.expires,
    } satisfies AuthorizedAppsItemProps);
    expectTypeOf(AuthorizedApps.Item).parameter(0).toEqualTypeOf<AuthorizedAppsItemProps>();
  });
});
