/**
 * A react-hook-form resolver for our zod/mini schemas. It replaces `@hookform/resolvers/zod`,
 * whose zod 3 + zod 4 support and native-validation path cost about 1 kB gzip in every form for
 * code we never run: our schemas are synchronous, have no unions, and messages come from `t`.
 * The first issue of each field wins, keyed by its dot path (`address.country`), which is what
 * react-hook-form reads back with `get(errors, name)`.
 */
import { set } from 'react-hook-form';
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';

/** The part of a zod/mini schema the resolver needs. */
export interface SafeParseSchema<T> {
  safeParse(
    value: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: readonly SchemaIssue[] } };
}

interface SchemaIssue {
  code: string;
  message: string;
  path: readonly PropertyKey[];
}

export function schemaResolver<T extends FieldValues>(schema: SafeParseSchema<T>): Resolver<T> {
  return (values) => {
    const result = schema.safeParse(values);
    if (result.success) return { values: result.data, errors: {} };
    const errors: FieldErrors<T> = {};
    const seen = new Set<string>();
    for (const issue of result.error.issues) {
      const path = issue.path.map(String).join('.');
      if (seen.has(path)) continue;
      seen.add(path);
      set(errors, path, { type: issue.code, message: issue.message });
    }
    return { values: {}, errors };
  };
}
