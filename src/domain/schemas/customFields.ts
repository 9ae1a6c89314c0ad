import { textMapSchema } from './textMap';

/** The limits accounts' customFields have: a column header and one cell of text. */
export const CUSTOM_FIELD_NAME_MAX = 200;
export const CUSTOM_FIELD_VALUE_MAX = 10_000;

/**
 * Column → cell text kept from an import. Built on textMapSchema, not z.record, so every key
 * stays an own key: z.record assigns entries and would silently drop one named "__proto__".
 * Issues are raised at the key's path, so an import can name the column that broke a limit.
 */
export const customFieldsSchema = textMapSchema(
  'Custom fields must pair each field name with a text.',
).superRefine((fields, ctx) => {
  for (const [key, value] of Object.entries(fields)) {
    if (key.length > CUSTOM_FIELD_NAME_MAX) {
      ctx.addIssue({
        code: 'custom',
        path: [key],
        message: `Custom field name “${key.slice(0, 40)}…” is longer than ${CUSTOM_FIELD_NAME_MAX} characters.`,
      });
    }
    if (value.length > CUSTOM_FIELD_VALUE_MAX) {
      ctx.addIssue({
        code: 'custom',
        path: [key],
        message: `Custom field “${key.slice(0, 40)}” is longer than ${CUSTOM_FIELD_VALUE_MAX.toLocaleString('en-US')} characters.`,
      });
    }
  }
});
