import {
  passesInterviewedFilter,
  type AccountInterviews,
  type InterviewedFilter,
} from './planning/interviewCoverage';
import type { Account } from './schemas/account';
import type { Cohort } from './schemas/cohort';
import { sizeBandOf, SIZE_BANDS, type SizeBand } from './sizeBands';

/** Empty string means "any"; 'unassigned' finds accounts still waiting for a cohort. */
export interface AccountFilters {
  cohort: Cohort | 'unassigned' | '';
  industry: string;
  sizeBand: SizeBand | '';
  region: string;
  text: string;
  /** Minimum ICP score as typed; '' means any. */
  icpMin: string;
  /** Hide accounts a disqualifier trait excludes. */
  hideExcluded: boolean;
  /** 'not_yet': no interview took place (a call only scheduled is not yet one). */
  interviewed: InterviewedFilter;
}

/** What filtering needs to know of an account's ICP fit. */
export interface IcpFit {
  score: number;
  excluded: boolean;
}

export const NO_ACCOUNT_FILTERS: AccountFilters = {
  cohort: '',
  industry: '',
  sizeBand: '',
  region: '',
  text: '',
  icpMin: '',
  hideExcluded: false,
  interviewed: '',
};

export function hasActiveFilters(filters: AccountFilters): boolean {
  return Object.values(filters).some((value) => value !== '' && value !== false);
}

/**
 * Built once per account record: typing in Find re-filters every account on each keystroke,
 * and joining and lower-casing 50,000 texts each time was most of that work. Keyed by the
 * record itself, so an edited account (a new object) gets its text anew.
 */
const searchableTexts = new WeakMap<Account, string>();

function searchableText(account: Account): string {
  const known = searchableTexts.get(account);
  if (known !== undefined) return known;
  const text = [
    account.name,
    account.domain,
    account.crmId,
    account.industry,
    account.region,
    account.plan,
    ...account.techStack,
  ]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
  searchableTexts.set(account, text);
  return text;
}

/** Free text matches every word somewhere in the account's name, domain, CRM id, industry, region, plan or stack. */
export function filterAccounts(
  accounts: readonly Account[],
  filters: AccountFilters,
  fit: ReadonlyMap<string, IcpFit> = new Map(),
  interviews: ReadonlyMap<string, AccountInterviews> = new Map(),
): Account[] {
  const words = filters.text.toLowerCase().split(/\s+/).filter(Boolean);
  const icpMin = filters.icpMin.trim() === '' ? null : Number(filters.icpMin);
  return accounts.filter((account) => {
    if (
      filters.cohort === 'unassigned'
        ? account.cohort !== null
        : filters.cohort && account.cohort !== filters.cohort
    ) {
      return false;
    }
    if (filters.industry && account.industry !== filters.industry) return false;
    if (filters.region && account.region !== filters.region) return false;
    if (filters.sizeBand && sizeBandOf(account) !== filters.sizeBand) return false;
    if (filters.hideExcluded && fit.get(account.id)?.excluded) return false;
    if (!passesInterviewedFilter(interviews.get(account.id), filters.interviewed)) return false;
    if (icpMin !== null && Number.isFinite(icpMin)) {
      const f = fit.get(account.id);
      if (!f || f.excluded || f.score < icpMin) return false;
    }
    if (words.length > 0) {
      const text = searchableText(account);
      if (!words.every((word) => text.includes(word))) return false;
    }
    return true;
  });
}

export interface AccountFilterOptions {
  industries: string[];
  regions: string[];
  sizeBands: SizeBand[];
}

/** The values present in the workspace, so a filter never offers a choice that finds nothing. */
export function accountFilterOptions(accounts: readonly Account[]): AccountFilterOptions {
  const industries = new Set<string>();
  const regions = new Set<string>();
  const bands = new Set<SizeBand>();
  for (const account of accounts) {
    if (account.industry) industries.add(account.industry);
    if (account.region) regions.add(account.region);
    const band = sizeBandOf(account);
    if (band) bands.add(band);
  }
  const byName = (a: string, b: string) => a.localeCompare(b);
  return {
    industries: [...industries].sort(byName),
    regions: [...regions].sort(byName),
    sizeBands: SIZE_BANDS.filter((band) => bands.has(band)),
  };
}
