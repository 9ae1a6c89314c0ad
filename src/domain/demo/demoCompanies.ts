import type { Random } from '../seededRandom';
import { COHORTS, type Cohort } from '../schemas/cohort';
import { STORY_COUNTS, type Story } from './demoStories';

/**
 * Fictional companies for the demo: names, firmographics and technographics. The numbers are
 * drawn inside ranges chosen per cohort and story so the ICP signal of DOMAIN.md §1 is planted
 * (power users: B2B SaaS / Fintech, 51-500 people, Salesforce + Snowflake, 4+ integrations,
 * short cycles) while names and exact values change with the seed.
 */

export type Region = 'North America' | 'EMEA' | 'APAC' | 'LATAM';

export interface EmployeeBand {
  label: string;
  min: number;
  max: number;
}

const BANDS = {
  tiny: { label: '1-10', min: 1, max: 10 },
  small: { label: '11-50', min: 11, max: 50 },
  mid: { label: '51-200', min: 51, max: 200 },
  upperMid: { label: '201-500', min: 201, max: 500 },
  large: { label: '501-1000', min: 501, max: 1000 },
  enterprise: { label: '1001-5000', min: 1001, max: 5000 },
} as const satisfies Record<string, EmployeeBand>;

/** What the demo knows about a company before it becomes an Account record. */
export interface CompanyPlan {
  cohort: Cohort;
  story: Story;
  name: string;
  domain: string;
  industry: string;
  region: Region;
  band: EmployeeBand;
  arr: number | null;
  ltv: number | null;
  salesCycleDays: number;
  customerSinceDay: number | null;
  churnedDay: number | null;
  nps: number | null;
  integrations: number | null;
  techStack: string[];
  plan: string | null;
  /** Seats of a CS team, customer counts and the like that interview quotes mention. */
  csTeamSize: number;
  customerCount: number;
}

/** Made-up name stems; each is used at most once per workspace so names and domains stay unique. */
// prettier-ignore
const STEMS = [
  'Acorn', 'Alder', 'Amberly', 'Arbor', 'Aspen', 'Basalt', 'Beacon', 'Birchway', 'Bluefin',
  'Brightfield', 'Cairn', 'Canopy', 'Cedarline', 'Cinder', 'Clearwater', 'Cobalt', 'Copperleaf',
  'Crestline', 'Driftwood', 'Ember', 'Evergreen', 'Falconer', 'Fennel', 'Fernhill', 'Flint',
  'Foxglove', 'Glacier', 'Granite', 'Greenway', 'Harborview', 'Hazel', 'Heron', 'Highmark',
  'Indigo', 'Ironwood', 'Juniper', 'Kestrel', 'Lanternfish', 'Larkspur', 'Lumen', 'Maplecroft',
  'Marigold', 'Meadowlark', 'Monarch', 'Mossbank', 'Oakline', 'Onyx', 'Orchard', 'Osprey',
  'Pebble', 'Pinecrest', 'Quarry', 'Quill', 'Redwood', 'Ridgeline', 'Riverbend', 'Saffron',
  'Sagebrush', 'Sandpiper', 'Silverline', 'Sparrow', 'Stonebridge', 'Tamarack', 'Thistle',
  'Tidewater', 'Timberline', 'Umber', 'Verdant', 'Willowby', 'Wren', 'Yarrow',
] as const;

