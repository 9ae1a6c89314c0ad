import type { Random } from '../seededRandom';
import type { Deal } from '../schemas/deal';
import type { CompanyPlan } from './demoCompanies';
import { isoDay } from './demoDates';
import { FAILURES, isFailureStory, type FailureStory } from './demoStories';

/**
 * Deals that agree with the accounts: every customer's first won deal closes on its
 * customer-since date after exactly its sales cycle, lost-deal prospects each lose one, and a
 * handful of expansions, renewals and open deals give win/loss something beyond new business.
 */
export interface DealAccount {
  id: string;
  plan: CompanyPlan;
}

type DealDraft = Omit<Deal, 'id' | 'createdAt' | 'updatedAt' | 'crmId' | 'importId'>;

const TEAMS = ['Support', 'Sales', 'Finance', 'EMEA', 'Account Management', 'Onboarding'];

const roundTo = (value: number, step: number) => Math.round(value / step) * step;

function failureFields(rng: Random, story: FailureStory) {
  const failure = FAILURES[story];
  return { lossReason: rng.pick(failure.reasons), lossCategory: failure.category };
}

export function buildDeals(
  rng: Random,
  accounts: readonly DealAccount[],
  today: number,
  now: string,
): Deal[] {
  const drafts: DealDraft[] = [];
  const base = { lossReason: null, lossCategory: null } as const;

  const powerUsers = accounts.filter((a) => a.plan.cohort === 'power_user');
  const promoters = accounts.filter((a) => a.plan.cohort === 'emerging_promoter');
  const churners = accounts.filter((a) => a.plan.cohort === 'churner');
  const expanded = new Set(rng.sample(powerUsers, rng.int(7, 9)).map((a) => a.id));

  // Renewals lost by churners: two product and two process stories, so the CRM data alone
  // already shows both kinds of churn.
  const byCategory = (category: string) =>
    churners.filter(
      (a) => isFailureStory(a.plan.story) && FAILURES[a.plan.story].category === category,
    );
  const lostRenewals = new Set(
    [...rng.sample(byCategory('product'), 2), ...rng.sample(byCategory('process'), 2)].map(
      (a) => a.id,
    ),
  );

  for (const { id, plan } of accounts) {
    const name = plan.name;
    if (plan.customerSinceDay !== null && plan.arr !== null) {
      const since = plan.customerSinceDay;
      const expansionDay = expanded.has(id) ? rng.int(since + 90, today - 10) : null;
      const expansionAmount =
        expansionDay === null ? 0 : roundTo(plan.arr * rng.float(0.2, 0.35), 500);
      drafts.push({
        ...base,
        accountId: id,
        name: `${name}: new business`,
        stage: 'won',
        amount: plan.arr - expansionAmount,
        createdOn: isoDay(since - plan.salesCycleDays),
        closedOn: isoDay(since),
      });
      if (expansionDay !== null) {
        drafts.push({
          ...base,
          accountId: id,
          name: `${name}: expansion (${rng.pick(TEAMS)})`,
          stage: 'won',
          amount: expansionAmount,
          createdOn: isoDay(expansionDay - rng.int(10, 30)),
          closedOn: isoDay(expansionDay),
        });
      }
      if (lostRenewals.has(id) && plan.churnedDay !== null && isFailureStory(plan.story)) {
        drafts.push({
          ...failureFields(rng, plan.story),
          accountId: id,
          name: `${name}: renewal`,
          stage: 'lost',
          amount: plan.arr,
          createdOn: isoDay(plan.churnedDay - rng.int(60, 90)),
          closedOn: isoDay(plan.churnedDay),
        });
      }
    } else if (isFailureStory(plan.story)) {
      // A prospect: the lost deal's length is the account's sales cycle.
      const closed = today - rng.int(130, 300);
      drafts.push({
        ...failureFields(rng, plan.story),
        accountId: id,
        name: `${name}: new business`,
        stage: 'lost',
        amount: (plan.band.min > 500 ? rng.int(40, 90) : rng.int(12, 45)) * 1000,
        createdOn: isoDay(closed - plan.salesCycleDays),
        closedOn: isoDay(closed),
      });
    }
  }

  // Lost expansions at happy customers: losses are not only a churner story.
  const [budgetCut] = rng.sample(
    powerUsers.filter((a) => !expanded.has(a.id)),
    1,
  );
  const [upgrade, residency] = rng.sample(promoters, 2);
  const lostExpansions: [
    DealAccount | undefined,
    string,
    Pick<Deal, 'lossReason' | 'lossCategory'>,
  ][] = [
    [
      budgetCut,
      'expansion (APAC team)',
      { lossReason: 'Expansion budget frozen for the year.', lossCategory: 'external' },
    ],
    [
      upgrade,
      'upgrade to Scale',
      {
        lossReason: 'Confused by the Scale plan add-on pricing; stayed on Growth.',
        lossCategory: 'process',
      },
    ],
    [
      residency,
      'add-on: EU workspace',
      { lossReason: 'Needed EU data residency for the new team.', lossCategory: 'product' },
    ],
  ];
  for (const [account, label, loss] of lostExpansions) {
    if (!account || account.plan.customerSinceDay === null || account.plan.arr === null) continue;
    const closed = rng.int(account.plan.customerSinceDay + 14, today - 1);
    drafts.push({
      ...loss,
      accountId: account.id,
      name: `${account.plan.name}: ${label}`,
      stage: 'lost',
      amount: roundTo(account.plan.arr * rng.float(0.3, 0.6), 500),
      createdOn: isoDay(Math.max(account.plan.customerSinceDay + 1, closed - rng.int(20, 50))),
      closedOn: isoDay(closed),
    });
  }

  // Open pipeline: expansions in flight, none closed yet.
  for (const account of rng.sample([...powerUsers, ...promoters], rng.int(4, 6))) {
    const since = account.plan.customerSinceDay ?? today - 60;
    drafts.push({
      ...base,
      accountId: account.id,
      name: `${account.plan.name}: expansion (${rng.pick(TEAMS)})`,
      stage: 'open',
      amount: roundTo((account.plan.arr ?? 20_000) * rng.float(0.2, 0.5), 500),
      createdOn: isoDay(Math.max(since + 1, today - rng.int(5, 45))),
      closedOn: null,
    });
  }

  return drafts.map((draft, index) => ({
    id: `deal-${String(index + 1).padStart(3, '0')}`,
    createdAt: now,
    updatedAt: now,
    crmId: `D-${30_000 + index * 17 + rng.int(0, 16)}`,
    importId: null,
    ...draft,
  }));
}
