/**
 * Writes made of several deletes (sign out other sessions, revoke an app's grants): part of the
 * lazy steps chunk (`./index.ts`). Imports nothing from the entry chunk.
 */
import { AccountApiError } from '@account-center/client';
import type { AccountKit } from '../kit.js';

/**
 * Run `remove` on each item one after another (the step-up done first serves every call).
 * Resolves to the count; when all failed, rejects with the first error (a cancelled step-up
 * stays quiet and stops the rest); when some failed, with `partial_failure`, `data: { failed,
 * total }`.
 */
export async function removeEach<T>(items: T[], remove: (item: T) => Promise<unknown>) {
  let failed = 0;
  let first: unknown;
  for (const [index, item] of items.entries()) {
    try {
      await remove(item);
    } catch (error) {
      first ??= error;
      failed += 1;
      // Cancelled: do not prompt again for the rest.
      if (String((error as { code?: unknown }).code).endsWith('_cancelled')) {
        failed += items.length - index - 1;
        break;
      }
    }
  }
  if (failed && failed === items.length) throw first;
  if (failed) {
    throw new AccountApiError({
      status: 0,
      code: 'partial_failure',
      message: `${failed} of ${items.length} failed.`,
      data: { failed, total: items.length },
      cause: first,
    });
  }
  return items.length;
}

/** Sign out every session but this one, from a fresh list (read after step-up). */
export async function deleteOtherSessions(
  kit: AccountKit,
  { revokeGrantsTarget }: { revokeGrantsTarget?: 'all' | 'firstParty' } = {},
) {
  await kit.ensureVerified('always');
  const list = await kit.read('session', () => kit.client.listSessions());
  return removeEach(list?.sessions.filter((session) => !session.isCurrent) ?? [], (session) =>
    kit.call(
      'always',
      () => kit.client.deleteSession(session.payload.uid, { revokeGrantsTarget }),
      'session',
    ),
  );
}

/** Revoke every grant of one application, from a fresh list (read after step-up). */
export async function revokeAppGrants(kit: AccountKit, applicationId: string) {
  await kit.ensureVerified('always');
  const list = await kit.read('session', () => kit.client.listGrants({}));
  return removeEach(
    list?.grants.filter((grant) => grant.application.id === applicationId) ?? [],
    (grant) => kit.call('always', () => kit.client.deleteGrant(grant.id), 'session'),
  );
}