const NAME_PATTERNS: Record<string, readonly string[]> = {
  'B2B SaaS': ['{S} Labs', '{S} Cloud', '{S} Software', '{S}stack', '{S} Systems', '{S} Analytics'],
  Fintech: ['{S} Pay', '{S} Capital', '{S} Ledger', '{S} Finance', '{S} Money'],
  Healthtech: ['{S} Health', '{S} Care Cloud', '{S} Clinic Software'],
  Edtech: ['{S} Learning', '{S} Academy', '{S} Classroom'],
  Martech: ['{S} Marketing Cloud', '{S} Signals', '{S} Audience'],
  Logistics: ['{S} Freight', '{S} Logistics', '{S} Shipping'],
  Retail: ['{S} Outfitters', '{S} Home Goods', '{S} Market', '{S} Supply Co.'],
  'E-commerce': ['{S} Shop', '{S} Goods', '{S} Direct'],
  Agency: ['{S} Creative', '{S} & Partners', '{S} Studio', '{S} Digital'],
  Hospitality: ['{S} Hotels', '{S} Hospitality', '{S} Inns'],
  Nonprofit: ['{S} Foundation', '{S} Trust'],
  Media: ['{S} Media', '{S} Publishing'],
  Manufacturing: ['{S} Industries', '{S} Manufacturing', '{S} Components'],
  Healthcare: ['{S} Medical Group', '{S} Health System'],
  'Financial Services': ['{S} Bank', '{S} Insurance', '{S} Financial'],
  Energy: ['{S} Energy', '{S} Power'],
};

interface InternationalName {
  name: string;
  industry: string;
  region: Region;
  tld: string;
}

/** Names with non-ASCII letters, so the demo exercises sorting, search and folding. */
const INTERNATIONAL: Record<Cohort, readonly InternationalName[]> = {
  power_user: [
    { name: 'Søndergaard Systems ApS', industry: 'B2B SaaS', region: 'EMEA', tld: 'dk' },
    { name: 'Müller & Kühn Software GmbH', industry: 'B2B SaaS', region: 'EMEA', tld: 'de' },
    { name: 'Zahlwerk Finanz AG', industry: 'Fintech', region: 'EMEA', tld: 'ch' },
    { name: 'Crédito Ágil', industry: 'Fintech', region: 'LATAM', tld: 'mx' },
    { name: 'Ålesund Maritime AS', industry: 'Logistics', region: 'EMEA', tld: 'no' },
  ],
  emerging_promoter: [
    { name: 'Kōyō Analytics KK', industry: 'B2B SaaS', region: 'APAC', tld: 'jp' },
    { name: 'Björk & Lind Health AB', industry: 'Healthtech', region: 'EMEA', tld: 'se' },
    { name: 'Señal Pagos', industry: 'Fintech', region: 'LATAM', tld: 'co' },
    { name: 'Château Data SAS', industry: 'B2B SaaS', region: 'EMEA', tld: 'fr' },
  ],
  churner: [
    { name: 'Nordlicht Bäckerei GmbH', industry: 'Retail', region: 'EMEA', tld: 'de' },
    { name: 'Café Lumière Hospitality', industry: 'Hospitality', region: 'EMEA', tld: 'fr' },
    { name: 'Atelier Mélange', industry: 'Agency', region: 'EMEA', tld: 'fr' },
    { name: 'Estúdio Ipê', industry: 'Agency', region: 'LATAM', tld: 'com.br' },
  ],
  lost_deal: [
    { name: 'Łódź Precision Works', industry: 'Manufacturing', region: 'EMEA', tld: 'pl' },
    { name: 'Clinique Sainte-Élise', industry: 'Healthcare', region: 'EMEA', tld: 'fr' },
    { name: 'Øresund Energi A/S', industry: 'Energy', region: 'EMEA', tld: 'dk' },
    { name: 'Tōhoku Mutual Insurance', industry: 'Financial Services', region: 'APAC', tld: 'jp' },
  ],
};

type Weighted<T> = readonly (readonly [T, number])[];
type BandKey = keyof typeof BANDS;

interface StoryProfile {
  industries: Weighted<string>;
  bands: Weighted<EmployeeBand>;
}

/** Relative weights written as objects, which reads far better than tuple lists. */
const profile = (
  industries: Record<string, number>,
  bands: Partial<Record<BandKey, number>>,
): StoryProfile => ({
  industries: Object.entries(industries),
  bands: (Object.entries(bands) as [BandKey, number][]).map(([key, weight]) => [
    BANDS[key],
    weight,
  ]),
});

