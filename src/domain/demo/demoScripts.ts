import type { Random } from '../seededRandom';
import type { Cohort } from '../schemas/cohort';
import { LINES, type LineKey, type QuoteContext } from './demoQuotes';
import type { Story } from './demoStories';

/**
 * The shape of each demo call: which guide questions get asked and what kind of answer each one
 * draws, per cohort and story. This is where the planted signal lives; demoQuotes supplies the
 * words and demoNotes lays them out.
 */
export interface PlannedQuote {
  text: string;
  codeIds: readonly string[];
}

export interface Beat {
  /** Short heading as an interviewer jots it in notes. */
  topic: string;
  /** The question as spoken, for transcripts. */
  ask: string;
  quotes: PlannedQuote[];
}

export interface ScriptOptions {
  cohort: Cohort;
  story: Story;
  /** Says the same thing twice: distinct-account counting must not count them twice. */
  talkative: boolean;
  /** The rare non-power-user call that also names manual reporting as its pain. */
  mentionsManualReporting: boolean;
}

type Weighted = readonly (readonly [LineKey, number])[];

/**
 * The variants said so far in the whole demo, by line: each is said once, so two people never
 * say the same words, and a repeated code reads as the same signal told differently.
 */
export type SaidVariants = Map<LineKey, Set<number>>;

/** Picks a variant nobody has said yet; only a line whose every variant is said repeats one. */
function createSpeaker(rng: Random, context: QuoteContext, said: SaidVariants) {
  return (key: LineKey): PlannedQuote => {
    const line = LINES[key];
    const used = said.get(key) ?? new Set<number>();
    said.set(key, used);
    const all = line.variants.map((variant, index) => ({ variant, index }));
    const fresh = all.filter(({ index }) => !used.has(index));
    const { variant, index } = rng.pick(fresh.length > 0 ? fresh : all);
    used.add(index);
    return { text: variant(context), codeIds: line.codeIds };
  };
}

const TRIGGERS: Weighted = [
  ['newExecutive', 35],
  ['fundingRound', 25],
  ['growthSpurt', 25],
  ['migration', 10],
  ['failedAudit', 5],
];
const CHANNELS: Weighted = [
  ['peerReferral', 35],
  ['community', 25],
  ['content', 20],
  ['event', 10],
  ['reviewSite', 5],
  ['outbound', 5],
];
const FAVOURITES: Weighted = [
  ['healthScore', 35],
  ['warehouseSync', 25],
  ['slackAlerts', 20],
  ['renewalDashboard', 20],
];
const OTHER_PAINS: Weighted = [
  ['noSingleView', 35],
  ['churnSurprises', 35],
  ['spreadsheetForecasts', 20],
  ['boardQuestions', 10],
];

function powerUserBeats(
  rng: Random,
  say: (key: LineKey) => PlannedQuote,
  o: ScriptOptions,
): Beat[] {
  return [
    {
      topic: 'Pain that made them look',
      ask: 'What pain made you start looking for a solution?',
      quotes: [say('manualReporting'), ...(rng.chance(0.5) ? [say('noSingleView')] : [])],
    },
    {
      topic: 'What made it urgent',
      ask: 'Was there a moment that made it urgent?',
      quotes: [say(rng.weighted(TRIGGERS))],
    },
    {
      topic: 'Where they heard of us',
      ask: 'Where did you first hear of us?',
      quotes: [say(rng.weighted(CHANNELS))],
    },
    {
      topic: 'What decided the purchase',
      ask: 'What decided the purchase in the end?',
      quotes: [
        say(
          rng.weighted<LineKey>([
            ['warehouseNative', 60],
            ['timeToValue', 25],
            ['easeOfUse', 15],
          ]),
        ),
      ],
    },
    {
      topic: 'Effectiveness and outcomes',
      ask: 'How effective has it been, and what outcomes have you seen?',
      quotes: [
        say(
          rng.weighted<LineKey>([
            ['hoursSaved', 35],
            ['churnReduced', 30],
            ['expansionRevenue', 20],
            ['boardReady', 15],
          ]),
        ),
        ...(o.talkative ? [say('manualReportingAgain')] : []),
      ],
    },
    {
      topic: 'Favourite parts',
      ask: 'Which parts do you use most, and which would you miss most?',
      quotes: [say(rng.weighted(FAVOURITES))],
    },
    {
      topic: 'Spread beyond the team',
      ask: 'Has usage spread beyond your team? Who else uses it now?',
      quotes: [
        say(
          rng.weighted<LineKey>([
            ['orgWide', 70],
            ['moreSeats', 20],
            ['newUseCase', 10],
          ]),
        ),
      ],
    },
  ];
}

