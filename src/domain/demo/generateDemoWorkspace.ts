import { defaultCodebook } from '../defaultCodebook';
import { defaultGuideBank } from '../defaultGuides';
import { createRandom } from '../seededRandom';
import type { Account } from '../schemas/account';
import type { Contact } from '../schemas/contact';
import type { WorkspaceData } from '../workspaceData';
import { planCompanies, type CompanyPlan } from './demoCompanies';
import { canonicalIso, dayNumber, isoDay } from './demoDates';
import { buildDeals } from './demoDeals';
import { buildTour } from './demoInterviews';
import { createNamePool, planPeople } from './demoPeople';

/**
 * A fictional listening tour for Northwind, a customer-success analytics SaaS: 60 accounts in
 * four cohorts, their deals and contacts, 24 interviews and ~150 coded quotes. The evidence
 * carries a planted ICP (see demoCompanies and demoScripts) that holds for every seed; the seed
 * only changes names, numbers and wording. Same seed and `now` give deeply equal output.
 */
export interface DemoOptions {
  seed: number;
  /** ISO date-time the demo is generated "at": every date in it lies before this. */
  now: string;
}

const pad = (n: number) => String(n).padStart(3, '0');

function toAccount(id: string, plan: CompanyPlan, crmId: string, now: string): Account {
  return {
    id,
    createdAt: now,
    updatedAt: now,
    name: plan.name,
    domain: plan.domain,
    crmId,
    industry: plan.industry,
    employees: Math.round((plan.band.min + plan.band.max) / 2),
    employeesBand: plan.band.label,
    region: plan.region,
    arr: plan.arr,
    ltv: plan.ltv,
    salesCycleDays: plan.salesCycleDays,
    customerSince: plan.customerSinceDay === null ? null : isoDay(plan.customerSinceDay),
    churnedAt: plan.churnedDay === null ? null : isoDay(plan.churnedDay),
    nps: plan.nps,
    integrations: plan.integrations,
    techStack: plan.techStack,
    plan: plan.plan,
    customFields: [],
    cohort: plan.cohort,
    cohortSource: 'manual',
    importId: null,
  };
}

export function generateDemoWorkspace(options: DemoOptions): WorkspaceData {
  const now = canonicalIso(options.now);
  const today = dayNumber(now);
  const root = createRandom(options.seed);
  // Separate streams per part, so extending one part never reshuffles the others.
  const companyRng = root.fork('companies');
  const peopleRng = root.fork('people');

  // A CRM lists accounts in no cohort order; shuffling before numbering keeps acc-001 honest.
  const plans = companyRng.shuffle(planCompanies(companyRng, today));
  const nextName = createNamePool(peopleRng);

  const accounts: Account[] = [];
  const contacts: Contact[] = [];
  const tourAccounts = plans.map((plan, index) => {
    const id = `acc-${pad(index + 1)}`;
    // Spaced ids plus a random offset: unique, but not a giveaway sequence.
    const crmId = `HS-${1_204_000 + index * 1_117 + companyRng.int(0, 999)}`;
    accounts.push(toAccount(id, plan, crmId, now));
    const own = planPeople(peopleRng, nextName, plan.cohort, plan.story, plan.domain).map(
      (person, i): Contact => ({
        id: `ct-${pad(contacts.length + 1 + i)}`,
        createdAt: now,
        updatedAt: now,
        accountId: id,
        name: person.name,
        title: person.title,
        email: person.email,
        buyingRole: person.buyingRole,
      }),
    );
    contacts.push(...own);
    return { id, plan, contacts: own };
  });

  const deals = buildDeals(root.fork('deals'), tourAccounts, today, now);
  const { interviews, highlights } = buildTour(root.fork('interviews'), tourAccounts, today, now);

  // The four cohorts' guides share the core questions: one bank question each (DOMAIN.md §3).
  const bank = defaultGuideBank(now);
  return {
    accounts,
    deals,
    contacts,
    guides: bank.guides,
    questions: bank.questions,
    interviews,
    codes: defaultCodebook(now),
    highlights,
    traits: [],
    findings: [],
    icpVersions: [],
  };
}
