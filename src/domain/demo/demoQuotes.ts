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
    (c) =>
      `I'm the whole RevOps team. Half my week went on stitching ${c.crm} exports to ticket counts out of ${c.support} so the CS leads had something to look at.`,
    (c) =>
      `The data was sitting in ${c.warehouse} the whole time, and we still rebuilt the churn report by hand every month. ${c.hours} hours minimum, and I was the one doing it.`,
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
    (c) =>
      `Someone on the team lost most of Monday pulling numbers out of ${c.crm} for the weekly report.`,
  ),
  noSingleView: line(
    [C.painNoSingleView],
    (c) =>
      `Usage was in our product database, tickets were in ${c.support}, billing was in Stripe. Nobody could tell me if an account was healthy without three tabs open.`,
    () =>
      `Every CSM had their own idea of what a healthy account looked like. There was no single place to look.`,
    () =>
      `I'd ask how our biggest account was doing and get five different answers from five people.`,
    (c) =>
      `To prep a renewal call I'd have ${c.crm} on one screen and ${c.support} on the other, and for billing I'd just message finance.`,
    () =>
      `We had plenty of data. What we didn't have was one page that said: this account is in trouble.`,
    (c) =>
      `Each of my ${c.csms} CSMs had around ${Math.round(c.customers / Math.max(1, c.csms))} accounts, and to see how one was doing you opened four tools.`,
    () =>
      `Product usage lived with the engineers. If I wanted it for an account, I filed a request and waited a week.`,
    () =>
      `Support knew the account was angry, sales knew it was up for renewal, and nobody put those two things together.`,
    (c) =>
      `It was tabs. ${c.crm}, ${c.support}, Stripe, the usage export. By the time you'd looked at all of them the call had started.`,
    () =>
      `I couldn't answer a simple question like which ten accounts need attention this week. Not without a day of digging.`,
    () =>
      `Our CSMs walked into calls not knowing the customer had three open tickets. The customer knew, obviously.`,
    (c) =>
      `Billing said one thing, ${c.crm} said another, and the usage numbers lived in a spreadsheet someone updated when they remembered.`,
  ),
  churnSurprises: line(
    [C.painChurnSurprises],
    () => `We found out customers were unhappy at the renewal call. By then it's over.`,
    (c) => `Last year we lost ${c.saved + 2} accounts we thought were fine. Nobody saw it coming.`,
    () => `Churn always showed up as a surprise in the quarterly numbers, never before.`,
    () =>
      `The first sign of trouble was usually the cancellation email. Polite, two lines, and final.`,
    (c) =>
      `We lost a big one in Q${c.quarter}. Their usage had been dropping for months and not one of us had looked.`,
    () =>
      `Renewal calls were where we learned things. That's the worst possible place to learn them.`,
    () => `Honestly, we'd find out from the invoice bouncing. That's how late we were.`,
  ),
  spreadsheetForecasts: line(
    [C.painSpreadsheetForecasts],
    () =>
      `The renewal forecast was a spreadsheet only I understood. If I went on holiday, nobody knew what was renewing.`,
    () => `Each CSM kept their own forecast sheet and I merged them by hand on Fridays.`,
    () =>
      `Forecasting renewals meant a Google Sheet with colour codes. Green, amber, red, and a lot of hope.`,
    (c) =>
      `Every quarter-end I'd chase ${c.csms} people for their renewal numbers, paste them into one workbook, then fix the formulas they'd broken.`,
    () => `Our renewal forecast was a tab called FINAL v7. I'm not proud of that.`,
  ),
  boardQuestions: line(
    [C.painBoardQuestions],
    (c) =>
      `Our board asked for net revenue retention by cohort and it took us ${c.weeks > 7 ? 'a month' : 'three weeks'} to answer.`,
    () =>
      `An investor asked for logo churn on last year's cohort. I said I'd get back to him. It took a fortnight.`,
    (c) =>
      `The board deck had one retention slide, and every quarter we spent ${c.days} days arguing about whose number went on it.`,
  ),

  // Buying triggers
  newExecutive: line(
    [C.triggerNewExecutive],
    () =>
      `We hired a new CRO from a much bigger company, and in week one she asked for a retention dashboard we simply didn't have.`,
    () =>
      `A new VP of Customer Success joined and said on day one: I'm not running this team off spreadsheets.`,
    () => `Our new CFO wanted gross and net retention every month. That was the trigger.`,
    () =>
      `Our new COO came from a public company. The first thing she asked was where the churn forecast lived, and there wasn't one.`,
    () =>
      `We brought in a head of RevOps in the spring. He took one look at how we tracked renewals and put a tool in the budget.`,
    (c) =>
      `New CEO, new questions. Within ${c.weeks} weeks he wanted a retention number every Monday, and we had no way to give it to him.`,
    () =>
      `A new VP Sales started and wanted expansion and renewals in one pipeline. We couldn't even list the renewals.`,
    () =>
      `Leadership change, really. The new chief customer officer wouldn't sign off a forecast she couldn't trace back to data.`,
  ),
  fundingRound: line(
    [C.triggerFundingRound],
    (c) =>
      `We closed our Series ${c.round} and suddenly investors wanted NRR every month, not once a year.`,
    () => `After the raise the board wanted proper retention reporting. That was the push.`,
    (c) =>
      `Part of the Series ${c.round} money was earmarked for getting our customer data in order. The lead investor insisted on it.`,
    () =>
      `The new investors put an observer on the board, and she wanted cohort retention every quarter. We couldn't produce it from what we had.`,
    () =>
      `Honestly, the raise. Once the money was in the bank there was no excuse to keep running renewals out of spreadsheets.`,
    (c) =>
      `We'd just raised and the plan said double ARR in two years. Our CFO said we can't do that with ${c.customers} accounts tracked by hand.`,
    () =>
      `During the round every investor asked about net retention. We answered, but it took days each time, and after closing we said never again.`,
    () =>
      `Monthly investor updates started the month after we closed. Retention was the first chart they asked for.`,
    () =>
      `The money came in and the board said: grow, but show us the retention. That second part is why we bought.`,
  ),
  growthSpurt: line(
    [C.triggerGrowthSpurt],
    (c) =>
      `We went from ${Math.round(c.customers / 2)} to ${c.customers} customers in about a year. What worked with a small book just broke.`,
    (c) =>
      `We doubled the CS team to ${c.csms} in six months, and onboarding new CSMs onto our spreadsheets was impossible.`,
    (c) =>
      `We hired ${Math.max(2, Math.round(c.csms / 2))} CSMs in one quarter, and there was no way to onboard them onto a system that lived in my head.`,
    () => `I used to know every account by name. By last spring I didn't, and that scared me.`,
    (c) =>
      `Somewhere around ${c.customers} customers the old way fell over. Renewals slipped through because nobody saw the date coming.`,
    () =>
      `We opened a second office and suddenly had two CS teams doing the same job two different ways.`,
    (c) =>
      `Headcount went to about ${c.employees} in a year. What worked when CS was three people at one desk stopped working.`,
    () =>
      `Growth, basically. More customers than we could watch by hand, and it happened faster than anyone planned for.`,
  ),
  migration: line(
    [C.triggerMigration],
    (c) =>
      `We were moving everything into ${c.warehouse} anyway, so it was the moment to replace the reporting on top.`,
    (c) => `We'd just migrated to ${c.crm}, and none of the old reports survived the move.`,
    (c) =>
      `Our data team had just finished the ${c.warehouse} project and wanted something on top of it that wasn't another homegrown dashboard.`,
    (c) =>
      `The ${c.warehouse} migration had a line item for replacing the old reporting stack. This was that line item.`,
  ),
  failedAudit: line(
    [C.triggerFailedAudit],
    () =>
      `Due diligence found our churn numbers didn't match finance's. That was embarrassing enough to act on.`,
    () =>
      `Our auditors couldn't reconcile the ARR we reported with what finance had booked. After that, nobody argued about budget for this.`,
  ),

  // Channels
  peerReferral: line(
    [C.channelPeerReferral],
    () =>
      `A friend who runs RevOps at another SaaS company told me to look at Northwind. I trust her more than any ad.`,
    () => `A former colleague. He'd used it at his last job and wouldn't stop talking about it.`,
    () =>
      `My counterpart at a portfolio company mentioned it over dinner. Same investors, same problems.`,
    () =>
      `Our CEO heard about it from another founder and forwarded me the link with one word: this?`,
    () => `I messaged three people I trust, privately. Two of them said Northwind.`,
    () =>
      `A CS director I used to work with. She'd rolled it out at her company and offered to walk me through her setup.`,
    () =>
      `One of our own customers uses it, actually. Their head of CS told me about it during a QBR.`,
    () =>
      `Word of mouth. A friend in RevOps said it was the one tool her CSMs never complained about.`,
  ),
  community: line(
    [C.channelCommunity],
    () =>
      `Someone in a RevOps Slack group posted a screenshot of the renewal dashboard, and I asked who made it.`,
    () => `It kept coming up in the CS community I'm in, people comparing notes on health scores.`,
    () =>
      `There's a forum for CS ops people, and every thread about health scores ended with somebody recommending Northwind.`,
    () =>
      `I asked in a CS leaders' group chat what people use for renewals. Northwind came up more than anything else.`,
    (c) =>
      `A thread in a RevOps community asking for alternatives to ${c.legacy}. Northwind was the top reply.`,
    () =>
      `Reddit, believe it or not. A thread on renewal forecasting in one of the customer success subreddits.`,
    () =>
      `Somebody in a CS community I lurk in wrote up their whole renewal process, and Northwind was in every screenshot.`,
  ),
  content: line(
    [C.channelContent],
    // Promoters without a warehouse hear about it too, so the post they copied must fit their stack.
    (c) =>
      `I found your post on building a health score ${c.hasWarehouse ? `in ${c.warehouse}` : `from ${c.crm} data`} and basically copied it, then realised I could just buy it.`,
    () =>
      `Your newsletter. The piece on net revenue retention maths got forwarded around our leadership team.`,
    () =>
      `I downloaded your QBR template. It was good enough that I went looking at what else you'd made.`,
    () =>
      `A blog post on why health scores fail. It described our exact mistakes, so I booked a demo.`,
    () =>
      `Our VP shared your churn benchmarks report in the leadership channel. That was the first I'd heard of you.`,
  ),
  event: line(
    [C.channelEvent],
    () => `We saw the demo at a customer success conference and booked a call from the booth.`,
    () => `A webinar on renewal forecasting. I signed up for the trial before it ended.`,
    () =>
      `I went to a roundtable you hosted for CS leaders. Small room, no pitch, and I left with a trial login.`,
    () =>
      `Your talk at a SaaS meetup in town. It was about renewal risk, and it was the only session I took notes in.`,
  ),
  reviewSite: line(
    [C.channelReviewSite],
    () =>
      `We shortlisted from a review site, and Northwind kept coming out on top for mid-size teams.`,
    () =>
      `I spent an evening reading reviews on G2. The complaints about Northwind were small stuff; the others had real problems.`,
    () =>
      `A comparison site. I filtered by company size and the integrations we needed, and you were in the top three.`,
  ),
  outbound: line(
    [C.channelOutbound],
    () =>
      `Your SDR emailed me the week we were complaining about reporting internally. Lucky timing.`,
    () =>
      `Your AE messaged me on LinkedIn about our open CS ops role, of all things. Cheeky, but it worked.`,
    () => `Cold email, honestly. It named the exact report we were struggling with, so I replied.`,
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
    (c) =>
      `Our analysts already had the customer models in ${c.warehouse}. Anything that made us copy that data somewhere else was out.`,
    () =>
      `The data team had a veto, and they said yes to Northwind because nothing had to leave our warehouse.`,
    (c) =>
      `Our rule was that ${c.warehouse} is the source of truth. Northwind was the only vendor that didn't argue with that.`,
  ),
  timeToValue: line(
    [C.criterionTimeToValue],
    (c) =>
      `We had a health score live in ${c.days} days. The other vendor quoted a ${c.weeks}-week implementation.`,
    () => `Trial to real value in under two weeks. That's what sold my CFO.`,
    () =>
      `I needed something working before QBR season, not a six-month project. That ruled out most of the list.`,
    (c) =>
      `How fast we'd see something real. ${c.days} days from contract to my CSMs using it was the number I took to my boss.`,
    () =>
      `We'd been burned by a long rollout before. This time the rule was: if it's not useful in a fortnight, it's not the tool.`,
  ),
  easeOfUse: line(
    [C.criterionEaseOfUse],
    () =>
      `My CSMs used it on day one without training. With the other tools you needed an analyst.`,
    () =>
      `I watched a CSM figure out the renewal view in five minutes without asking me a thing. That was the test.`,
    () => `If my team needed a training course to use it, it wasn't going to happen. They didn't.`,
  ),
  firstValue: line(
    [C.criterionTimeToValue],
    (c) =>
      `We connected ${c.crm} on a Tuesday and by Friday I had a health score I'd show my boss.`,
    (c) =>
      `First value was maybe ${c.days} days in: the first risk alert on an account we'd otherwise have lost.`,
    () => `Honestly the first week. The renewal view alone was better than what we had.`,
    (c) =>
      `Within ${c.days} days every account had a score, and my first thought was: oh, so that's why that customer went quiet.`,
    () =>
      `The first morning the renewals list loaded, I found two contracts up within a month that nobody had flagged.`,
    (c) =>
      `Setup was an afternoon, connecting ${c.crm} and ${c.support}. The real value was the next team meeting, when we all looked at the same list.`,
  ),
  securityCriterion: line(
    [C.criterionSecurity],
    () => `It came down to security and compliance first, features second.`,
    () =>
      `Our scorecard started with SOC 2, SSO and data residency. Only then did we look at features.`,
    () =>
      `Security had a list of twelve must-haves. Miss one and you were out before we'd seen a demo.`,
    () =>
      `Whoever got through the security questionnaire cleanly was going to win. Features were the tiebreaker.`,
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
    (c) =>
      `My ${c.csms} CSMs used to lose Friday afternoons to reports. Now they spend them on calls.`,
    () => `I timed it once. QBR prep went from a full day per account to maybe an hour.`,
    (c) =>
      `Our ops analyst got about ${c.hours} hours a week back. She's building the expansion playbook with them now.`,
  ),
  churnReduced: line(
    [C.outcomeChurnReduced],
    (c) =>
      `Gross churn went from around ${c.churnFrom}% to ${c.churnTo}% in a year. I won't claim it's all Northwind, but the early warnings are real.`,
    (c) =>
      `We saved ${c.saved} accounts last quarter because the health score flagged them two months out.`,
    (c) =>
      `We used to lose ${c.churnFrom} logos out of every hundred a year. It's closer to ${c.churnTo} now.`,
    () =>
      `Fewer surprises at renewal, which shows up as less churn. Finance noticed before I told them.`,
  ),
  expansionRevenue: line(
    [C.outcomeExpansionRevenue],
    (c) =>
      `The usage alerts found us ${c.saved + 3} expansion deals last quarter that nobody was working.`,
    () =>
      `We found upsell in accounts we'd written off as stable. Usage spiked, the alert fired, the account manager called.`,
    (c) =>
      `About a third of last quarter's expansion pipeline came from Northwind flags, and ${c.saved} of those have closed.`,
  ),
  boardReady: line(
    [C.outcomeBoardReady],
    () =>
      `Now when the board asks for NRR by segment I send a link. Before, it was a two-week project.`,
    () =>
      `Our CFO stopped asking me to double-check the retention slide. She takes it straight from the dashboard now.`,
    () =>
      `Board prep used to be a week of reconciling numbers. Now NRR and gross churn are just there, and finance agrees with them.`,
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
    () =>
      `In the first month it flagged an account whose champion had quietly left. We got in early and they renewed.`,
    (c) =>
      `Six weeks in, ${c.saved} renewals we'd have missed were back on track. That's the number I took to the CEO.`,
    () =>
      `Week three, an alert on our second-biggest account. We called them that afternoon and found a billing issue nobody had told us about.`,
  ),

  // Favourite aspects
  healthScore: line(
    [C.favouriteHealthScore],
    () =>
      `The health score, but specifically that it shows why. My CSMs trust it because they can see the reasons.`,
    () => `I love that I can tweak the health score weights myself without filing a ticket.`,
    () => `The health score. It's the first thing I open in the morning, before email.`,
    () =>
      `When a score drops you can click in and see it was tickets, or logins, or whatever. That's the bit I'd miss.`,
    () =>
      `Honestly the health score, because it settled arguments. Everyone used to have an opinion; now we point at the same number.`,
    (c) =>
      `The account health view. With ${c.customers} customers I can't read every account, so I read the ones it tells me to.`,
    () =>
      `I like that the score has a history. I can show a customer how their account trended over the year.`,
    () =>
      `The health score. New CSMs learn their book from it in the first week instead of the first quarter.`,
  ),
  warehouseSync: line(
    [C.favouriteWarehouseSync],
    (c) => `The write-back to ${c.warehouse}. Finance now uses the same health data as CS.`,
    (c) =>
      `That the scores land back in ${c.warehouse} as a table. Our analysts join them to everything else without asking me.`,
    () => `The two-way sync with the warehouse. Nobody exports anything anymore, it's just there.`,
    (c) =>
      `Our data team loves it, which is rare. Health data goes straight back into ${c.warehouse} and ${c.bi} picks it up.`,
    () =>
      `Honestly, the sync. One copy of the customer data, and CS, finance and product all read from it.`,
    (c) =>
      `The health table in ${c.warehouse}. Our finance model reads it directly now, so we stopped arguing about which number is right.`,
  ),
  slackAlerts: line(
    [C.favouriteSlackAlerts],
    (c) =>
      `The ${c.chat} alerts. When usage drops at a big account, the CSM knows the same morning.`,
    (c) => `The alerts in ${c.chat}. I don't go looking for risk anymore; it comes to me.`,
    () =>
      `When a champion stops logging in, we get a message within a day. That's saved us more than once.`,
    (c) =>
      `We have a ${c.chat} channel just for at-risk accounts. The whole team watches it like a stock ticker.`,
    () =>
      `Alerts, no question. My CSMs live in chat, so putting the warnings there is why they actually act on them.`,
    (c) =>
      `Getting a ${c.chat} ping when a big account goes quiet. Before, we'd notice a month later, if at all.`,
  ),
  renewalDashboard: line(
    [C.favouriteRenewalDashboard],
    () => `The renewal dashboard. We run the whole Friday forecast meeting from it.`,
    () => `The renewals view. Next ninety days, sorted by risk. I live in that screen.`,
    (c) =>
      `The renewal dashboard is the one I'd miss. Our Q${c.quarter} forecast landed within a couple of percent, first time ever.`,
    () =>
      `The renewal board. I screen-share it with the CFO every month and she hasn't asked for a spreadsheet since.`,
    () =>
      `Renewals, for sure. Everyone opens it in our weekly pipeline review, and nobody keeps a side sheet anymore.`,
    (c) =>
      `I'd miss the renewal view most. With ${c.csms} CSMs, it's the only place I see every renewal coming up at once.`,
  ),

  // Expansion signals
  orgWide: line(
    [C.expansionOrgWide],
    () =>
      `Sales uses it now for expansion, and finance pulls the renewal forecast straight from it. It's gone way beyond CS.`,
    (c) =>
      `It started with my team of ${c.csms}. Now about ${c.seats} people log in, including our CEO.`,
    () =>
      `Finance asked for their own login in the second month. Then product wanted one. It's not a CS tool anymore.`,
    () => `Our AEs check account health before any upsell call now, and the CFO has it bookmarked.`,
    () => `Product managers use it to find customers for beta tests. I didn't see that coming.`,
    (c) =>
      `We bought it for ${c.csms} CSMs. Now marketing, sales and support all have logins, and the CEO reads the weekly digest.`,
  ),
  moreSeats: line(
    [C.expansionMoreSeats],
    () => `Our account managers keep asking me for logins. I need more seats, honestly.`,
    () => `Support wants in now too. I'm already negotiating more seats with your team.`,
    () =>
      `I've got a list of six people waiting for a login. We'll need to go up a tier at renewal.`,
    (c) =>
      `We're at ${c.seats} seats and I'm asking for more in the next budget. Sales managers want to see health before they forecast.`,
    () => `The onboarding team keeps borrowing my login. That's a sign we need more seats.`,
    () => `Every CSM we hire needs a seat on day one, and we're hiring. So yes, more seats.`,
    () => `Our solutions engineers asked for access last month. I'm adding them at renewal.`,
    () =>
      `Finance wants read-only seats so they stop emailing me for screenshots. Is that something you sell?`,
  ),
  newUseCase: line(
    [C.expansionNewUseCase],
    () => `If it tracked onboarding projects too, we'd move that team over tomorrow.`,
    () => `What I really want next is forecasting for expansion, not just renewals.`,
    () =>
      `Can it do customer surveys? If NPS lived next to the health score we'd drop our survey tool.`,
    () => `I'd love it for partner accounts too. Resellers are a black box for us right now.`,
    () =>
      `Feature adoption per account. Our PMs keep asking for it, and you're halfway there already.`,
    () => `If it handled renewal quotes, finance would be in it every day, not just CS.`,
    () =>
      `We'd use it for onboarding health too, the first ninety days. Right now that's a checklist in a doc.`,
  ),
  singleTeam: line(
    [C.expansionSingleTeam],
    () =>
      `Really only two of us ever logged in. The rest of the team stayed in their spreadsheets.`,
    () => `It never left the CS ops corner. Sales didn't even know it existed.`,
    () =>
      `Nobody outside customer success has ever asked for a login. It's our thing and it stays our thing.`,
    (c) =>
      `We had ${c.seats} seats and maybe three were active. The rest logged in once during setup.`,
    () =>
      `I tried to get sales into it. They said they had their own dashboards, so it stayed with us.`,
    () => `It was really my tool. I used it every day; my manager looked at it twice.`,
    () => `Honestly it's just CS. I can't think who else here would open it.`,
    () => `Finance doesn't see it, sales doesn't see it. For us it's a one-team tool.`,
    () =>
      `The CS managers used it. Everyone else kept asking us for exports instead of logging in.`,
  ),

  // Competitors / alternatives
  spreadsheets: line(
    [C.competitorSpreadsheets],
    () => `Back to Google Sheets, honestly. It's ugly but everyone knows how it works.`,
    () => `An analyst builds it in spreadsheets again. It's slower but it's ours.`,
    (c) =>
      `A shared spreadsheet again. It's ${c.hours} hours a month to keep up, but nobody has to approve it.`,
    () =>
      `Our analyst wrote a few scripts that dump the data into Sheets. Held together with tape, but it's free.`,
  ),
  crmReports: line(
    [C.competitorCrmReports],
    (c) => `We use the dashboards inside ${c.crm} now. Less powerful, but one less tool.`,
    (c) => `Our admin said ${c.crm} dashboards could do eighty percent of it. For free.`,
    (c) =>
      `We built a health report in ${c.crm}. It's basic, but the sales team already lives there.`,
    (c) => `${c.crm} reports. Our admin spent two weeks on them, and they do the job, mostly.`,
    (c) =>
      `Whatever ${c.crm} gives us out of the box. It's not great, but nobody has to maintain another integration.`,
  ),
  legacySuite: line(
    [C.competitorLegacySuite],
    (c) =>
      `We went with ${c.legacy}. It had the connector out of the box and a big logo list. It felt like the safe choice.`,
    (c) => `${c.legacy}. It's heavy, but procurement already knew them.`,
    (c) =>
      `${c.legacy} was already on the approved vendor list. That saved us three months of paperwork.`,
    (c) =>
      `We signed with ${c.legacy}. Bigger company, longer track record, and our CFO had used them before.`,
    () => `The big incumbent, the one everyone's heard of. Nobody gets fired for buying it.`,
    (c) =>
      `${c.legacy} offered a multi-year discount we couldn't ignore. The product's clunkier, we know.`,
    (c) =>
      `In the end, ${c.legacy}. Their ${c.crm} integration was certified, and IT didn't want to review a newer vendor.`,
  ),
  biTool: line(
    [C.competitorBiTool],
    (c) => `We built something in ${c.bi} ourselves. It's worse, but it was already paid for.`,
    (c) =>
      `Our data team put together a ${c.bi} dashboard. Not pretty, but it answers the two questions leadership asks.`,
    (c) =>
      `We went to ${c.bi}. An analyst rebuilt the three charts we actually used in about a week.`,
  ),
  doNothing: line(
    [C.competitorDoNothing],
    () => `We didn't pick anyone. The project got shelved.`,
    () => `Nothing, in the end. We're still doing it the old way.`,
    () =>
      `We decided to live with what we had for another year. Not exciting, but that was the call.`,
    (c) => `No decision. It slipped to Q${c.quarter}, then off the roadmap entirely.`,
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
    () =>
      `Everything we have is in Salesforce. A tool that couldn't read it directly was a tool we had to feed by hand.`,
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
    () =>
      `Honestly, just read from Salesforce. Accounts, contacts, opportunities. That would have been enough.`,
    () =>
      `Put Salesforce on the integrations page as a real connector, not a CSV upload. That's my whole list.`,
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
    () =>
      `No single sign-on, no deal. Our IT team doesn't make exceptions, even for tools people like.`,
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
    (c) =>
      `We were promised live in two weeks. It was ${c.weeks} before the first dashboard made sense to anyone.`,
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
    () =>
      `The CS lead who signed was stretched across three projects. Northwind was always the fourth priority.`,
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
    () =>
      `Our security team asked about data retention and subprocessors, and the answers changed from one email to the next.`,
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
    () =>
      `Finance cut anything that wasn't revenue-critical for two quarters. A reporting tool was an easy line to strike.`,
  ),
  budgetFreezeBack: line(
    [C.failureBudgetFreeze],
    () => `Nothing, really. Call us again when budgets open up.`,
    () => `It didn't get to a decision. The committee never met again after the freeze.`,
    (c) => `Timing, more than anything. If budgets open up again in Q${c.quarter}, call me.`,
    () =>
      `It was decided above me: no new spend until the freeze lifts. When it does, you're first on my list.`,
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
    () =>
      `IT owns the approved-apps list, and getting on it takes months. They wouldn't fast-track us.`,
  ),
  blockerLegal: line(
    [C.personaBlockerLegal],
    () => `Legal spent six weeks on the DPA before anyone looked at the product.`,
    () =>
      `Our lawyers wanted unlimited liability for data breaches. That went back and forth until the quarter ended.`,
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
