import type { Account } from './schemas/account';

/** LinkedIn / HubSpot style employee bands, so CRM exports mostly map onto them unchanged. */
export const SIZE_BANDS = [
  '1-10',
  '11-50',
  '51-200',
  '201-500',
  '501-1000',
  '1001-5000',
  '5001+',
] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

/** Upper bound (inclusive) of each band but the last. */
const SIZE_BAND_MAX: readonly (readonly [SizeBand, number])[] = [
  ['1-10', 10],
  ['11-50', 50],
  ['51-200', 200],
  ['201-500', 500],
  ['501-1000', 1000],
  ['1001-5000', 5000],
];

export function isSizeBand(value: string): value is SizeBand {
  return (SIZE_BANDS as readonly string[]).includes(value);
}

/** Forgives the spellings CRMs produce for the same band: "51 - 200", "51–200", "5,001+". */
function normaliseBandText(text: string): string {
  return text.replace(/[\s,]/g, '').replace(/[\u2012-\u2015]/g, '-');
}

export function sizeBandForEmployees(employees: number): SizeBand | null {
  // A company has at least one person; 0 is how CRMs export "unknown".
  if (employees < 1) return null;
  for (const [band, max] of SIZE_BAND_MAX) {
    if (employees <= max) return band;
  }
  return '5001+';
}

/**
 * The canonical band of an account: the CRM's band when it is one of ours, otherwise derived
 * from the employee count (which holds the band's midpoint when the CRM only gave a band).
 */
export function sizeBandOf(account: Pick<Account, 'employees' | 'employeesBand'>): SizeBand | null {
  if (account.employeesBand !== null) {
    const band = normaliseBandText(account.employeesBand);
    if (isSizeBand(band)) return band;
  }
  return account.employees === null ? null : sizeBandForEmployees(account.employees);
}

/** 4 starts a band because 4+ connected integrations is a fit signal (DOMAIN.md §1). */
export const INTEGRATIONS_BANDS = ['0', '1-3', '4-6', '7+'] as const;
export type IntegrationsBand = (typeof INTEGRATIONS_BANDS)[number];

export function integrationsBand(n: number | null): IntegrationsBand | null {
  if (n === null) return null;
  if (n < 1) return '0';
  if (n < 4) return '1-3';
  if (n < 7) return '4-6';
  return '7+';
}
