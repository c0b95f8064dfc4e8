import { describe, expect, it } from 'vitest';
import { DEMO_EMAIL, DEMO_USER_ID } from '../seed.js';
import { createHarness } from '../test-utils/harness.js';

describe('POST /api/my-account/primary-email (§6.6)', () => {
  it('changes the email with the documented four-step flow', async () => {
    const harness = createHarness();
    // (1) header record from a code to the current email (UserPermissionValidation).
    const header = await harness.verifiedEmailRecord(DEMO_EMAIL);
    // (2)+(3) a code to the new address.
    const newRecord = await harness.verifiedEmailRecord('ada.new@example.com');
    expect(harness.simulator.inbox.latest('ada.new@example.com')?.templateType).toBe(
      'BindNewIdentifier',
    );
    // (4)
    const result = await harness.call('POST', '/api/my-account/primary-email', {
      verificationId: header,
      body: { email: 'ada.new@example.com', newIdentifierVerificationRecordId: newRecord },
    });
    expect(result.status).toBe(204);
    expect((await harness.call('GET', '/api/my-account')).body.primaryEmail).toBe(
      'ada.new@example.com',
    );
    // §12: the header record stays valid after the address it was sent to is gone.
    const again = await harness.call('PATCH', '/api/my-account', {
      verificationId: header,
      body: { username: 'ada2' },
    });
    expect(again.status).toBe(200);
  });

  it('treats a different-case copy of the current email as new, unusable as header (§10.6)', async () => {
    const harness = createHarness();
    const record = await harness.verifiedEmailRecord('ADA@example.com');
    expect(harness.simulator.inbox.latest()?.templateType).toBe('BindNewIdentifier');
    const result = await harness.call('DELETE', '/api/my-account/primary-email', {
      verificationId: record,
    });
    expect(result.status).toBe(401);
  });

  it('does not accept a BindMfa code to the current email as header', async () => {
    const harness = createHarness();
    const sent = await harness.call('POST', '/api/verifications/verification-code', {
      body: { identifier: { type: 'email', value: DEMO_EMAIL }, templateType: 'BindMfa' },
    });
    await harness.call('POST', '/api/verifications/verification-code/verify', {
      body: {
        identifier: { type: 'email', value: DEMO_EMAIL },
        verificationId: sent.body.verificationRecordId,
        code: harness.simulator.inbox.latestCode()!,
      },
    });
    const result = await harness.call('DELETE', '/api/my-account/primary-email', {
      verificationId: sent.body.verificationRecordId,
    });
    expect(result.status).toBe(401);
  });

  it('answers verification_record.not_found for a record of another value, unverified or expired', async () => {
    const harness = createHarness();
    const header = await harness.passwordRecord();
    const other = await harness.verifiedEmailRecord('someone@example.com');
    const mismatch = await harness.call('POST', '/api/my-account/primary-email', {
      verificationId: header,
      body: { email: 'else@example.com', newIdentifierVerificationRecordId: other },
    });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.code).toBe('verification_record.not_found');

    const unverified = await harness.call('POST', '/api/verifications/verification-code', {
      body: { identifier: { type: 'email', value: 'un@example.com' } },
    });
    const notVerified = await harness.call('POST', '/api/my-account/primary-email', {
      verificationId: header,
      body: {
        email: 'un@example.com',
        newIdentifierVerificationRecordId: unverified.body.verificationRecordId,
      },
    });
    expect(notVerified.body.code).toBe('verification_record.not_found');

    harness.simulator.clock.advance(5 * 60 * 1000);
    const freshHeader = await harness.passwordRecord();
    harness.simulator.clock.advance(5 * 60 * 1000 + 1);
    const expired = await harness.call('POST', '/api/my-account/primary-email', {
      verificationId: freshHeader,
      body: { email: 'someone@example.com', newIdentifierVerificationRecordId: other },
    });
    expect(expired.body.code).toBe('verification_record.not_found');
  });

  it('rejects an email of another user, case-insensitively', async () => {
    const harness = createHarness();
    const record = await harness.verifiedEmailRecord('GRACE@example.com');
    const result = await harness.call('POST', '/api/my-account/primary-email', {
      verificationId: await harness.passwordRecord(),
      body: { email: 'GRACE@example.com', newIdentifierVerificationRecordId: record },
    });
    expect(result.status).toBe(422);
    expect(result.body.code).toBe('user.email_already_in_use');
  });

  it('enforces the email blocklist', async () => {
    const harness = createHarness();
    harness.simulator.admin.updateSignInExperience({
      emailBlocklistPolicy: { customBlocklist: ['@blocked.example'], blockSubaddressing: true },
    });
    const blocked = await harness.call('POST', '/api/verifications/verification-code', {
      body: { identifier: { type: 'email', value: 'x@blocked.example' } },
    });
    expect(blocked.status).toBe(422);
    expect(blocked.body).toMatchObject({
      code: 'session.email_blocklist.email_not_allowed',
      message:
        'The email address "x@blocked.example" is restricted. Please choose a different one.',
    });
    const plus = await harness.call('POST', '/api/my-account/primary-email', {
      verificationId: await harness.passwordRecord(),
      body: { email: 'ada+1@example.com', newIdentifierVerificationRecordId: 'x' },
    });
    expect(plus.body.code).toBe('session.email_blocklist.email_subaddressing_not_allowed');
  });
});