function emergingPromoterBeats(
  rng: Random,
  say: (key: LineKey) => PlannedQuote,
  o: ScriptOptions,
  hasWarehouse: boolean,
): Beat[] {
  // Warehouse talk from a team without one would contradict its own tech stack.
  const withoutWarehouse = (entries: Weighted): Weighted =>
    hasWarehouse
      ? entries
      : entries.filter(([key]) => key !== 'warehouseSync' && key !== 'migration');
  return [
    {
      topic: 'What triggered the purchase',
      ask: 'What triggered the purchase? What changed at the time?',
      quotes: [
        say(
          rng.weighted(
            withoutWarehouse([
              ['newExecutive', 25],
              ['fundingRound', 30],
              ['growthSpurt', 30],
              ['migration', 15],
            ]),
          ),
        ),
      ],
    },
    {
      topic: 'Time to first value',
      ask: 'How long did it take to get first value, and what was that moment?',
      quotes: [
        say(
          rng.weighted<LineKey>([
            ['firstValue', 70],
            ['earlyWin', 30],
          ]),
        ),
      ],
    },
    {
      topic: 'The pain before',
      ask: 'How were you handling it before?',
      quotes: [say(o.mentionsManualReporting ? 'manualReportingLight' : rng.weighted(OTHER_PAINS))],
    },
    {
      topic: 'Where they heard of us',
      ask: 'Where did you first hear of us?',
      quotes: [say(rng.weighted(CHANNELS))],
    },
    {
      topic: 'Favourite parts',
      ask: 'What do you like most so far?',
      quotes: [say(rng.weighted(withoutWarehouse(FAVOURITES)))],
    },
    {
      topic: 'Who else would benefit',
      ask: 'Who else in the company would benefit from it?',
      quotes: [
        say(
          rng.weighted<LineKey>([
            ['moreSeats', 40],
            ['newUseCase', 35],
            ['singleTeam', 25],
          ]),
        ),
      ],
    },
  ];
}

interface FailureScript {
  why: LineKey;
  missing: LineKey;
  onboarding: LineKey;
  back: LineKey;
  instead: readonly LineKey[];
}

const CHURN_SCRIPTS: Partial<Record<Story, FailureScript>> = {
  missing_salesforce: {
    why: 'missingSalesforce',
    missing: 'missingSalesforceGap',
    onboarding: 'singleTeam',
    back: 'missingSalesforceBack',
    instead: ['crmReports', 'legacySuite', 'spreadsheets'],
  },
  no_sso: {
    why: 'noSso',
    missing: 'blockerIt',
    onboarding: 'singleTeam',
    back: 'noSsoBack',
    instead: ['legacySuite'],
  },
  slow_onboarding: {
    why: 'slowOnboarding',
    missing: 'slowSupport',
    onboarding: 'slowOnboarding',
    back: 'slowOnboardingBack',
    instead: ['spreadsheets', 'crmReports', 'biTool'],
  },
  no_champion: {
    why: 'noChampion',
    missing: 'noChampionBack',
    onboarding: 'singleTeam',
    back: 'noChampionBack',
    instead: ['spreadsheets', 'crmReports'],
  },
  pricing_confusion: {
    why: 'pricingConfusion',
    missing: 'pricingCriterion',
    onboarding: 'singleTeam',
    back: 'pricingConfusionBack',
    instead: ['spreadsheets', 'biTool'],
  },
  budget_freeze: {
    why: 'budgetFreeze',
    missing: 'newUseCase',
    onboarding: 'onboardingFine',
    back: 'budgetFreezeBack',
    instead: ['spreadsheets', 'crmReports'],
  },
  acquired: {
    why: 'acquired',
    missing: 'newUseCase',
    onboarding: 'onboardingFine',
    back: 'acquiredBack',
    instead: ['parentTool'],
  },
  champion_left: {
    why: 'championLeft',
    missing: 'singleTeam',
    onboarding: 'onboardingFine',
    back: 'championLeftBack',
    instead: ['spreadsheets', 'biTool'],
  },
};

