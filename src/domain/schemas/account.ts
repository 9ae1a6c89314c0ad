import { z } from 'zod';
import { cohortSchema } from './cohort';
import { isoDate, nonNegative, optionalText, recordBase, shortText } from './common';
import { customFieldsSchema } from './customFields';

export const accountSchema = z.object({
  ...recordBase,
  name: shortText('Name'),
  /** Normalised: lower case, no scheme, no `www.`, no path. */
  domain: z
    .string()
    .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'Domain must look like acme.com.')
    .nullable(),
  crmId: optionalText('CRM id', 100),
  industry: optionalText('Industry', 100),
  employees: nonNegative('Employees').int('Employees must be a whole number.').nullable(),
  /** The band as the CRM wrote it ("51-200"); `employees` then holds its midpoint. */
  employeesBand: optionalText('Employee band', 40),
  /** An ISO 3166-1 code when the region names a country, else the text as first spelt. */
  region: optionalText('Region', 100),
  /** The country as the CRM spelt it ("USA") beside its code; absent on older records. */
  regionAsWritten: optionalText('Region as written', 100).optional(),
  arr: nonNegative('ARR').nullable(),
  ltv: nonNegative('LTV').nullable(),
  salesCycleDays: nonNegative('Sales cycle').int('Sales cycle must be whole days.').nullable(),
  customerSince: isoDate.nullable(),
  churnedAt: isoDate.nullable(),
  nps: z
    .number({ message: 'NPS must be a number.' })
    .int('NPS must be a whole number from 0 to 10.')
    .min(0, 'NPS must be from 0 to 10.')
    .max(10, 'NPS must be from 0 to 10.')
    .nullable(),
  integrations: nonNegative('Integrations').int('Integrations must be a whole number.').nullable(),
  techStack: z.array(z.string().trim().min(1).max(100)).max(100),
  plan: optionalText('Plan', 100),
  customFields: customFieldsSchema,
  cohort: cohortSchema.nullable(),
  cohortSource: z.enum(['manual', 'rule']).nullable(),
  importId: z.string().nullable(),
});
export type Account = z.infer<typeof accountSchema>;
