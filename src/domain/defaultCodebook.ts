import type { Code, CodeKind } from './schemas/code';

/**
 * The starter codebook of DOMAIN.md §3. Ids are stable so the demo workspace, tests and later
 * migrations can refer to a code without looking it up by name.
 */
interface CodeSeed {
  id: string;
  name: string;
  description: string;
  pinned?: boolean;
}

export const CODE_IDS = {
  painManualReporting: 'code-pain-manual-reporting',
  painNoSingleView: 'code-pain-no-single-view',
  painChurnSurprises: 'code-pain-churn-surprises',
  painSpreadsheetForecasts: 'code-pain-spreadsheet-forecasts',
  painBoardQuestions: 'code-pain-board-questions',

  triggerNewExecutive: 'code-trigger-new-executive',
  triggerFundingRound: 'code-trigger-funding-round',
  triggerFailedAudit: 'code-trigger-failed-audit',
  triggerMigration: 'code-trigger-migration',
  triggerGrowthSpurt: 'code-trigger-growth-spurt',

  criterionWarehouseNative: 'code-criterion-warehouse-native',
  criterionTimeToValue: 'code-criterion-time-to-value',
  criterionSecurity: 'code-criterion-security-compliance',
  criterionPricing: 'code-criterion-transparent-pricing',
  criterionEaseOfUse: 'code-criterion-ease-of-use',

  personaChampion: 'code-persona-champion',
  personaEconomicBuyer: 'code-persona-economic-buyer',
  personaUser: 'code-persona-user',
  personaBlockerSecurity: 'code-persona-blocker-security',
  personaBlockerProcurement: 'code-persona-blocker-procurement',
  personaBlockerLegal: 'code-persona-blocker-legal',
  personaBlockerIt: 'code-persona-blocker-it',

  channelPeerReferral: 'code-channel-peer-referral',
  channelCommunity: 'code-channel-community',
  channelContent: 'code-channel-content',
  channelReviewSite: 'code-channel-review-site',
  channelEvent: 'code-channel-event',
  channelOutbound: 'code-channel-outbound',

  competitorSpreadsheets: 'code-competitor-spreadsheets',
  competitorLegacySuite: 'code-competitor-legacy-cs-suite',
  competitorBiTool: 'code-competitor-bi-tool',
  competitorCrmReports: 'code-competitor-crm-reports',
  competitorDoNothing: 'code-competitor-do-nothing',

  outcomeHoursSaved: 'code-outcome-hours-saved',
  outcomeChurnReduced: 'code-outcome-churn-reduced',
  outcomeExpansionRevenue: 'code-outcome-expansion-revenue',
  outcomeBoardReady: 'code-outcome-board-ready',

  favouriteHealthScore: 'code-favourite-health-score',
  favouriteWarehouseSync: 'code-favourite-warehouse-sync',
  favouriteSlackAlerts: 'code-favourite-slack-alerts',
  favouriteRenewalDashboard: 'code-favourite-renewal-dashboard',

  expansionOrgWide: 'code-expansion-org-wide',
  expansionSingleTeam: 'code-expansion-single-team',
  expansionNewUseCase: 'code-expansion-new-use-case',
  expansionMoreSeats: 'code-expansion-more-seats',

  failureMissingSalesforce: 'code-failure-missing-salesforce',
  failureNoSso: 'code-failure-no-sso',
  failureNoCustomFields: 'code-failure-no-custom-fields',
  failureNoDataResidency: 'code-failure-no-data-residency',

  failureSlowOnboarding: 'code-failure-slow-onboarding',
  failureSecurityReview: 'code-failure-security-review',
  failurePricingConfusion: 'code-failure-pricing-confusion',
  failureNoChampion: 'code-failure-no-champion',
  failureSlowSupport: 'code-failure-slow-support',

  failureBudgetFreeze: 'code-failure-budget-freeze',
  failureAcquired: 'code-failure-acquired',
  failureChampionLeft: 'code-failure-champion-left',
} as const;

const C = CODE_IDS;

