import { describe, expect, it } from 'vitest';
import type { Account } from '@account-center/client';
import { isProvablyLastIdentifier } from './last-identifier.js';

const visible = (account: Partial<Account>): Account => ({
  id: 'u1',
  hasSecurityVerificationMethod: true,
  username: null,
  primaryEmail: null,
  primaryPhone: null,
  identities: {},
  ...account,
});

describe('isProvablyLastIdentifier', () => {
  it('blocks removing the only visible identifier', () => {
    expect(isProvablyLastIdentifier(visible({ primaryEmail: 'a@b.co' }), 'primaryEmail')).toBe(
      true,
    );
    const social = visible({ identities: { google: { userId: 'g1' } } });
    expect(isProvablyLastIdentifier(social, { identity: 'google' })).toBe(true);
  });

  it('allows the removal when another identifier remains', () => {
    const both = visible({ primaryEmail: 'a@b.co', identities: { google: { userId: 'g1' } } });
    expect(isProvablyLastIdentifier(both, 'primaryEmail')).toBe(false);
    expect(isProvablyLastIdentifier(both, { identity: 'google' })).toBe(false);
    const two = visible({ identities: { google: { userId: 'g1' }, github: { userId: 'h1' } } });
    expect(isProvablyLastIdentifier(two, { identity: 'google' })).toBe(false);
  });

  it('proves nothing when another identifier is hidden (field Off or missing scope)', () => {
    const { primaryPhone: _hidden, ...withoutPhone } = visible({ username: 'ada' });
    expect(isProvablyLastIdentifier(withoutPhone as Account, 'username')).toBe(false);
    const { identities: _none, ...withoutIdentities } = visible({ username: 'ada' });
    expect(isProvablyLastIdentifier(withoutIdentities as Account, 'username')).toBe(false);
  });
});
