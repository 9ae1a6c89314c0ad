import { defaultGuideBank, guideIdFor } from '../defaultGuides';
import type { Random } from '../seededRandom';
import { COHORT_SINGULAR, COHORTS, type Cohort } from '../schemas/cohort';
import type { Contact } from '../schemas/contact';
import type { Highlight } from '../schemas/highlight';
import type { AskedQuestion, Interview, InterviewChannel } from '../schemas/interview';
import { transcriptText } from '../transcriptText';
import type { CompanyPlan } from './demoCompanies';
import { isoDateTime, isoDay, monthLabel } from './demoDates';
import { renderNotes, renderTranscript, type CallFacts, type PlacedQuote } from './demoNotes';
import { INTERVIEWERS, interviewerLabel } from './demoPeople';
import { quoteContext } from './demoQuotes';
import { scriptInterview, type SaidVariants } from './demoScripts';
import type { Story } from './demoStories';

/**
 * The listening tour: about six calls per cohort in the four months before `now`, with the
 * interviews chosen by story so every seed hears the same mix of reasons.
 */
export interface TourAccount {
  id: string;
  plan: CompanyPlan;
  contacts: readonly Contact[];
}

interface CallPlan {
  account: TourAccount;
  interviewee: Contact;
  day: number;
  talkative: boolean;
  mentionsManualReporting: boolean;
  recorded: boolean;
  /** Tie-breaker so calls on the same day keep a stable order. */
  order: number;
}

/** Which stories each cohort's calls cover; the churner tail is one external reason at random. */
function storiesToInterview(rng: Random, cohort: Cohort): Story[] {
  switch (cohort) {
    case 'power_user':
      return ['core', 'core', 'core', 'core', 'core'];
    case 'emerging_promoter':
      return Array<Story>(6).fill('fresh');
    case 'churner':
      return [
        'missing_salesforce',
        'missing_salesforce',
        'no_sso',
        'slow_onboarding',
        'no_champion',
        rng.pick<Story>(['budget_freeze', 'acquired', 'champion_left']),
      ];
    case 'lost_deal':
      return [
        'security_review',
        'security_review',
        'pricing_confusion',
        'budget_freeze',
        'missing_salesforce',
        'no_sso',
      ];
  }
}

/** Interviews the champion when there is one; a story without one falls back to a user. */
function primaryContact(account: TourAccount): Contact {
  const preference = ['champion', 'user', 'economic_buyer'];
  for (const role of preference) {
    const contact = account.contacts.find((c) => c.buyingRole === role);
    if (contact) return contact;
  }
  const [first] = account.contacts;
  if (!first) throw new Error(`Demo account ${account.id} has no contacts.`);
  return first;
}

function planCalls(rng: Random, accounts: readonly TourAccount[], today: number): CallPlan[] {
  const calls: CallPlan[] = [];
  for (const cohort of COHORTS) {
    const pool = rng.shuffle(accounts.filter((a) => a.plan.cohort === cohort));
    const chosen = storiesToInterview(rng, cohort).map((story) => {
      const index = pool.findIndex((a) => a.plan.story === story);
      const [account] = pool.splice(index, 1);
      if (index < 0 || !account) throw new Error(`No ${cohort} account with story ${story}.`);
      return account;
    });
    const cohortCalls: Omit<
      CallPlan,
      'talkative' | 'mentionsManualReporting' | 'recorded' | 'order'
    >[] = chosen.map((account) => {
      // Within the last four months, and never before a new customer had two weeks to settle in.
      const since = account.plan.customerSinceDay;
      const earliest = Math.max(today - 118, since === null ? -Infinity : since + 14);
      return { account, interviewee: primaryContact(account), day: rng.int(earliest, today - 2) };
    });
    if (cohort === 'power_user') {
      // One power user gets a second call with a daily user: two interviews, one account.
      const [firstCall] = cohortCalls;
      const user = firstCall?.account.contacts.find((c) => c.buyingRole === 'user');
      if (firstCall && user) {
        firstCall.day = today - rng.int(60, 118);
        cohortCalls.push({
          account: firstCall.account,
          interviewee: user,
          day: firstCall.day + rng.int(14, 45),
        });
      }
    }
    const indices = cohortCalls.map((_, i) => i);
    const talkative = new Set(
      cohort === 'power_user'
        ? rng.sample(indices, 2)
        : cohort === 'emerging_promoter'
          ? []
          : indices.filter(() => rng.chance(0.3)),
    );
    // Manual reporting is the power users' pain; one mention in two other cohorts keeps it honest.
    const manual = cohort === 'emerging_promoter' || cohort === 'churner' ? rng.pick(indices) : -1;
    const recorded = rng.pick(indices);
    cohortCalls.forEach((call, i) =>
      calls.push({
        ...call,
        talkative: talkative.has(i),
        mentionsManualReporting: i === manual,
        recorded: i === recorded,
        order: calls.length,
      }),
    );
  }
  return calls.sort((a, b) => a.day - b.day || a.order - b.order);
}

