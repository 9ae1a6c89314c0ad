/**
 * Why churners left and lost deals were lost (DOMAIN.md §3), split product / process /
 * external because the split decides what to do: a product failure is a segment that is not ICP
 * yet, a process failure is a GTM fix, an external one is out of our hands.
 *
 * Evidence comes from two places, joined by account: quotes coded with a failure_* code, and the
 * account's lost deals with their CRM loss category and reason. A code name or loss reason that
 * the reason catalogue knows counts under the catalogue's reason and category, so an account
 * named under "Budget freeze" by both the CRM and a quote is one account. Every count is
 * distinct accounts. Deals are not date- or interviewer-filtered (they are not interviews) and the
 * code-kind filter does not apply: this view chooses the failure kinds itself.
 *
 * Money, per reason: for churners, `arrLost` is the summed ARR of the distinct accounts citing
 * it; for lost deals it is the summed amount of the lost deals attributed to it. A deal is
 * attributed to its own loss reason and category, and to every failure code its account is
 * quoted with (a prospect quoted on a reason lost its deal over it). Reasons overlap, so their
 * money does not add up to the category's.
 */
import type { Account } from '../schemas/account';
import type { CodeKind } from '../schemas/code';
import type { Cohort } from '../schemas/cohort';
import {
  EMPTY_CATALOGUE,
  indexCatalogue,
  type ReasonCatalogue,
  type ReasonIndex,
} from '../reasons/reasonCatalogue';
import { reasonKey } from '../reasons/reasonTokens';
import { FAILURE_CATEGORIES, type Deal, type FailureCategory } from '../schemas/deal';
import { ratio } from '../stats';
import {
  compareText,
  forEachCountedCode,
  forEachQuote,
  synthesisScope,
  type SynthesisFilters,
  type SynthesisInput,
} from './synthesisInput';

export const FAILURE_COHORTS = ['churner', 'lost_deal'] as const satisfies readonly Cohort[];
export type FailureCohort = (typeof FAILURE_COHORTS)[number];

const CATEGORY_OF_KIND: Partial<Record<CodeKind, FailureCategory>> = {
  failure_product: 'product',
  failure_process: 'process',
  failure_external: 'external',
};

export type ReasonSource = 'quote' | 'deal';

export interface FailureReason {
  /**
   * `reason:<catalogue id>`, or for a spelling the catalogue does not know `code:<id>` or
   * `deal:<category or none>:<normalised reason>`: stable across recomputes.
   */
  key: string;
  /** Where the accounts were named: coded quotes, CRM loss reasons or both. */
  sources: ReasonSource[];
  /** The catalogue's name, the code's name, or the loss reason as most of its deals spell it. */
  label: string;
  /** The catalogue reason, or null for a spelling it does not know yet. */
  reasonId: string | null;
  /** Every spelling counted here: code names and loss reasons as typed. */
  spellings: string[];
  codeId: string | null;
  /** null only for a loss reason whose deals carry no category. */
  category: FailureCategory | null;
  accountIds: string[];
  accounts: number;
  /** Lost deals attributed to the reason (for churners: lost renewals and expansions). */
  deals: number;
  arrLost: number;
  /** Accounts without ARR (churners) or deals without an amount (lost deals): `arrLost` is a floor. */
  moneyUnknown: number;
}

export interface FailureCategoryBreakdown {
  category: FailureCategory;
  accountIds: string[];
  accounts: number;
  /** Of the cohort's accounts with any failure evidence; one account can have several categories. */
  share: number | null;
  deals: number;
  arrLost: number;
  moneyUnknown: number;
  /** Most accounts first; the UI shows the top few. */
  reasons: FailureReason[];
}

export interface FailureCohortAnalysis {
  cohort: FailureCohort;
  /** All accounts in the cohort, evidence or not. */
  cohortAccounts: number;
  accountsWithEvidence: number;
  /** Always product, process, external in that order. */
  categories: FailureCategoryBreakdown[];
  /** Loss reasons typed on deals that carry no category: shown so that none silently vanish. */
  uncategorised: FailureReason[];
}

