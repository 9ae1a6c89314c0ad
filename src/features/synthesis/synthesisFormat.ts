import type { CohortKey } from '../../domain/cohortOverview';
import { COHORT_LABELS } from '../../domain/schemas/cohort';

const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 });
const twoDecimals = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

export function cohortLabel(cohort: CohortKey): string {
  return cohort === 'unassigned' ? 'No cohort' : COHORT_LABELS[cohort];
}

export function formatShare(share: number | null): string {
  return share === null ? '—' : percent.format(share);
}

/** Proportions in the interval stay as 0–1 decimals, the way statistics texts print them. */
export function formatInterval(ci: { low: number; high: number }): string {
  return `[${twoDecimals.format(ci.low)}, ${twoDecimals.format(ci.high)}]`;
}

export function formatDecimal(value: number | null): string {
  return value === null ? '—' : oneDecimal.format(value);
}

export function interviewHref(interviewId: string, highlightId: string): string {
  return `/interviews/${encodeURIComponent(interviewId)}?quote=${encodeURIComponent(highlightId)}`;
}

export function accountHref(accountId: string): string {
  return `/accounts/${encodeURIComponent(accountId)}`;
}
