import { CODE_IDS as C } from '../defaultCodebook';
import type { Random } from '../seededRandom';
import type { CompanyPlan } from './demoCompanies';

/**
 * What interviewees say. Each line is coded once here, so the code a quote carries always
 * matches what it says; variants take the account's own details so no two calls read alike.
 * Quotes never contain double quotes: the notes wrap them in "…".
 */
export interface QuoteContext {
  company: string;
  crm: string;
  warehouse: string;
  /** False for teams without a warehouse, whose answers must not talk about one. */
  hasWarehouse: boolean;
  support: string;
  chat: string;
  legacy: string;
  bi: string;
  hours: number;
  csms: number;
  customers: number;
  employees: number;
  days: number;
  weeks: number;
  seats: number;
  quarter: number;
  round: string;
  churnFrom: number;
  churnTo: number;
  saved: number;
}

export function quoteContext(rng: Random, plan: CompanyPlan): QuoteContext {
  const has = (tool: string) => plan.techStack.includes(tool);
  const churnFrom = rng.int(9, 16);
  return {
    company: plan.name,
    crm: has('Salesforce') ? 'Salesforce' : 'HubSpot',
    warehouse: has('BigQuery') ? 'BigQuery' : 'Snowflake',
    hasWarehouse: has('Snowflake') || has('BigQuery') || has('Databricks'),
    support: has('Zendesk') ? 'Zendesk' : has('Intercom') ? 'Intercom' : 'our helpdesk',
    chat: has('Microsoft Teams') ? 'Teams' : 'Slack',
    legacy: rng.pick(['Retainly', 'Gaugewell']),
    bi: has('Looker') ? 'Looker' : has('Tableau') ? 'Tableau' : 'Power BI',
    hours: rng.int(6, 20),
    csms: plan.csTeamSize,
    customers: plan.customerCount,
    employees: Math.round((plan.band.min + plan.band.max) / 2),
    days: rng.int(3, 12),
    weeks: rng.int(5, 11),
    seats: plan.csTeamSize * rng.int(3, 6),
    quarter: rng.int(1, 4),
    round: rng.pick(['A', 'B', 'C']),
    churnFrom,
    churnTo: churnFrom - rng.int(3, 6),
    saved: rng.int(2, 6),
  };
}

type Variant = (c: QuoteContext) => string;

export interface Line {
  codeIds: readonly string[];
  variants: readonly Variant[];
}

const line = (codeIds: readonly string[], ...variants: Variant[]): Line => ({ codeIds, variants });

