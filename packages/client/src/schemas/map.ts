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