export interface CapabilityGap {
  key: string;
  sources: ReasonSource[];
  /** The code's name or the loss reason. */
  label: string;
  accounts: { account: Account; cohort: FailureCohort }[];
  /** Churners' ARR plus the lost deals' amounts: what shipping the capability could win back. */
  arrAtStake: number;
  message: string;
}

export interface FailureAnalysis {
  cohorts: FailureCohortAnalysis[];
  /** Accounts held back by a missing capability (product failures), by capability. */
  wouldFitOnceShips: CapabilityGap[];
}

interface Tally {
  accountIds: Set<string>;
  dealIds: Set<string>;
}

interface ReasonTally extends Tally {
  key: string;
  sources: Set<ReasonSource>;
  reasonId: string | null;
  /** The catalogue's name or the code's: a label nobody typed differently. */
  name: string | null;
  codeId: string | null;
  category: FailureCategory | null;
  /** Spelling → deals, to label a reason typed several ways by its most common spelling. */
  spellings: Map<string, number>;
}

interface CohortTallies {
  reasons: Map<string, ReasonTally>;
  categories: Record<FailureCategory, Tally>;
  /** Accounts with any failure evidence. */
  evidence: Set<string>;
}

const emptyTally = (): Tally => ({ accountIds: new Set(), dealIds: new Set() });

const emptyCohortTallies = (): CohortTallies => ({
  reasons: new Map(),
  categories: { product: emptyTally(), process: emptyTally(), external: emptyTally() },
  evidence: new Set(),
});

/** Loss reasons typed by hand: "Pricing." and "pricing" are one reason. */
export const lossReasonKey = reasonKey;

function mostCommonSpelling(spellings: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [spelling, count] of spellings) {
    if (count > bestCount || (count === bestCount && compareText(spelling, best) < 0)) {
      best = spelling;
      bestCount = count;
    }
  }
  return best;
}

/**
 * "Missing Salesforce integration" → "Salesforce integration", for "would fit once … ships".
 * Only for code names, which the team keeps short; a rep's free-text loss reason is quoted whole.
 */
function capabilityOf(codeName: string): string {
  return codeName
    .trim()
    .replace(/^(missing|no|lacks?|lacking|needed|needs|without)\s+/i, '')
    .replace(/[\s.!;,:]+$/, '');
}

/** A named reason (a code or the catalogue's) is short; a rep's free text is quoted whole. */
function gapMessage(n: number, named: boolean, label: string): string {
  const accounts = `${n} ${n === 1 ? 'account' : 'accounts'}`;
  return named
    ? `${accounts} would fit once “${capabilityOf(label)}” ships`
    : `${accounts} lost over “${label}” would fit once it ships`;
}

const isFailureCohort = (cohort: Cohort | null | undefined): cohort is FailureCohort =>
  cohort === 'churner' || cohort === 'lost_deal';

const sortedIds = (ids: Iterable<string>) => [...ids].sort(compareText);

function compareReasons(a: FailureReason, b: FailureReason): number {
  return (
    b.accounts - a.accounts ||
    b.deals - a.deals ||
    b.arrLost - a.arrLost ||
    compareText(a.label, b.label) ||
    compareText(a.key, b.key)
  );
}

type ReasonSeed = Omit<ReasonTally, keyof Tally | 'spellings' | 'sources'>;

function reasonTally(
  tallies: CohortTallies,
  seed: ReasonSeed,
  source: ReasonSource,
  spelling: string,
): ReasonTally {
  let tally = tallies.reasons.get(seed.key);
  if (!tally) {
    tally = { ...seed, ...emptyTally(), sources: new Set(), spellings: new Map() };
    tallies.reasons.set(seed.key, tally);
  }
  tally.sources.add(source);
  tally.spellings.set(spelling, (tally.spellings.get(spelling) ?? 0) + 1);
  return tally;
}

/** The catalogue's reason for a spelling, or the seed a spelling it does not know gets. */
function seedOf(index: ReasonIndex, text: string, unknown: ReasonSeed): ReasonSeed {
  const known = index.resolve(text);
  return known
    ? {
        key: `reason:${known.id}`,
        reasonId: known.id,
        name: known.name,
        codeId: null,
        category: known.category,
      }
    : unknown;
}

