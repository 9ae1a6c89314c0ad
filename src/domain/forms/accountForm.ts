import { z } from 'zod';
import { accountSchema, type Account } from '../schemas/account';
import { sizeBandForEmployees } from '../sizeBands';
import { emptyForm, numberToText, textToNumber, textToOptional } from './formFields';

const s = accountSchema.shape;

export const accountFormSchema = z.object({
  name: s.name,
  domain: z
    .string()
    .trim()
    .transform((v) =>
      v === ''
        ? null
        : v
            .toLowerCase()
            .replace(/^[a-z]+:\/\//, '')
            .replace(/^www\./, '')
            .replace(/[/?#].*$/, ''),
    )
    .pipe(s.domain),
  crmId: textToOptional(s.crmId),
  industry: textToOptional(s.industry),
  employees: textToNumber(s.employees),
  region: textToOptional(s.region),
  arr: textToNumber(s.arr),
  ltv: textToNumber(s.ltv),
  salesCycleDays: textToNumber(s.salesCycleDays),
  customerSince: textToOptional(s.customerSince),
  churnedAt: textToOptional(s.churnedAt),
  nps: textToNumber(s.nps),
  integrations: textToNumber(s.integrations),
  techStack: z
    .string()
    .transform((v) =>
      v
        .split(/[,;|]/)
        .map((t) => t.trim())
        .filter(Boolean),
    )
    .pipe(s.techStack),
  plan: textToOptional(s.plan),
});
export type AccountFormValues = z.input<typeof accountFormSchema>;
export type AccountFormOutput = z.output<typeof accountFormSchema>;

export const EMPTY_ACCOUNT_FORM: AccountFormValues = emptyForm(accountFormSchema);

export function accountToFormValues(account: Account): AccountFormValues {
  return {
    name: account.name,
    domain: account.domain ?? '',
    crmId: account.crmId ?? '',
    industry: account.industry ?? '',
    employees: numberToText(account.employees),
    region: account.region ?? '',
    arr: numberToText(account.arr),
    ltv: numberToText(account.ltv),
    salesCycleDays: numberToText(account.salesCycleDays),
    customerSince: account.customerSince ?? '',
    churnedAt: account.churnedAt ?? '',
    nps: numberToText(account.nps),
    integrations: numberToText(account.integrations),
    techStack: account.techStack.join(', '),
    plan: account.plan ?? '',
  };
}

/** Fields the form does not edit (cohort, custom fields) are kept from the existing account. */
export function accountFromForm(
  values: AccountFormOutput,
  existing: Pick<
    Account,
    'cohort' | 'cohortSource' | 'customFields' | 'employeesBand' | 'employees'
  > | null,
) {
  const employeesChanged = !existing || existing.employees !== values.employees;
  return {
    ...values,
    employeesBand: employeesChanged
      ? values.employees == null
        ? null
        : sizeBandForEmployees(values.employees)
      : existing.employeesBand,
    customFields: existing?.customFields ?? [],
    cohort: existing?.cohort ?? null,
    cohortSource: existing?.cohortSource ?? null,
  };
}
