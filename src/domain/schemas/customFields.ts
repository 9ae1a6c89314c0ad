import { z } from 'zod';
import { pairsSchema } from './pairs';

/** The limits custom fields have: a column header and one cell of text. */
export const CUSTOM_FIELD_NAME_MAX = 200;
export const CUSTOM_FIELD_VALUE_MAX = 10_000;

const name = z.string().superRefine((key, ctx) => {
  if (key.length > CUSTOM_FIELD_NAME_MAX) {
    ctx.addIssue({
      code: 'custom',
      message: `Custom field name “${key.slice(0, 40)}…” is longer than ${CUSTOM_FIELD_NAME_MAX} characters.`,
    });
  }
});

/**
 * Column → cell text kept from an import, as pairs (see pairs.ts): a column may be called
 * anything, "constructor" included. A too-long value is reported at its pair with the column's
 * name, so an import can say which column broke the limit.
 */
export const customFieldsSchema = pairsSchema(name, z.string(), 'Custom fields').superRefine(
  (fields, ctx) => {
    fields.forEach(({ key, value }, index) => {
      if (value.length > CUSTOM_FIELD_VALUE_MAX) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'value'],
          message: `Custom field “${key.slice(0, 40)}” is longer than ${CUSTOM_FIELD_VALUE_MAX.toLocaleString('en-US')} characters.`,
        });
      }
    });
  },
);
export type CustomFields = z.output<typeof customFieldsSchema>;