function record(
  tallies: CohortTallies,
  reason: ReasonTally | null,
  category: FailureCategory | null,
  accountId: string,
  deals: readonly Deal[],
): void {
  tallies.evidence.add(accountId);
  for (const tally of [reason, category === null ? null : tallies.categories[category]]) {
    if (!tally) continue;
    tally.accountIds.add(accountId);
    for (const deal of deals) tally.dealIds.add(deal.id);
  }
}

/**
 * Lost deals of churner and lost-deal accounts, by account: a happy customer's lost upsell is
 * not a failure story.
 */
function lostDealsByAccount(
  deals: readonly Deal[],
  accountsById: ReadonlyMap<string, Account>,
): Map<string, Deal[]> {
  const byAccount = new Map<string, Deal[]>();
  for (const deal of deals) {
    if (deal.stage !== 'lost' || !isFailureCohort(accountsById.get(deal.accountId)?.cohort)) {
      continue;
    }
    const own = byAccount.get(deal.accountId);
    if (own) own.push(deal);
    else byAccount.set(deal.accountId, [deal]);
  }
  return byAccount;
}

export function failureAnalysis(
  input: SynthesisInput,
  filters: SynthesisFilters = {},
  catalogue: ReasonCatalogue = EMPTY_CATALOGUE,
): FailureAnalysis {
  const index = indexCatalogue(catalogue);
  const scope = synthesisScope(input, { ...filters, codeKinds: undefined });
  const { accountsById } = scope;
  const lostDeals = lostDealsByAccount(input.deals, accountsById);
  const perCohort: Record<FailureCohort, CohortTallies> = {
    churner: emptyCohortTallies(),
    lost_deal: emptyCohortTallies(),
  };

  forEachQuote(scope, (highlight, _interview, account) => {
    const cohort = account.cohort;
    if (!isFailureCohort(cohort)) return;
    forEachCountedCode(scope, highlight, (code) => {
      const category = CATEGORY_OF_KIND[code.kind];
      if (category === undefined) return;
      const tallies = perCohort[cohort];
      const seed = seedOf(index, code.name, {
        key: `code:${code.id}`,
        reasonId: null,
        name: code.name,
        codeId: code.id,
        category,
      });
      const reason = reasonTally(tallies, seed, 'quote', code.name);
      record(tallies, reason, seed.category, account.id, lostDeals.get(account.id) ?? []);
    });
  });

  for (const [accountId, deals] of lostDeals) {
    const cohort = accountsById.get(accountId)?.cohort;
    if (!isFailureCohort(cohort)) continue;
    const tallies = perCohort[cohort];
    for (const deal of deals) {
      const text = deal.lossReason?.trim() ?? '';
      // Category in the key: the same words filed under two categories are two decisions.
      const seed =
        text === ''
          ? null
          : seedOf(index, text, {
              key: `deal:${deal.lossCategory ?? 'none'}:${reasonKey(text)}`,
              reasonId: null,
              name: null,
              codeId: null,
              category: deal.lossCategory,
            });
      const reason = seed && reasonTally(tallies, seed, 'deal', text);
      const category = seed ? seed.category : deal.lossCategory;
      if (reason || category !== null) record(tallies, reason, category, accountId, [deal]);
    }
  }

  const dealsById = new Map([...lostDeals.values()].flat().map((deal) => [deal.id, deal]));
  const money = (tally: Tally) => {
    let arrLost = 0;
    let moneyUnknown = 0;
    for (const accountId of tally.accountIds) {
      const account = accountsById.get(accountId);
      if (account?.cohort !== 'churner') continue;
      if (account.arr === null) moneyUnknown += 1;
      else arrLost += account.arr;
    }
    for (const dealId of tally.dealIds) {
      const deal = dealsById.get(dealId);
      if (!deal || accountsById.get(deal.accountId)?.cohort !== 'lost_deal') continue;
      if (deal.amount === null) moneyUnknown += 1;
      else arrLost += deal.amount;
    }
    return { arrLost, moneyUnknown };
  };

  const toReason = (tally: ReasonTally): FailureReason => ({
    key: tally.key,
    sources: sourcesOf(tally),
    label: labelOf(tally),
    reasonId: tally.reasonId,
    spellings: [...tally.spellings.keys()].sort(compareText),
    codeId: tally.codeId,
    category: tally.category,
    accountIds: sortedIds(tally.accountIds),
    accounts: tally.accountIds.size,
    deals: tally.dealIds.size,
    ...money(tally),
  });

  const cohorts = FAILURE_COHORTS.map((cohort): FailureCohortAnalysis => {
    const tallies = perCohort[cohort];
    const reasons = [...tallies.reasons.values()].map(toReason).sort(compareReasons);
    const evidence = tallies.evidence.size;
    return {
      cohort,
      cohortAccounts: input.accounts.filter((account) => account.cohort === cohort).length,
      accountsWithEvidence: evidence,
      categories: FAILURE_CATEGORIES.map((category): FailureCategoryBreakdown => {
        const tally = tallies.categories[category];
        return {
          category,
          accountIds: sortedIds(tally.accountIds),
          accounts: tally.accountIds.size,
          share: ratio(tally.accountIds.size, evidence),
          deals: tally.dealIds.size,
          ...money(tally),
          reasons: reasons.filter((reason) => reason.category === category),
        };
      }),
      uncategorised: reasons.filter((reason) => reason.category === null),
    };
  });

  const productReasons = FAILURE_COHORTS.flatMap((cohort) =>
    [...perCohort[cohort].reasons.values()].filter((tally) => tally.category === 'product'),
  );
  return {
    cohorts,
    wouldFitOnceShips: capabilityGaps(productReasons, accountsById, (tally) => ({
      label: labelOf(tally),
      arrAtStake: money(tally).arrLost,
    })),
  };
}

