import type { Cohort } from '../schemas/cohort';
import type { FailureCategory } from '../schemas/deal';

/**
 * Every demo account follows one story. The story, not the random draw, decides the planted
 * signal (who is ICP, why churners left, why deals were lost), so the signal holds for any seed.
 */
export type Story =
  | 'core'
  | 'fresh'
  | 'missing_salesforce'
  | 'no_sso'
  | 'slow_onboarding'
  | 'no_champion'
  | 'pricing_confusion'
  | 'security_review'
  | 'budget_freeze'
  | 'acquired'
  | 'champion_left';

export type FailureStory = Exclude<Story, 'core' | 'fresh'>;

interface FailureInfo {
  category: FailureCategory;
  /** CRM-style loss reason, the kind of terse text a rep types into the closed-lost field. */
  reasons: readonly string[];
}

export const FAILURES: Record<FailureStory, FailureInfo> = {
  missing_salesforce: {
    category: 'product',
    reasons: [
      'No native Salesforce integration; no data warehouse to sync through.',
      'Needed direct Salesforce sync without Snowflake. Not on roadmap this year.',
    ],
  },
  no_sso: {
    category: 'product',
    reasons: [
      'IT requires SAML SSO + SCIM provisioning; not available.',
      'No SSO/SCIM. Failed IT vendor checklist.',
    ],
  },
  slow_onboarding: {
    category: 'process',
    reasons: [
      'Onboarding dragged for two months; team lost interest before go-live.',
      'Never fully onboarded. Kickoff slipped twice.',
    ],
  },
  no_champion: {
    category: 'process',
    reasons: [
      'No internal owner after kickoff; usage never spread.',
      'Nobody owned the rollout. Single-threaded, contact disengaged.',
    ],
  },
  pricing_confusion: {
    category: 'process',
    reasons: [
      'Pricing confusion: usage-based add-ons surprised finance.',
      'Three revised quotes; procurement lost trust in the numbers.',
    ],
  },
  security_review: {
    category: 'process',
    reasons: [
      'Security review stalled; questionnaire open for six weeks.',
      'Stuck in infosec review, SOC 2 docs sent late. Went dark.',
    ],
  },
  budget_freeze: {
    category: 'external',
    reasons: [
      'Budget freeze from CFO; all new vendors paused.',
      'Company-wide spending freeze. Revisit next fiscal year.',
    ],
  },
  acquired: {
    category: 'external',
    reasons: ["Acquired; moving to the parent company's CS platform."],
  },
  champion_left: {
    category: 'external',
    reasons: ['Champion left; successor brought their own stack.'],
  },
};

export const isFailureStory = (story: Story): story is FailureStory =>
  story !== 'core' && story !== 'fresh';

/** How many accounts of each cohort follow each story: 18 + 12 + 15 + 15 = 60. */
export const STORY_COUNTS: Record<Cohort, readonly (readonly [Story, number])[]> = {
  power_user: [['core', 18]],
  emerging_promoter: [['fresh', 12]],
  churner: [
    ['missing_salesforce', 4],
    ['no_sso', 2],
    ['slow_onboarding', 3],
    ['no_champion', 2],
    ['pricing_confusion', 1],
    ['budget_freeze', 1],
    ['acquired', 1],
    ['champion_left', 1],
  ],
  lost_deal: [
    ['missing_salesforce', 3],
    ['no_sso', 2],
    ['security_review', 4],
    ['pricing_confusion', 3],
    ['budget_freeze', 3],
  ],
};