describe('primary phone (§6.6)', () => {
  it('rejects a phone with "+" as a guard error on phone (§12)', async () => {
    const harness = createHarness();
    const result = await harness.call('POST', '/api/my-account/primary-phone', {
      verificationId: await harness.passwordRecord(),
      body: { phone: '+15555550123', newIdentifierVerificationRecordId: 'x' },
    });
    expect(result.status).toBe(400);
    expect(result.body.code).toBe('guard.invalid_input');
    expect(result.body.data.issues[0].path).toEqual(['phone']);
  });

  it('rejects another user’s phone and an unparsable number', async () => {
    const harness = createHarness();
    const header = await harness.passwordRecord();
    const taken = await harness.call('POST', '/api/my-account/primary-phone', {
      verificationId: header,
      body: {
        phone: '15555550100',
        newIdentifierVerificationRecordId: await harness.verifiedPhoneRecord('15555550100'),
      },
    });
    expect(taken.status).toBe(422);
    expect(taken.body.code).toBe('user.phone_already_in_use');
    const invalid = await harness.call('POST', '/api/my-account/primary-phone', {
      verificationId: header,
      body: {
        phone: '0123',
        newIdentifierVerificationRecordId: await harness.verifiedPhoneRecord('0123'),
      },
    });
    expect(invalid.status).toBe(422);
    expect(invalid.body.code).toBe('user.invalid_phone');
  });
});

describe('DELETE primary email / phone (§6.6)', () => {
  it('keeps at least one identifier', async () => {
    const harness = createHarness({
      seed: {
        users: [
          { id: 'emailonly001', primaryEmail: 'only@example.com', password: 'Some-Password-12' },
        ],
      },
    });
    const header = (
      await harness.call('POST', '/api/verifications/password', {
        body: { password: 'Some-Password-12' },
      })
    ).body.verificationRecordId;
    const result = await harness.call('DELETE', '/api/my-account/primary-email', {
      verificationId: header,
    });
    expect(result.status).toBe(400);
    expect(result.body.code).toBe('user.last_sign_in_method_required');
  });

  it('removes the phone when other identifiers remain', async () => {
    const harness = createHarness();
    harness.simulator.admin.updateUser(DEMO_USER_ID, { primaryPhone: '15555550111' });
    const result = await harness.call('DELETE', '/api/my-account/primary-phone', {
      verificationId: await harness.passwordRecord(),
    });
    expect(result.status).toBe(204);
    expect(harness.simulator.admin.getUser(DEMO_USER_ID)?.primaryPhone).toBeNull();
  });
});