const CODEBOOK: Record<CodeKind, readonly CodeSeed[]> = {
  pain_point: [
    {
      id: C.painManualReporting,
      name: 'Manual reporting eats hours',
      description: 'Building customer or revenue reports by hand: exports, spreadsheets, decks.',
      pinned: true,
    },
    {
      id: C.painNoSingleView,
      name: 'No single view of customer health',
      description:
        'Usage, support and billing live in different tools; nobody sees the whole account.',
      pinned: true,
    },
    {
      id: C.painChurnSurprises,
      name: 'Churn surprises us at renewal',
      description: 'Accounts leave without warning; risk is discovered at the renewal call.',
    },
    {
      id: C.painSpreadsheetForecasts,
      name: 'Forecasts live in spreadsheets',
      description: 'Renewal and expansion forecasts are kept in personal spreadsheets.',
    },
    {
      id: C.painBoardQuestions,
      name: "Can't answer the board's retention questions",
      description:
        'Leadership asks for NRR or cohort retention and the numbers take days or never come.',
    },
  ],
  buying_trigger: [
    {
      id: C.triggerNewExecutive,
      name: 'New executive',
      description: 'A new CRO, VP CS or CFO arrived and wanted numbers they could trust.',
      pinned: true,
    },
    {
      id: C.triggerFundingRound,
      name: 'Funding round',
      description: 'A raise brought investor reporting and a mandate to professionalise.',
    },
    {
      id: C.triggerFailedAudit,
      name: 'Failed audit',
      description: 'An audit or due diligence exposed unreliable revenue or retention data.',
    },
    {
      id: C.triggerMigration,
      name: 'Migration',
      description: 'Moving CRM or data warehouse opened the door to replacing tools around it.',
    },
    {
      id: C.triggerGrowthSpurt,
      name: 'Growth spurt',
      description: 'Customer count or team size jumped and the old way stopped scaling.',
    },
  ],
  decision_criterion: [
    {
      id: C.criterionWarehouseNative,
      name: 'Works on our warehouse',
      description: 'Reads straight from Snowflake or another warehouse; no new data silo.',
    },
    {
      id: C.criterionTimeToValue,
      name: 'Fast time to value',
      description: 'Useful within days, without a services project.',
    },
    {
      id: C.criterionSecurity,
      name: 'Security & compliance',
      description: 'SOC 2 report, SSO, data residency, DPA: what security review asks for.',
    },
    {
      id: C.criterionPricing,
      name: 'Transparent pricing',
      description: 'A price they could predict and explain to finance.',
    },
    {
      id: C.criterionEaseOfUse,
      name: 'Ease of use for CSMs',
      description: 'Customer success managers use it without training or an analyst in the loop.',
    },
  ],
  persona: [
    {
      id: C.personaChampion,
      name: 'Champion',
      description: 'Drove the purchase internally, usually a RevOps or customer success leader.',
    },
    {
      id: C.personaEconomicBuyer,
      name: 'Economic buyer',
      description: 'Owns the budget and signs: CFO, CRO or COO.',
    },
    {
      id: C.personaUser,
      name: 'User',
      description: 'Works in the product day to day: CSMs, analysts, account managers.',
    },
    {
      id: C.personaBlockerSecurity,
      name: 'Blocker: security',
      description: 'Security or compliance team slowed or stopped the purchase.',
    },
    {
      id: C.personaBlockerProcurement,
      name: 'Blocker: procurement',
      description: 'Procurement process, vendor onboarding or discount demands.',
    },
    {
      id: C.personaBlockerLegal,
      name: 'Blocker: legal',
      description: 'Contract terms, DPA or liability negotiations.',
    },
    {
      id: C.personaBlockerIt,
      name: 'Blocker: IT',
      description: 'IT owns identity, integrations or the approved-vendor list.',
    },
  ],
  channel: [
    {
      id: C.channelPeerReferral,
      name: 'Peer referral',
      description: 'A peer at another company recommended us.',
    },
    {
      id: C.channelCommunity,
      name: 'RevOps / CS community',
      description: 'Slack groups, forums and communities for RevOps and CS people.',
    },
    {
      id: C.channelContent,
      name: 'Blog / newsletter',
      description: 'Found us through an article, template or newsletter.',
    },
    {
      id: C.channelReviewSite,
      name: 'Review site',
      description: 'Comparison and review sites.',
    },
    {
      id: C.channelEvent,
      name: 'Conference / event',
      description: 'Met us at a conference, meetup or webinar.',
    },
    {
      id: C.channelOutbound,
      name: 'Outbound sales',
      description: 'Our SDRs or AEs reached out first.',
    },
  ],
  competitor: [
    {
      id: C.competitorSpreadsheets,
      name: 'Spreadsheets / in-house',
      description: 'Sheets, scripts or an analyst building reports by hand.',
    },
    {
      id: C.competitorLegacySuite,
      name: 'Legacy CS suite',
      description: 'A large, established customer success platform.',
    },
    {
      id: C.competitorBiTool,
      name: 'Generic BI tool',
      description: 'Dashboards built in a general-purpose BI tool.',
    },
    {
      id: C.competitorCrmReports,
      name: 'CRM-native reports',
      description: 'Reports and dashboards inside the CRM itself.',
    },
    {
      id: C.competitorDoNothing,
      name: 'Do nothing',
      description: 'Decided not to buy anything this year.',
    },
  ],
  outcome: [
    {
      id: C.outcomeHoursSaved,
      name: 'Hours saved on reporting',
      description: 'Time given back to CSMs and RevOps that used to go into reports.',
      pinned: true,
    },
    {
      id: C.outcomeChurnReduced,
      name: 'Churn reduced',
      description: 'Gross churn or logo churn went down after adoption.',
    },
    {
      id: C.outcomeExpansionRevenue,
      name: 'Expansion revenue found',
      description: 'Spotted upsell or cross-sell opportunities they would have missed.',
    },
    {
      id: C.outcomeBoardReady,
      name: 'Board-ready numbers',
      description: 'Retention and revenue numbers leadership trusts, on demand.',
    },
  ],
  favourite_aspect: [
    {
      id: C.favouriteHealthScore,
      name: 'Account health score',
      description: 'The health score and the reasons behind it.',
    },
    {
      id: C.favouriteWarehouseSync,
      name: 'Warehouse sync',
      description: 'Reading from and writing back to Snowflake.',
    },
    {
      id: C.favouriteSlackAlerts,
      name: 'Slack alerts',
      description: 'Risk and expansion alerts pushed into Slack.',
    },
    {
      id: C.favouriteRenewalDashboard,
      name: 'Renewal dashboard',
      description: 'The renewals view used in forecast and QBR meetings.',
    },
  ],
  expansion_signal: [
    {
      id: C.expansionOrgWide,
      name: 'Spread org-wide',
      description: 'Used beyond the buying team: sales, finance, leadership.',
    },
    {
      id: C.expansionSingleTeam,
      name: 'Stuck in one team',
      description: 'Only the buying team or one person ever used it.',
    },
    {
      id: C.expansionNewUseCase,
      name: 'New use case asked for',
      description: 'They asked for the product to cover a job it does not do yet.',
    },
    {
      id: C.expansionMoreSeats,
      name: 'Asking for more seats',
      description: 'More people or teams want access.',
    },
  ],
  failure_product: [
    {
      id: C.failureMissingSalesforce,
      name: 'Missing Salesforce integration',
      description:
        'Needed a native Salesforce sync without a data warehouse in between; we only read Salesforce through the warehouse.',
      pinned: true,
    },
    {
      id: C.failureNoSso,
      name: 'No SSO/SAML',
      description: 'Required single sign-on (SAML/SCIM) that the plan or product lacked.',
    },
    {
      id: C.failureNoCustomFields,
      name: 'Health score ignores custom fields',
      description: 'Could not bring their own fields or objects into the health score.',
    },
    {
      id: C.failureNoDataResidency,
      name: 'No EU data residency',
      description: 'Data had to stay in the EU and we could not guarantee it.',
    },
  ],
  failure_process: [
    {
      id: C.failureSlowOnboarding,
      name: 'Slow onboarding',
      description: 'Weeks passed before first value; the onboarding plan stalled.',
      pinned: true,
    },
    {
      id: C.failureSecurityReview,
      name: 'Security review stalled',
      description: 'The security questionnaire or review dragged on until the deal died.',
    },
    {
      id: C.failurePricingConfusion,
      name: 'Pricing confusion',
      description: 'Could not work out what they would pay, or the quote surprised them.',
    },
    {
      id: C.failureNoChampion,
      name: 'No champion',
      description: 'Nobody inside owned the rollout or defended the renewal.',
    },
    {
      id: C.failureSlowSupport,
      name: 'Slow support',
      description: 'Support tickets waited too long at a critical moment.',
    },
  ],
  failure_external: [
    {
      id: C.failureBudgetFreeze,
      name: 'Budget freeze',
      description: 'Spending was frozen regardless of fit.',
    },
    {
      id: C.failureAcquired,
      name: 'Acquired',
      description: 'The company was acquired and moved to the parent company’s tools.',
    },
    {
      id: C.failureChampionLeft,
      name: 'Champion left',
      description: 'The person who bought and drove it left the company.',
    },
  ],
};