function churnerBeats(rng: Random, say: (key: LineKey) => PlannedQuote, o: ScriptOptions): Beat[] {
  const script = CHURN_SCRIPTS[o.story];
  if (!script) throw new Error(`No churner script for story ${o.story}.`);
  return [
    {
      topic: 'Why they left',
      ask: 'Why did you decide to leave?',
      quotes: [say(script.why), ...(o.talkative ? [say(script.why)] : [])],
    },
    {
      topic: 'What was missing',
      ask: 'What was missing? What did you need that we didn’t do?',
      quotes: [say(script.missing)],
    },
    {
      topic: 'Onboarding and support',
      ask: 'How were onboarding and support?',
      quotes: [say(script.onboarding)],
    },
    {
      topic: 'The pain when they bought',
      ask: 'Going back to the start: what problem were you trying to solve?',
      quotes: [say(o.mentionsManualReporting ? 'manualReportingLight' : rng.weighted(OTHER_PAINS))],
    },
    {
      topic: 'What they use now',
      ask: 'What are you using now instead?',
      quotes: [say(rng.pick(script.instead))],
    },
    {
      topic: 'What would bring them back',
      ask: 'What would bring you back?',
      quotes: [say(script.back)],
    },
  ];
}

interface LostScript {
  instead: readonly LineKey[];
  what: LineKey;
  who: readonly LineKey[];
  how: LineKey;
  win: LineKey;
}

const LOST_SCRIPTS: Partial<Record<Story, LostScript>> = {
  missing_salesforce: {
    instead: ['legacySuite', 'crmReports'],
    what: 'missingSalesforceTrial',
    who: ['loneChampion'],
    how: 'integrationScorecard',
    win: 'missingSalesforceBack',
  },
  no_sso: {
    instead: ['legacySuite'],
    what: 'noSso',
    who: ['blockerIt', 'blockerLegal'],
    how: 'securityCriterion',
    win: 'noSsoBack',
  },
  security_review: {
    instead: ['legacySuite', 'doNothing'],
    what: 'securityReview',
    who: ['blockerSecurity'],
    how: 'securityCriterion',
    win: 'securityReviewBack',
  },
  pricing_confusion: {
    instead: ['biTool', 'legacySuite'],
    what: 'pricingConfusionLost',
    who: ['blockerProcurement'],
    how: 'pricingCriterion',
    win: 'pricingConfusionBack',
  },
  budget_freeze: {
    instead: ['doNothing'],
    what: 'budgetFreeze',
    who: ['economicBuyer'],
    how: 'budgetFreezeBack',
    win: 'budgetFreezeBack',
  },
};

function lostDealBeats(rng: Random, say: (key: LineKey) => PlannedQuote, o: ScriptOptions): Beat[] {
  const script = LOST_SCRIPTS[o.story];
  if (!script) throw new Error(`No lost-deal script for story ${o.story}.`);
  return [
    {
      topic: 'Why the alternative',
      ask: 'Why did you choose the alternative, or to do nothing?',
      quotes: [say(rng.pick(script.instead))],
    },
    {
      topic: 'What went wrong with us',
      ask: 'Where did it go wrong for us in the evaluation?',
      quotes: [say(script.what), ...(o.talkative ? [say(script.what)] : [])],
    },
    {
      topic: 'Who was involved, who blocked',
      ask: 'Who was involved in the evaluation, and who blocked or slowed it?',
      quotes: [say(rng.pick(script.who))],
    },
    {
      topic: 'How the decision was made',
      ask: 'How was the decision made in the end?',
      quotes: [say(script.how)],
    },
    {
      topic: 'What would have won it',
      ask: 'What would we have had to do to win?',
      quotes: [say(script.win)],
    },
  ];
}

export function scriptInterview(
  rng: Random,
  context: QuoteContext,
  options: ScriptOptions,
  said: SaidVariants,
): Beat[] {
  const say = createSpeaker(rng, context, said);
  switch (options.cohort) {
    case 'power_user':
      return powerUserBeats(rng, say, options);
    case 'emerging_promoter':
      return emergingPromoterBeats(rng, say, options, context.hasWarehouse);
    case 'churner':
      return churnerBeats(rng, say, options);
    case 'lost_deal':
      return lostDealBeats(rng, say, options);
  }
}