export const LINES = {
  // Pain points
  manualReporting: line(
    [C.painManualReporting],
    (c) =>
      `Every Monday two of my CSMs spent the whole morning exporting from ${c.crm} and pasting into a deck. Manual reporting was eating ${c.hours} hours a week, easily.`,
    (c) =>
      `We had ${c.customers} customers and the renewal report was built by hand, every single month. It took ${c.hours} hours and it was wrong half the time.`,
    (c) =>
      `Honestly? I was in spreadsheets at eleven at night before every board meeting, copying numbers out of ${c.crm}. That's not a job, that's data entry.`,
    () =>
      `QBR prep was the killer. Each CSM spent most of a day per account pulling usage and tickets together by hand.`,
    (c) =>
      `Our ops person basically existed to produce the Monday report. ${c.hours} hours a week of copy-paste across ${c.csms} CSMs.`,
  ),
  manualReportingAgain: line(
    [C.painManualReporting, C.outcomeHoursSaved],
    () =>
      `I keep coming back to the reporting. We used to lose Mondays to it, and now the deck just exists when I open my laptop.`,
    () =>
      `If you took it away tomorrow, the first thing I'd miss is not building those reports by hand. I'm never going back to that.`,
    (c) =>
      `Sorry, I'm repeating myself, but the manual reporting was the whole reason. ${c.hours} hours a week, gone.`,
  ),
  manualReportingLight: line(
    [C.painManualReporting],
    (c) =>
      `We were building the weekly customer report by hand in Google Sheets, which was fine at thirty customers and painful at ${c.customers}.`,
    () =>
      `Part of it was the reporting. Somebody had to assemble the renewal numbers by hand every month.`,
  ),
  noSingleView: line(
    [C.painNoSingleView],
    (c) =>
      `Usage was in our product database, tickets were in ${c.support}, billing was in Stripe. Nobody could tell me if an account was healthy without three tabs open.`,
    () =>
      `Every CSM had their own idea of what a healthy account looked like. There was no single place to look.`,
    () =>
      `I'd ask how our biggest account was doing and get five different answers from five people.`,
  ),
  churnSurprises: line(
    [C.painChurnSurprises],
    () => `We found out customers were unhappy at the renewal call. By then it's over.`,
    (c) => `Last year we lost ${c.saved + 2} accounts we thought were fine. Nobody saw it coming.`,
    () => `Churn always showed up as a surprise in the quarterly numbers, never before.`,
  ),
  spreadsheetForecasts: line(
    [C.painSpreadsheetForecasts],
    () =>
      `The renewal forecast was a spreadsheet only I understood. If I went on holiday, nobody knew what was renewing.`,
    () => `Each CSM kept their own forecast sheet and I merged them by hand on Fridays.`,
  ),
  boardQuestions: line(
    [C.painBoardQuestions],
    (c) =>
      `Our board asked for net revenue retention by cohort and it took us ${c.weeks > 7 ? 'a month' : 'three weeks'} to answer.`,
  ),

  // Buying triggers
  newExecutive: line(
    [C.triggerNewExecutive],
    () =>
      `We hired a new CRO from a much bigger company, and in week one she asked for a retention dashboard we simply didn't have.`,
    () =>
      `A new VP of Customer Success joined and said on day one: I'm not running this team off spreadsheets.`,
    () => `Our new CFO wanted gross and net retention every month. That was the trigger.`,
  ),
  fundingRound: line(
    [C.triggerFundingRound],
    (c) =>
      `We closed our Series ${c.round} and suddenly investors wanted NRR every month, not once a year.`,
    () => `After the raise the board wanted proper retention reporting. That was the push.`,
  ),
  growthSpurt: line(
    [C.triggerGrowthSpurt],
    (c) =>
      `We went from ${Math.round(c.customers / 2)} to ${c.customers} customers in about a year. What worked with a small book just broke.`,
    (c) =>
      `We doubled the CS team to ${c.csms} in six months, and onboarding new CSMs onto our spreadsheets was impossible.`,
  ),
  migration: line(
    [C.triggerMigration],
    (c) =>
      `We were moving everything into ${c.warehouse} anyway, so it was the moment to replace the reporting on top.`,
    (c) => `We'd just migrated to ${c.crm}, and none of the old reports survived the move.`,
  ),
  failedAudit: line(
    [C.triggerFailedAudit],
    () =>
      `Due diligence found our churn numbers didn't match finance's. That was embarrassing enough to act on.`,
  ),

  // Channels
  peerReferral: line(
    [C.channelPeerReferral],
    () =>
      `A friend who runs RevOps at another SaaS company told me to look at Northwind. I trust her more than any ad.`,
    () => `A former colleague. He'd used it at his last job and wouldn't stop talking about it.`,
  ),
  community: line(
    [C.channelCommunity],
    () =>
      `Someone in a RevOps Slack group posted a screenshot of the renewal dashboard, and I asked who made it.`,
    () => `It kept coming up in the CS community I'm in, people comparing notes on health scores.`,
  ),
  content: line(
    [C.channelContent],
    (c) =>
      `I found your post on building a health score in ${c.warehouse} and basically copied it, then realised I could just buy it.`,
    () =>
      `Your newsletter. The piece on net revenue retention maths got forwarded around our leadership team.`,
  ),
  event: line(
    [C.channelEvent],
    () => `We saw the demo at a customer success conference and booked a call from the booth.`,
    () => `A webinar on renewal forecasting. I signed up for the trial before it ended.`,
  ),
  reviewSite: line(
    [C.channelReviewSite],
    () =>
      `We shortlisted from a review site, and Northwind kept coming out on top for mid-size teams.`,
  ),
  outbound: line(
    [C.channelOutbound],
    () =>
      `Your SDR emailed me the week we were complaining about reporting internally. Lucky timing.`,
  ),

  // Decision criteria
  warehouseNative: line(
    [C.criterionWarehouseNative],
    (c) =>
      `It sat on top of ${c.warehouse} and ${c.crm}, which we already trusted. No new data silo, no sync to babysit.`,
    (c) =>
      `The deciding thing was that it read straight from ${c.warehouse}. Our data team said yes in one meeting.`,
    () =>
      `Other tools wanted us to pipe everything into their database. Northwind just used our warehouse.`,
  ),
  timeToValue: line(
    [C.criterionTimeToValue],
    (c) =>
      `We had a health score live in ${c.days} days. The other vendor quoted a ${c.weeks}-week implementation.`,
    () => `Trial to real value in under two weeks. That's what sold my CFO.`,
  ),
  easeOfUse: line(
    [C.criterionEaseOfUse],
    () =>
      `My CSMs used it on day one without training. With the other tools you needed an analyst.`,
  ),
  firstValue: line(
    [C.criterionTimeToValue],
    (c) =>
      `We connected ${c.crm} on a Tuesday and by Friday I had a health score I'd show my boss.`,
    (c) =>
      `First value was maybe ${c.days} days in: the first risk alert on an account we'd otherwise have lost.`,
    () => `Honestly the first week. The renewal view alone was better than what we had.`,
  ),
  securityCriterion: line(
    [C.criterionSecurity],
    () => `It came down to security and compliance first, features second.`,
    () =>
      `Our scorecard started with SOC 2, SSO and data residency. Only then did we look at features.`,
  ),
  pricingCriterion: line(
    [C.criterionPricing],
    () => `Price predictability was the top criterion. We scored everyone on year-two cost.`,
    () => `Finance wanted one number they could put in the budget. Whoever gave us that would win.`,
  ),
  integrationScorecard: line(
    [C.criterionTimeToValue],
    (c) => `We had a scorecard, and 'connects to ${c.crm} in a day' was the first row.`,
  ),

  // Outcomes
  hoursSaved: line(
    [C.outcomeHoursSaved],
    (c) => `We got back about ${c.hours} hours a week. My team spends that time on customers now.`,
    () => `The Monday report takes zero minutes now. That alone paid for it.`,
  ),
  churnReduced: line(
    [C.outcomeChurnReduced],
    (c) =>
      `Gross churn went from around ${c.churnFrom}% to ${c.churnTo}% in a year. I won't claim it's all Northwind, but the early warnings are real.`,
    (c) =>
      `We saved ${c.saved} accounts last quarter because the health score flagged them two months out.`,
  ),
  expansionRevenue: line(
    [C.outcomeExpansionRevenue],
    (c) =>
      `The usage alerts found us ${c.saved + 3} expansion deals last quarter that nobody was working.`,
  ),
  boardReady: line(
    [C.outcomeBoardReady],
    () =>
      `Now when the board asks for NRR by segment I send a link. Before, it was a two-week project.`,
  ),
  onboardingFine: line(
    [C.criterionTimeToValue],
    () => `Onboarding was good, honestly. We had a health score we trusted in the first week.`,
    () => `No complaints there. Setup took a few days and support answered the same day.`,
  ),
  earlyWin: line(
    [C.outcomeChurnReduced],
    (c) => `Two months in we'd already caught ${c.saved} at-risk renewals.`,
    () => `The first alert flagged a renewal we would have lost. That paid for the year.`,
  ),

  // Favourite aspects
  healthScore: line(
    [C.favouriteHealthScore],
    () =>
      `The health score, but specifically that it shows why. My CSMs trust it because they can see the reasons.`,
    () => `I love that I can tweak the health score weights myself without filing a ticket.`,
  ),
  warehouseSync: line(
    [C.favouriteWarehouseSync],
    (c) => `The write-back to ${c.warehouse}. Finance now uses the same health data as CS.`,
  ),
  slackAlerts: line(
    [C.favouriteSlackAlerts],
    (c) =>
      `The ${c.chat} alerts. When usage drops at a big account, the CSM knows the same morning.`,
  ),
  renewalDashboard: line(
    [C.favouriteRenewalDashboard],
    () => `The renewal dashboard. We run the whole Friday forecast meeting from it.`,
  ),

  // Expansion signals
  orgWide: line(
    [C.expansionOrgWide],
    () =>
      `Sales uses it now for expansion, and finance pulls the renewal forecast straight from it. It's gone way beyond CS.`,
    (c) =>
      `It started with my team of ${c.csms}. Now about ${c.seats} people log in, including our CEO.`,
  ),
  moreSeats: line(
    [C.expansionMoreSeats],
    () => `Our account managers keep asking me for logins. I need more seats, honestly.`,
    () => `Support wants in now too. I'm already negotiating more seats with your team.`,
  ),
  newUseCase: line(
    [C.expansionNewUseCase],
    () => `If it tracked onboarding projects too, we'd move that team over tomorrow.`,
    () => `What I really want next is forecasting for expansion, not just renewals.`,
  ),
  singleTeam: line(
    [C.expansionSingleTeam],
    () =>
      `Really only two of us ever logged in. The rest of the team stayed in their spreadsheets.`,
    () => `It never left the CS ops corner. Sales didn't even know it existed.`,
  ),

  // Competitors / alternatives
  spreadsheets: line(
    [C.competitorSpreadsheets],
    () => `Back to Google Sheets, honestly. It's ugly but everyone knows how it works.`,
    () => `An analyst builds it in spreadsheets again. It's slower but it's ours.`,
  ),
  crmReports: line(
    [C.competitorCrmReports],
    (c) => `We use the dashboards inside ${c.crm} now. Less powerful, but one less tool.`,
    (c) => `Our admin said ${c.crm} dashboards could do eighty percent of it. For free.`,
  ),
  legacySuite: line(
    [C.competitorLegacySuite],
    (c) =>
      `We went with ${c.legacy}. It had the connector out of the box and a big logo list. It felt like the safe choice.`,
    (c) => `${c.legacy}. It's heavy, but procurement already knew them.`,
  ),
  biTool: line(
    [C.competitorBiTool],
    (c) => `We built something in ${c.bi} ourselves. It's worse, but it was already paid for.`,
  ),
  doNothing: line(
    [C.competitorDoNothing],
    () => `We didn't pick anyone. The project got shelved.`,
    () => `Nothing, in the end. We're still doing it the old way.`,
  ),
  parentTool: line(
    [C.competitorLegacySuite, C.failureAcquired],
    (c) => `The parent company runs ${c.legacy}, so that's what we use now. Nobody asked us.`,
  ),

  // Product failures
  missingSalesforce: line(
    [C.failureMissingSalesforce],
    () =>
      `We don't have a data warehouse. Without a native Salesforce connector we were exporting CSVs from Salesforce every week just to feed it.`,
    () =>
      `The whole point was to stop moving data by hand, and the only way to get Salesforce in was through a warehouse we don't have.`,
    (c) =>
      `Our Salesforce data never showed up properly. Your team said we'd need Snowflake first. We're ${c.employees} people; we're not buying a warehouse to use a reporting tool.`,
  ),
  missingSalesforceGap: line(
    [C.failureMissingSalesforce],
    () =>
      `A direct Salesforce integration. That's it. Accounts and opportunities, synced, no warehouse in the middle.`,
    () => `Native Salesforce sync was the gap. Every workaround broke within a month.`,
  ),
  missingSalesforceBack: line(
    [C.failureMissingSalesforce],
    () => `Ship a native Salesforce integration and I'll take the call. I liked everything else.`,
    () =>
      `If you ever connect to Salesforce without a warehouse, let me know. I'd come back for that alone.`,
  ),
  missingSalesforceTrial: line(
    [C.failureMissingSalesforce],
    () =>
      `During the trial we realised Salesforce only came in through a warehouse. We don't have one, so the trial never really worked.`,
    (c) =>
      `${c.legacy} synced with Salesforce in ten minutes. With you we'd have needed a data engineer first.`,
  ),
  noSso: line(
    [C.failureNoSso],
    () =>
      `Our IT policy says every tool goes through Okta with SAML. SSO was only on a plan we couldn't justify, and there was no SCIM at all.`,
    () =>
      `Security flagged it at renewal: no SSO, no automated deprovisioning. That was the end of it.`,
    (c) => `With ${c.employees} people we can't manage logins by hand. No SSO meant IT said no.`,
  ),
  noSsoBack: line(
    [C.failureNoSso],
    () => `Get SAML and SCIM on the standard plan and IT would unblock it.`,
    () => `Proper SSO. Without it, it doesn't pass our vendor checklist, however good it is.`,
  ),

  // Process failures
  slowOnboarding: line(
    [C.failureSlowOnboarding],
    (c) =>
      `It took us ${c.weeks} weeks to get a health score live. By then the team had lost interest.`,
    () => `Onboarding just stalled. We had three kickoff calls and then nothing for a month.`,
    () => `Our onboarding manager changed twice. Every time we started over.`,
  ),
  slowOnboardingBack: line(
    [C.failureSlowOnboarding],
    () => `A real onboarding plan with dates. The product was fine; getting it live wasn't.`,
    () => `Someone to actually walk us through setup. We were left alone with the docs.`,
  ),
  slowSupport: line(
    [C.failureSlowSupport],
    () => `When the sync broke before our QBRs, the ticket sat for four days.`,
  ),
  noChampion: line(
    [C.failureNoChampion],
    () =>
      `Honestly, the person who wanted it was never really in charge of it. Nobody owned it after the first month.`,
    () => `Nobody owned it. It was everyone's tool and so nobody's.`,
  ),
  noChampionBack: line(
    [C.failureNoChampion],
    () => `We needed someone internal to push it, and we never had that person.`,
    () =>
      `If someone on our side owned customer success properly, maybe. That's on us as much as you.`,
  ),
  pricingConfusion: line(
    [C.failurePricingConfusion],
    () =>
      `The renewal quote was almost double what we expected. Nobody had explained the usage-based part.`,
    () =>
      `We never understood what we were paying for. Seats, accounts tracked, add-ons... it changed every quarter.`,
  ),
  pricingConfusionLost: line(
    [C.failurePricingConfusion],
    () => `We got three different quotes in three weeks. Procurement stopped trusting the numbers.`,
    () =>
      `Nobody could tell us what we'd pay when we added the second team. That's a no from finance.`,
  ),
  pricingConfusionBack: line(
    [C.failurePricingConfusion],
    () => `Give us one clear number for two years. That's all we needed.`,
    () => `A pricing page that matches the quote. Seriously.`,
  ),
  securityReview: line(
    [C.failureSecurityReview],
    (c) =>
      `Your security questionnaire answers came back after ${c.weeks} weeks. By then our CISO had moved on to other vendors.`,
    () =>
      `Security review just stalled. We sent two hundred questions, got half the answers, and nobody chased.`,
    () =>
      `We needed a SOC 2 Type II report and a pen test summary. It took a month to even get an NDA for them.`,
  ),
  securityReviewBack: line(
    [C.failureSecurityReview],
    () => `Have the security package ready on day one. We'd have signed.`,
    () => `Answer the questionnaire in a week, not a quarter.`,
  ),

  // External failures
  budgetFreeze: line(
    [C.failureBudgetFreeze],
    (c) =>
      `It wasn't you. Our CFO froze every non-essential tool in Q${c.quarter}, and we were on the list.`,
    () =>
      `We were ready to sign, then the budget freeze came from the top. Every new vendor was paused.`,
    () =>
      `Hiring freeze and tools freeze in the same month. Anything without a clear owner got cut.`,
  ),
  budgetFreezeBack: line(
    [C.failureBudgetFreeze],
    () => `Nothing, really. Call us again when budgets open up.`,
    () => `It didn't get to a decision. The committee never met again after the freeze.`,
  ),
  acquired: line(
    [C.failureAcquired],
    () =>
      `We got acquired by a bigger company and they already had a CS platform. Not a decision we made.`,
    () => `After the acquisition everything moved to the parent company's tools within a quarter.`,
  ),
  acquiredBack: line(
    [C.failureAcquired],
    () => `If the parent company ever reviews its stack, I'd put you forward. We were happy.`,
  ),
  championLeft: line(
    [C.failureChampionLeft],
    () => `The person who bought Northwind left in the spring, and nobody picked it up.`,
    () => `Our VP of CS left and the new one brought her own stack.`,
  ),
  championLeftBack: line(
    [C.failureChampionLeft],
    () =>
      `Find a second champion early. When our VP left, nobody else had a relationship with your team.`,
  ),

  // Buying roles
  blockerSecurity: line(
    [C.personaBlockerSecurity],
    () => `Our CISO had the final say, and security review is where it died.`,
    () => `Infosec has a veto on anything that touches customer data. They used it.`,
  ),
  blockerProcurement: line(
    [C.personaBlockerProcurement],
    () =>
      `Procurement took over after the demo. They wanted a thirty percent discount and a three-year term.`,
  ),
  blockerIt: line(
    [C.personaBlockerIt],
    () => `IT owns every identity integration here. They blocked it in the first call.`,
  ),
  blockerLegal: line(
    [C.personaBlockerLegal],
    () => `Legal spent six weeks on the DPA before anyone looked at the product.`,
  ),
  economicBuyer: line(
    [C.personaEconomicBuyer],
    () =>
      `The CFO signs anything over twenty thousand, and she wanted a hard ROI number we couldn't give.`,
    () => `Our CRO made the call. Nobody below him could sign a new vendor.`,
  ),
  loneChampion: line(
    [C.personaChampion],
    () => `It was really just me pushing for it. I couldn't get anyone else to care.`,
  ),
} satisfies Record<string, Line>;

export type LineKey = keyof typeof LINES;