const POWER_CORE = profile({ 'B2B SaaS': 60, Fintech: 40 }, { mid: 55, upperMid: 45 });
// The other 4 of 18 show the pattern is strong, not absolute.
const POWER_OTHER = profile(
  { Healthtech: 1, Logistics: 1, Edtech: 1, Martech: 1 },
  { mid: 55, upperMid: 45 },
);
const PROMOTER = profile(
  { 'B2B SaaS': 30, Fintech: 20, Healthtech: 15, Edtech: 15, Martech: 10, Logistics: 10 },
  { small: 60, mid: 40 },
);

/** Firmographics per story; a few stories look different for churners and lost deals. */
const FAILURE_PROFILES: Record<string, StoryProfile> = {
  missing_salesforce: profile(
    { Agency: 30, Retail: 20, Media: 20, 'E-commerce': 15, 'B2B SaaS': 15 },
    { tiny: 40, small: 60 },
  ),
  no_sso: profile(
    { Healthcare: 35, 'Financial Services': 35, Manufacturing: 20, Energy: 10 },
    { enterprise: 70, large: 30 },
  ),
  security_review: profile(
    { 'Financial Services': 35, Healthcare: 25, 'B2B SaaS': 20, Fintech: 20 },
    { large: 50, enterprise: 50 },
  ),
  // Lost on price but otherwise ICP-like: the method says fix the process, not the segment.
  'lost_deal:pricing_confusion': profile(
    { 'B2B SaaS': 50, Fintech: 30, 'E-commerce': 20 },
    { mid: 60, upperMid: 40 },
  ),
  pricing_confusion: profile({ 'E-commerce': 50, Retail: 50 }, { small: 1 }),
  slow_onboarding: profile(
    { Retail: 30, Hospitality: 25, Logistics: 20, 'B2B SaaS': 25 },
    { small: 60, mid: 40 },
  ),
  no_champion: profile({ Agency: 40, Nonprofit: 30, Media: 30 }, { tiny: 50, small: 50 }),
  'lost_deal:budget_freeze': profile(
    { Manufacturing: 30, Retail: 25, Media: 20, 'B2B SaaS': 25 },
    { small: 30, mid: 40, upperMid: 30 },
  ),
  budget_freeze: profile({ Martech: 50, Hospitality: 50 }, { small: 1 }),
};
const OTHER_CHURN = profile(
  { 'B2B SaaS': 30, Martech: 25, Agency: 25, Hospitality: 20 },
  { small: 60, mid: 40 },
);

/** Firmographics per cohort and story; `slot` is the account's position within its cohort. */
function profileFor(cohort: Cohort, story: Story, slot: number): StoryProfile {
  if (cohort === 'power_user') return slot < 14 ? POWER_CORE : POWER_OTHER;
  if (cohort === 'emerging_promoter') return PROMOTER;
  return FAILURE_PROFILES[`${cohort}:${story}`] ?? FAILURE_PROFILES[story] ?? OTHER_CHURN;
}

const REGION_WEIGHTS: Weighted<Region> = [
  ['North America', 45],
  ['EMEA', 35],
  ['APAC', 12],
  ['LATAM', 8],
];

const REGION_TLDS: Record<Region, readonly string[]> = {
  'North America': ['com', 'com', 'com', 'co'],
  EMEA: ['com', 'eu', 'co.uk', 'de', 'nl'],
  APAC: ['com', 'com.au', 'sg', 'co.nz'],
  LATAM: ['com', 'com.br', 'mx', 'cl'],
};

const LEGAL_SUFFIXES = new Set(['gmbh', 'ag', 'as', 'a/s', 'aps', 'ab', 'kk', 'sas', 'co.']);

/** Folds letters that NFD does not decompose, then strips accents: "Łódź" → "lodz". */
export function asciiFold(text: string): string {
  return text
    .replace(/[Øø]/g, 'o')
    .replace(/[Łł]/g, 'l')
    .replace(/ß/g, 'ss')
    .replace(/[Ææ]/g, 'ae')
    .replace(/[Œœ]/g, 'oe')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

function domainLabel(name: string): string {
  const words = asciiFold(name)
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => !LEGAL_SUFFIXES.has(word))
    .map((word) => word.replace(/[^a-z0-9]/g, ''))
    .filter((word) => word.length > 0);
  return words.join('');
}