const sourcesOf = (tally: ReasonTally): ReasonSource[] =>
  (['quote', 'deal'] as const).filter((source) => tally.sources.has(source));

const labelOf = (tally: ReasonTally) => tally.name ?? mostCommonSpelling(tally.spellings);

/** One entry per product reason, its churner and lost-deal accounts merged. */
function capabilityGaps(
  reasons: readonly ReasonTally[],
  accountsById: ReadonlyMap<string, Account>,
  describe: (tally: ReasonTally) => { label: string; arrAtStake: number },
): CapabilityGap[] {
  const merged = new Map<string, ReasonTally>();
  for (const reason of reasons) {
    const entry = merged.get(reason.key);
    if (!entry) {
      merged.set(reason.key, {
        ...reason,
        accountIds: new Set(reason.accountIds),
        dealIds: new Set(reason.dealIds),
        sources: new Set(reason.sources),
        spellings: new Map(reason.spellings),
      });
      continue;
    }
    for (const id of reason.accountIds) entry.accountIds.add(id);
    for (const id of reason.dealIds) entry.dealIds.add(id);
    for (const source of reason.sources) entry.sources.add(source);
    for (const [spelling, count] of reason.spellings) {
      entry.spellings.set(spelling, (entry.spellings.get(spelling) ?? 0) + count);
    }
  }
  return [...merged.values()]
    .map((tally): CapabilityGap => {
      const accounts = [...tally.accountIds]
        .map((id) => accountsById.get(id))
        .flatMap((account) =>
          account && isFailureCohort(account.cohort) ? [{ account, cohort: account.cohort }] : [],
        )
        .sort(
          (a, b) =>
            compareText(a.account.name, b.account.name) || compareText(a.account.id, b.account.id),
        );
      const { label, arrAtStake } = describe(tally);
      return {
        key: tally.key,
        sources: sourcesOf(tally),
        label,
        accounts,
        arrAtStake,
        message: gapMessage(accounts.length, tally.name !== null, label),
      };
    })
    .sort(
      (a, b) =>
        b.accounts.length - a.accounts.length ||
        b.arrAtStake - a.arrAtStake ||
        compareText(a.label, b.label) ||
        compareText(a.key, b.key),
    );
}