/** One hue family per kind keeps the kinds visually apart; lightness separates codes within it. */
const KIND_HUES: Record<CodeKind, number> = {
  pain_point: 0,
  buying_trigger: 30,
  decision_criterion: 55,
  persona: 90,
  channel: 140,
  competitor: 170,
  outcome: 200,
  favourite_aspect: 225,
  expansion_signal: 255,
  failure_product: 285,
  failure_process: 315,
  failure_external: 340,
};

function hslToHex(hue: number, saturation: number, lightness: number): string {
  const s = saturation / 100;
  const l = lightness / 100;
  const k = (n: number) => (n + hue / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const channel = (n: number) => {
    const value = l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}

function colourFor(kind: CodeKind, index: number): string {
  // Stays within a readable band (32-68%) for up to 7 codes per kind.
  return hslToHex(KIND_HUES[kind], 62, 32 + index * 6);
}

export function defaultCodebook(now: string): Code[] {
  const codes: Code[] = [];
  for (const [kind, seeds] of Object.entries(CODEBOOK) as [CodeKind, readonly CodeSeed[]][]) {
    seeds.forEach((seed, index) => {
      codes.push({
        id: seed.id,
        createdAt: now,
        updatedAt: now,
        name: seed.name,
        kind,
        description: seed.description,
        colour: colourFor(kind, index),
        parentId: null,
        pinned: seed.pinned ?? false,
      });
    });
  }
  return codes;
}
