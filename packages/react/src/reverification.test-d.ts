import { describe, expectTypeOf, it } from 'vitest';
import { useReverification } from './index.js';
import type { ReverificationOptions, StepUpRequirement } from './index.js';

describe('useReverification', () => {
  it('hands fn a record id and keeps the rest of its parameters and its result', () => {
    const remove = useReverification(async (recordId: string, userId: string, hard: boolean) => ({
      recordId,
      userId,
      hard,
    }));
    expectTypeOf(remove).toEqualTypeOf<
      (
        userId: string,
        hard: boolean,
      ) => Promise<{ recordId: string; userId: string; hard: boolean }>
    >();
    // A step-up with nothing after it: no parameters left.
    expectTypeOf(useReverification(() => Promise.resolve())).toEqualTypeOf<() => Promise<void>>();
  });

  it('gives fn a string by default, and string | undefined only with when-user-has-method', () => {
    useReverification(async (recordId) => {
      expectTypeOf(recordId).toEqualTypeOf<string>();
    });
    useReverification(
      async (recordId) => {
        expectTypeOf(recordId).toEqualTypeOf<string | undefined>();
      },
      { requirement: 'when-user-has-method' },
    );
    // With `when-user-has-method`, fn must accept `undefined`: a user with no method gets none.
    // @ts-expect-error: fn takes only a string
    useReverification(async (recordId: string) => recordId, {
      requirement: 'when-user-has-method',
    });
  });

  it('takes a typed requirement, never `never` or a free string', () => {
    expectTypeOf<StepUpRequirement>().toEqualTypeOf<'always' | 'when-user-has-method'>();
    expectTypeOf<ReverificationOptions['requirement']>().toEqualTypeOf<
      StepUpRequirement | undefined
    >();
    // @ts-expect-error: a route that needs no header needs no wrapper
    useReverification(async () => undefined, { requirement: 'never' });
    // @ts-expect-error: a typo is a type error
    useReverification(async () => undefined, { requirement: 'alway' });
  });
});