const CORE_TOOLS = [
  'Slack',
  'Zendesk',
  'Segment',
  'dbt',
  'Intercom',
  'Jira',
  'Looker',
  'Gong',
  'Stripe',
  'Okta',
];
const SMB_TOOLS = [
  'Google Sheets',
  'Slack',
  'Zendesk',
  'Mailchimp',
  'Shopify',
  'Intercom',
  'Stripe',
];
const ENTERPRISE_TOOLS = ['Okta', 'ServiceNow', 'Microsoft Teams', 'Tableau', 'Workday'];

function techStackFor(rng: Random, cohort: Cohort, story: Story): string[] {
  switch (story) {
    case 'core':
      return ['Salesforce', 'Snowflake', ...rng.sample(CORE_TOOLS, rng.int(3, 5))];
    case 'fresh': {
      const warehouse = rng.chance(0.6) ? [rng.pick(['Snowflake', 'BigQuery'])] : [];
      return [
        rng.pick(['Salesforce', 'HubSpot']),
        ...warehouse,
        ...rng.sample(CORE_TOOLS, rng.int(1, 3)),
      ];
    }
    case 'missing_salesforce':
      // Salesforce without a warehouse: exactly the gap the product-failure churners hit.
      return ['Salesforce', ...rng.sample(SMB_TOOLS, rng.int(1, 3))];
    case 'no_sso':
      return ['Salesforce', 'Okta', ...rng.sample(ENTERPRISE_TOOLS.slice(1), rng.int(1, 3))];
    case 'security_review':
      return [
        'Salesforce',
        rng.pick(['Snowflake', 'Databricks']),
        'Okta',
        ...rng.sample(ENTERPRISE_TOOLS.slice(1), rng.int(0, 2)),
      ];
    case 'pricing_confusion':
      return cohort === 'lost_deal'
        ? ['Salesforce', 'Snowflake', ...rng.sample(CORE_TOOLS, rng.int(1, 3))]
        : ['HubSpot', ...rng.sample(SMB_TOOLS, rng.int(1, 3))];
    default:
      return [
        rng.pick(['HubSpot', 'HubSpot', 'Salesforce']),
        ...rng.sample(SMB_TOOLS, rng.int(1, 3)),
      ];
  }
}

const roundTo = (value: number, step: number) => Math.round(value / step) * step;

interface Numbers {
  arr: number | null;
  ltv: number | null;
  salesCycleDays: number;
  customerSinceDay: number | null;
  churnedDay: number | null;
  nps: number | null;
  integrations: number | null;
  plan: string | null;
}

function numbersFor(
  rng: Random,
  cohort: Cohort,
  story: Story,
  stack: string[],
  today: number,
): Numbers {
  const topNps = () =>
    rng.weighted([
      [10, 60],
      [9, 40],
    ]);
  switch (cohort) {
    case 'power_user': {
      const arr = rng.int(60, 180) * 1000;
      return {
        arr,
        ltv: roundTo(arr * rng.float(3.2, 5), 100),
        salesCycleDays: rng.int(12, 29),
        customerSinceDay: today - rng.int(400, 1300),
        churnedDay: null,
        nps: topNps(),
        integrations: rng.int(4, Math.min(stack.length, 9)),
        plan: rng.weighted([
          ['Scale', 60],
          ['Enterprise', 40],
        ]),
      };
    }
    case 'emerging_promoter': {
      const arr = rng.int(9, 32) * 1000;
      return {
        arr,
        ltv: roundTo(arr * rng.float(2, 3), 100),
        salesCycleDays: rng.int(14, 35),
        customerSinceDay: today - rng.int(30, 330),
        churnedDay: null,
        nps: topNps(),
        integrations: rng.int(2, Math.min(stack.length, 5)),
        plan: rng.weighted([
          ['Starter', 40],
          ['Growth', 60],
        ]),
      };
    }
    case 'churner': {
      const bigLogo = story === 'no_sso';
      const arr = (bigLogo ? rng.int(38, 60) : rng.int(6, 36)) * 1000;
      // Churned before the interview window, so every churner call looks back on a real exit.
      const churnedDay = today - rng.int(130, 330);
      const customerSinceDay = churnedDay - rng.int(200, 700);
      return {
        arr,
        // Realised value only: the revenue they actually paid before leaving.
        ltv: roundTo((arr * (churnedDay - customerSinceDay)) / 365, 100),
        salesCycleDays: bigLogo ? rng.int(150, 270) : rng.int(45, 120),
        customerSinceDay,
        churnedDay,
        nps: rng.int(1, 6),
        integrations: rng.int(0, 2),
        plan: bigLogo ? 'Enterprise' : rng.pick(['Starter', 'Growth']),
      };
    }
    case 'lost_deal':
      // Prospects: no revenue, tenure, NPS or connected integrations to report.
      return {
        arr: null,
        ltv: null,
        salesCycleDays: story === 'security_review' ? rng.int(90, 200) : rng.int(40, 160),
        customerSinceDay: null,
        churnedDay: null,
        nps: null,
        integrations: null,
        plan: null,
      };
  }
}

