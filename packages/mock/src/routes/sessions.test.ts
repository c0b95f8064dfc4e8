import { describe, expect, it } from 'vitest';
import { DEMO_USER_ID } from '../seed.js';
import { createHarness } from '../test-utils/harness.js';

describe('sessions (§6.9)', () => {
  it('lists the sessions with the token’s one as current', async () => {
    const harness = createHarness();
    const result = await harness.call('GET', '/api/my-account/sessions', {
      verificationId: await harness.passwordRecord(),
    });
    expect(result.body.sessions).toHaveLength(2);
    const [current, other] = result.body.sessions;
    expect(current).toMatchObject({
      isCurrent: true,
      accountId: DEMO_USER_ID,
      payload: { kind: 'Session', uid: 'session-current-ada' },
    });
    expect(current.lastSubmission.signInContext.city).toBe('London');
    expect(other.isCurrent).toBe(false);
  });

  it('answers 400 with data.status 404 for unknown and other users’ sessions (§10.11)', async () => {
    const harness = createHarness({
      seed: {
        users: [
          { id: 'u1', username: 'u1', password: 'Some-Password-12', sessions: [{ uid: 's1' }] },
          { id: 'u2', username: 'u2', sessions: [{ uid: 's2' }] },
        ],
      },
    });
    const header = (
      await harness.call('POST', '/api/verifications/password', {
        body: { password: 'Some-Password-12' },
      })
    ).body.verificationRecordId;
    const unknown = await harness.call('DELETE', '/api/my-account/sessions/nope', {
      verificationId: header,
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ code: 'oidc.session_not_found', data: { status: 404 } });
    const foreign = await harness.call('DELETE', '/api/my-account/sessions/s2', {
      verificationId: header,
    });
    expect(foreign.body).toMatchObject({
      code: 'oidc.invalid_session_account_id',
      data: { status: 404 },
    });
  });

  it('revokes the session’s grants with revokeGrantsTarget', async () => {
    const harness = createHarness();
    const header = await harness.passwordRecord();
    const firstParty = await harness.call(
      'DELETE',
      '/api/my-account/sessions/session-current-ada?revokeGrantsTarget=firstParty',
      { verificationId: header },
    );
    expect(firstParty.status).toBe(204);
    expect(harness.simulator.admin.getUser(DEMO_USER_ID)?.grants).toHaveLength(1);
    const invalid = await harness.call(
      'DELETE',
      '/api/my-account/sessions/session-phone-ada?revokeGrantsTarget=some',
      { verificationId: header },
    );
    expect(invalid.body).toMatchObject({
      code: 'guard.invalid_input',
      message: 'The request query is invalid.',
    });
  });

  it('deletes the current session along with its third-party grant when asked for all', async () => {
    const harness = createHarness();
    const header = await harness.passwordRecord();
    await harness.call(
      'DELETE',
      '/api/my-account/sessions/session-current-ada?revokeGrantsTarget=all',
      { verificationId: header },
    );
    expect(harness.simulator.admin.getUser(DEMO_USER_ID)?.grants).toHaveLength(0);
  });
});

describe('grants (§6.9)', () => {
  it('filters by appType', async () => {
    const harness = createHarness();
    const header = await harness.passwordRecord();
    const all = await harness.call('GET', '/api/my-account/grants', { verificationId: header });
    expect(all.body.grants).toEqual([
      expect.objectContaining({
        id: 'grant-acme-notes',
        application: { id: 'acme-notes', name: 'Acme Notes' },
      }),
    ]);
    expect(
      (
        await harness.call('GET', '/api/my-account/grants?appType=firstParty', {
          verificationId: header,
        })
      ).body.grants,
    ).toEqual([]);
    expect(
      (
        await harness.call('GET', '/api/my-account/grants?appType=thirdParty', {
          verificationId: header,
        })
      ).body.grants,
    ).toHaveLength(1);
  });

  it('revokes the app’s access tokens with its grant', async () => {
    const harness = createHarness();
    const appToken = harness.mint({ clientId: 'acme-notes' });
    expect((await harness.call('GET', '/api/my-account', { token: appToken })).status).toBe(200);
    const result = await harness.call('DELETE', '/api/my-account/grants/grant-acme-notes', {
      verificationId: await harness.passwordRecord(),
    });
    expect(result.status).toBe(204);
    expect((await harness.call('GET', '/api/my-account', { token: appToken })).status).toBe(401);
    expect((await harness.call('GET', '/api/my-account')).status).toBe(200);
  });

  it('answers 404 oidc.invalid_grant for an unknown grant', async () => {
    const harness = createHarness();
    const result = await harness.call('DELETE', '/api/my-account/grants/nope', {
      verificationId: await harness.passwordRecord(),
    });
    expect(result.status).toBe(404);
    expect(result.body.code).toBe('oidc.invalid_grant');
  });
});

describe('trusted devices (§6.10, dev feature)', () => {
  it('is not registered without dev features', async () => {
    const harness = createHarness();
    const result = await harness.call('GET', '/api/my-account/trusted-devices', {
      verificationId: await harness.passwordRecord(),
    });
    expect(result.status).toBe(404);
    expect(harness.simulator.admin.getAccountCenter().fields).not.toHaveProperty('trustedDevice');
  });

  it('paginates with Total-Number and rejects bad pagination', async () => {
    const harness = createHarness({ seed: { devFeatures: true } });
    harness.simulator.admin.updateUser(DEMO_USER_ID, {
      trustedDevices: Array.from({ length: 3 }, (_, index) => ({
        id: `d${index}`,
        userAgent: 'x',
        country: null,
        city: null,
        createdAt: 0,
        lastUsedAt: 0,
        expiresAt: 0,
      })),
    });
    const header = await harness.passwordRecord();
    const page = await harness.call('GET', '/api/my-account/trusted-devices?page=2&page_size=2', {
      verificationId: header,
    });
    expect(page.body).toEqual([expect.objectContaining({ id: 'd2', isCurrent: false })]);
    expect(page.headers.get('total-number')).toBe('3');
    expect(page.headers.get('link')).toContain('rel="first"');
    const bad = await harness.call('GET', '/api/my-account/trusted-devices?page_size=101', {
      verificationId: header,
    });
    expect(bad.body.code).toBe('guard.invalid_pagination');
    const missing = await harness.call('DELETE', '/api/my-account/trusted-devices/nope', {
      verificationId: header,
    });
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('entity.not_found');
  });
});
