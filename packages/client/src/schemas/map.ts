/** A shared building block for the per-resource schema files. */
import * as z from 'zod/mini';

/**
 * A JSON object used as a map: any keys, every value matching `value`. Exactly the schema
 * `z.catchall(z.object({}), value)` builds, constructed directly so the bundle does without
 * `catchall`'s def-merging helper (~50 B gzip); `z.record` would also check the keys: more code.
 * Marked free of side effects so a bundler drops a schema built with it that nothing imports.
 */
/* @__NO_SIDE_EFFECTS__ */
export function mapOf<T extends z.core.$ZodType>(
  value: T,
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- `z.object({})`'s own shape type: inferred types stay identical
): z.ZodMiniObject<{}, z.core.$catchall<T>> {
  return new z.ZodMiniObject({ type: 'object', shape: {}, catchall: value });
}

/**
 * `schema`, or `fallback` when the value does not match: for optional parts of a document, so
 * one unexpected part does not make the whole document unreadable. Exactly `z.catch(schema,
 * () => fallback)`, built directly: `z.catch` keeps zod's util namespace (with its
 * `new Function` probe) in the bundle.
 */
/* @__NO_SIDE_EFFECTS__ */
export function orElse<T extends z.core.$ZodType, F extends z.core.output<T>>(
  schema: T,
  fallback: F,
): z.ZodMiniCatch<T> {
  // The class constructor is not generic; `z.catch` casts the same way.
  return new z.ZodMiniCatch({
    type: 'catch',
    innerType: schema,
    catchValue: () => fallback,
  }) as z.ZodMiniCatch<T>;
}