const money = (value: number) => `$${String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;

function contextLine(plan: CompanyPlan): string {
  const firmographics = `Context: ${plan.industry}, ${plan.band.label} employees, ${plan.region}.`;
  const since = plan.customerSinceDay === null ? '' : monthLabel(plan.customerSinceDay);
  switch (plan.cohort) {
    case 'power_user':
    case 'emerging_promoter':
      return `${firmographics} Customer since ${since} on ${plan.plan ?? 'a trial'}; ARR ${money(plan.arr ?? 0)}, NPS ${plan.nps ?? 'n/a'}.`;
    case 'churner':
      return `${firmographics} Customer ${since} to ${plan.churnedDay === null ? '?' : monthLabel(plan.churnedDay)} on ${plan.plan ?? 'n/a'}; ARR was ${money(plan.arr ?? 0)}, last NPS ${plan.nps ?? 'n/a'}.`;
    case 'lost_deal':
      return `${firmographics} Prospect; ${plan.salesCycleDays}-day evaluation, closed lost.`;
  }
}

/** Account facts the interviewer might jot beside an answer. */
function asidesFor(plan: CompanyPlan, today: number): string[] {
  const stack = plan.techStack.join(', ');
  const integrations = plan.integrations ?? 0;
  switch (plan.cohort) {
    case 'power_user':
      return [
        `CRM check: closed in ${plan.salesCycleDays} days, ${integrations} integrations connected.`,
        `Runs ${plan.techStack.slice(0, 3).join(', ')}; the warehouse setup is what made it click.`,
      ];
    case 'emerging_promoter':
      return [
        `Customer for ${Math.max(1, Math.round((today - (plan.customerSinceDay ?? today)) / 30))} months only.`,
        `${integrations} integrations connected already (${stack}).`,
      ];
    case 'churner':
      return [
        `Only ${integrations} integration${integrations === 1 ? '' : 's'} ever connected.`,
        `Sales cycle was ${plan.salesCycleDays} days, long for their size.`,
        `Stack: ${stack}.`,
      ];
    case 'lost_deal':
      return [`Evaluation ran ${plan.salesCycleDays} days.`, `Stack: ${stack}.`];
  }
}

const CHANNEL_LABELS: Record<InterviewChannel, string> = {
  video: 'video call',
  phone: 'phone',
  in_person: 'in person',
  other: 'other',
};

function toHighlight(
  id: string,
  interview: Interview,
  quote: PlacedQuote,
  source: 'notes' | 'transcript',
  text: string,
  now: string,
): Highlight {
  return {
    id,
    createdAt: now,
    updatedAt: now,
    interviewId: interview.id,
    accountId: interview.accountId,
    codeIds: [...quote.codeIds],
    traitIds: [],
    anchor: {
      exact: text.slice(quote.start, quote.end),
      prefix: text.slice(Math.max(0, quote.start - 32), quote.start),
      suffix: text.slice(quote.end, quote.end + 32),
      start: quote.start,
      end: quote.end,
      source,
    },
    speaker: quote.speaker,
    comment: null,
  };
}

export function buildTour(
  rng: Random,
  accounts: readonly TourAccount[],
  today: number,
  now: string,
): { interviews: Interview[]; highlights: Highlight[] } {
  const interviews: Interview[] = [];
  const said: SaidVariants = new Map();
  const highlights: Highlight[] = [];

  planCalls(rng, accounts, today).forEach((call, index) => {
    const { plan } = call.account;
    const interviewer = rng.weighted(
      INTERVIEWERS.map((person, i) => [person, [40, 25, 35][i] ?? 1] as const),
    );
    const channel: InterviewChannel = call.recorded
      ? 'video'
      : rng.weighted<InterviewChannel>([
          ['video', 80],
          ['phone', 15],
          ['in_person', 5],
        ]);
    const others = call.account.contacts.filter(
      (c) => c.id !== call.interviewee.id && rng.chance(0.3),
    );
    const asPerson = (c: Contact) => ({
      name: c.name,
      firstName: c.name.split(' ')[0] ?? c.name,
      title: c.title,
    });
    const facts: CallFacts = {
      cohort: plan.cohort,
      company: plan.name,
      heading: `${COHORT_SINGULAR[plan.cohort]} interview · ${isoDay(call.day)} · ${CHANNEL_LABELS[channel]} · ${interviewerLabel(interviewer)}`,
      contextLine: contextLine(plan),
      interviewee: asPerson(call.interviewee),
      others: others.map(asPerson),
      interviewerName: interviewer.name,
      asides: asidesFor(plan, today),
    };
    const beats = scriptInterview(
      rng,
      quoteContext(rng, plan),
      {
        cohort: plan.cohort,
        story: plan.story,
        talkative: call.talkative,
        mentionsManualReporting: call.mentionsManualReporting,
      },
      said,
    );
    // Live-noted calls carry elapsed-time stamps and a start time; typed-up ones have neither.
    const stamped = !call.recorded && rng.chance(0.6);
    const rendered = call.recorded
      ? renderTranscript(rng, facts, beats)
      : { ...renderNotes(rng, facts, beats, stamped), segments: null };

    const interview: Interview = {
      id: `int-${String(index + 1).padStart(3, '0')}`,
      createdAt: now,
      updatedAt: now,
      accountId: call.account.id,
      contactIds: [call.interviewee.id, ...others.map((c) => c.id)],
      date: isoDay(call.day),
      interviewer: interviewerLabel(interviewer),
      guideId: guideIdFor(plan.cohort),
      channel,
      notes: rendered.notes,
      startedAt:
        call.recorded || stamped
          ? isoDateTime(call.day, rng.int(13, 17) * 60 + rng.pick([0, 30]))
          : null,
      transcript: rendered.segments,
      speakerMap: [],
      status: 'done',
      summary: null,
      askedQuestions: demoTicks(plan.cohort, index, isoDateTime(call.day, 18 * 60)),
    };
    interviews.push(interview);

    const source = rendered.segments ? 'transcript' : 'notes';
    const text = rendered.segments ? transcriptText(rendered.segments) : rendered.notes;
    for (const quote of rendered.quotes) {
      const id = `hl-${String(highlights.length + 1).padStart(3, '0')}`;
      highlights.push(toHighlight(id, interview, quote, source, text, now));
    }
  });

  return { interviews, highlights };
}

/**
 * The guide questions a demo call got through, so the Guides page shows coverage per question:
 * most of the guide, a different few left out per call (no random draw, so the rest of the
 * demo stays as it was). Typed up after the call, they link to no line.
 */
function demoTicks(cohort: Cohort, index: number, at: string): AskedQuestion[] {
  const guide = defaultGuideBank(at).guides.find((g) => g.id === guideIdFor(cohort));
  const ids = guide?.questionIds ?? [];
  const skipped = (n: number) => (n + index) % 4 === 3;
  return ids.filter((_, n) => !skipped(n)).map((questionId) => ({ questionId, at, anchor: null }));
}