interface Slot {
  cohort: Cohort;
  story: Story;
  industry: string;
  international: InternationalName | null;
}

function slotsFor(rng: Random, cohort: Cohort): Slot[] {
  const slots: Slot[] = [];
  for (const [story, count] of STORY_COUNTS[cohort]) {
    for (let i = 0; i < count; i += 1) {
      const industry = rng.weighted(profileFor(cohort, story, slots.length).industries);
      slots.push({ cohort, story, industry, international: null });
    }
  }
  // Two international names per cohort, each on a slot of its own industry when one exists.
  let placed = 0;
  for (const intl of rng.shuffle(INTERNATIONAL[cohort])) {
    if (placed === 2) break;
    const free = slots.filter(
      (slot) => slot.international === null && slot.industry === intl.industry,
    );
    const slot = free.length > 0 ? rng.pick(free) : null;
    if (slot) {
      slot.international = intl;
      placed += 1;
    }
  }
  // A cohort whose draws missed every international industry still gets one, overriding a slot.
  if (placed === 0) {
    const intl = rng.pick(INTERNATIONAL[cohort]);
    const slot = rng.pick(slots);
    slot.international = intl;
    slot.industry = intl.industry;
  }
  return slots;
}

export function planCompanies(rng: Random, today: number): CompanyPlan[] {
  const stems = rng.shuffle(STEMS);
  const usedDomains = new Set<string>();
  const plans: CompanyPlan[] = [];

  for (const cohort of COHORTS) {
    slotsFor(rng, cohort).forEach((slot, index) => {
      const profile = profileFor(cohort, slot.story, index);
      let name: string;
      let region: Region;
      let tld: string;
      if (slot.international) {
        ({ name, region, tld } = slot.international);
      } else {
        const stem = stems.pop();
        if (stem === undefined) throw new Error('Ran out of demo company names.');
        const pattern = rng.pick(NAME_PATTERNS[slot.industry] ?? ['{S} Group']);
        name = pattern.replace('{S}', stem);
        region = rng.weighted(REGION_WEIGHTS);
        tld =
          slot.industry === 'B2B SaaS' && rng.chance(0.4) ? 'io' : rng.pick(REGION_TLDS[region]);
      }
      let domain = `${domainLabel(name)}.${tld}`;
      for (let n = 2; usedDomains.has(domain); n += 1) domain = `${domainLabel(name)}${n}.${tld}`;
      usedDomains.add(domain);

      const band = rng.weighted(profile.bands);
      const techStack = techStackFor(rng, cohort, slot.story);
      const employees = Math.round((band.min + band.max) / 2);
      plans.push({
        cohort,
        story: slot.story,
        name,
        domain,
        industry: slot.industry,
        region,
        band,
        techStack,
        ...numbersFor(rng, cohort, slot.story, techStack, today),
        csTeamSize: Math.max(2, Math.min(30, Math.round(employees / rng.int(25, 45)))),
        customerCount: rng.int(4, 40) * (band.min < 51 ? 5 : 20),
      });
    });
  }
  return plans;
}
