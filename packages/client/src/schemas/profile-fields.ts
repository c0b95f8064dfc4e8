/**
 * Schemas for the custom profile field catalogue (the sign-in experience's
 * `customProfileFieldCatalog`, facts §1 and §3). Its own file: only the `profile-fields` entry
 * reads them, so the settings every page parses do not carry them.
 */
import * as z from 'zod/mini';

/** The 9 custom profile field types (facts §1). */
const customProfileFieldTypeSchema = z.literal([
  'Text',
  'Number',
  'Date',
  'Checkbox',
  'Select',
  'Url',
  'Regex',
  'Address',
  'Fullname',
]);

const optionalNumber = z.optional(z.nullable(z.number()));
const optionalString = z.optional(z.nullable(z.string()));

/** A field's `config`: every key optional, the ones a type uses read by the kit (facts §1). */
const customProfileFieldConfigShape = {
  placeholder: optionalString,
  minLength: optionalNumber,
  maxLength: optionalNumber,
  minValue: optionalNumber,
  maxValue: optionalNumber,
  // Date: `MM/dd/yyyy | dd/MM/yyyy | yyyy-MM-dd | custom`; Regex: the JS RegExp source.
  format: optionalString,
  customFormat: optionalString,
  // Checkbox: the string `'true' | 'false'`.
  defaultValue: optionalString,
  options: z.optional(z.array(z.looseObject({ value: z.string(), label: optionalString }))),
};

/** One part of a Fullname or Address field (facts §1). */
export const customProfileFieldPartSchema = z.looseObject({
  enabled: z.boolean(),
  name: z.string(),
  type: customProfileFieldTypeSchema,
  label: optionalString,
  description: optionalString,
  required: z.boolean(),
  config: z.optional(z.looseObject(customProfileFieldConfigShape)),
});

/** A row of the sign-in experience's `customProfileFieldCatalog` (facts §1, §3). */
export const customProfileFieldSchema = z.looseObject({
  name: z.string(),
  type: customProfileFieldTypeSchema,
  // `""` when unset; `description` is `null` when unset.
  label: optionalString,
  description: optionalString,
  required: z.boolean(),
  config: z.optional(
    z.looseObject({
      ...customProfileFieldConfigShape,
      parts: z.optional(z.array(customProfileFieldPartSchema)),
    }),
  ),
  sieOrder: z.optional(z.number()),
});

/** A custom profile field type. */
export type CustomProfileFieldType = z.infer<typeof customProfileFieldTypeSchema>;
/** A catalogue row (custom profile field definition). */
export type CustomProfileField = z.infer<typeof customProfileFieldSchema>;
/** A part of a Fullname or Address field. */
export type CustomProfileFieldPart = z.infer<typeof customProfileFieldPartSchema>;
