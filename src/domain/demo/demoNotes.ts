import type { Random } from '../seededRandom';
import type { Cohort } from '../schemas/cohort';
import type { TranscriptSegment } from '../schemas/interview';
import { transcriptSegmentOffsets } from '../transcriptText';
import type { Beat, PlannedQuote } from './demoScripts';

/**
 * Lays a scripted call out as an interviewer's notes or as a transcript, and remembers where
 * every quote landed so highlights can anchor to the exact characters.
 */
export interface PlacedQuote {
  start: number;
  end: number;
  codeIds: readonly string[];
  speaker: string;
}

export interface Person {
  name: string;
  firstName: string;
  title: string | null;
}

export interface CallFacts {
  cohort: Cohort;
  company: string;
  heading: string;
  /** One line of account context (industry, size, numbers) so each note reads as its own call. */
  contextLine: string;
  interviewee: Person;
  others: readonly Person[];
  interviewerName: string;
  /** Facts the interviewer's asides can mention. */
  asides: readonly string[];
}

/** Appends text and records the offsets of the quotes inside it. */
class SpanText {
  private readonly chunks: string[] = [];
  private length = 0;
  readonly quotes: { start: number; end: number; quote: PlannedQuote }[] = [];

  add(text: string): this {
    this.chunks.push(text);
    this.length += text.length;
    return this;
  }

  addQuote(quote: PlannedQuote): this {
    const start = this.length;
    this.add(quote.text);
    this.quotes.push({ start, end: this.length, quote });
    return this;
  }

  toString(): string {
    return this.chunks.join('');
  }
}

const LEADS = [
  'Answered straight away.',
  'Took a moment before answering.',
  'Laughed a little at this one.',
  'Pulled up an old spreadsheet to show me.',
  'Got noticeably more animated here.',
  'Hesitated, then:',
  'Very specific on this:',
];

const FOLLOW_ONS = ['Later:', 'Came back to it:', 'Also:', 'And then:'];

const ASIDES: Record<Cohort, readonly string[]> = {
  power_user: [
    'Strong emotion on this one. Probably the main reason they bought.',
    'Heard this on other power-user calls too.',
    'Would happily be a reference, offered without asking.',
    'Asked whether we could share anonymised benchmarks.',
  ],
  emerging_promoter: [
    'Still early, but already referring peers.',
    'Sounds a lot like our power users did in year one.',
    'Smaller team than our core, same enthusiasm.',
  ],
  churner: [
    'No hard feelings; calm and specific.',
    'Would take a call once it ships.',
    'Check whether CS flagged this before the renewal.',
  ],
  lost_deal: [
    "The rep's closed-lost note tells a shorter story; follow up.",
    'Open to a second look next year.',
    'Worth sharing with the deal desk as is.',
  ],
};

const NEXT_STEPS: Record<Cohort, readonly string[]> = {
  power_user: [
    'Ask for a case study.',
    'Intro to their finance lead for the forecasting use case.',
    'Invite to the forecasting beta.',
  ],
  emerging_promoter: [
    'Invite to the customer advisory board.',
    'Check in after their next QBR.',
    'Share the expansion playbook.',
  ],
  churner: [
    'Add to the roadmap notify list.',
    'Send a thank-you note and gift card.',
    'Share with CS leadership at the Monday sync.',
  ],
  lost_deal: [
    'Pass the feedback to the deal desk.',
    'Revisit next fiscal year.',
    'Share with security and sales ops.',
  ],
};

const stamp = (seconds: number) =>
  `[${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}]`;

const describe = (person: Person) =>
  person.title ? `${person.name} (${person.title})` : person.name;

function header(facts: CallFacts, text: SpanText): void {
  text.add(`${facts.company}: ${facts.heading}\n`);
  text.add(`With: ${[facts.interviewee, ...facts.others].map(describe).join(', ')}\n`);
  text.add(`${facts.contextLine}\n`);
}

/** Asides mix cohort colour with this account's own numbers, each used at most once. */
function createAsides(rng: Random, facts: CallFacts): () => string | null {
  const pool = rng.shuffle([...ASIDES[facts.cohort], ...facts.asides]);
  return () => (rng.chance(0.45) ? (pool.pop() ?? null) : null);
}

export function renderNotes(
  rng: Random,
  facts: CallFacts,
  beats: readonly Beat[],
  stamped: boolean,
): { notes: string; quotes: PlacedQuote[] } {
  const text = new SpanText();
  const aside = createAsides(rng, facts);
  const first = facts.interviewee.firstName;
  header(facts, text);

  let seconds = rng.int(30, 150);
  for (const beat of beats) {
    text.add(`\n${stamped ? `${stamp(seconds)} ` : ''}${beat.topic}\n`);
    seconds += rng.int(70, 260);
    if (rng.chance(0.3)) text.add(`${rng.pick(LEADS)}\n`);
    beat.quotes.forEach((quote, index) => {
      text.add(index === 0 ? `${first}: "` : `${rng.pick(FOLLOW_ONS)} "`);
      text.addQuote(quote);
      text.add('"\n');
    });
    const note = aside();
    if (note) text.add(`${note}\n`);
  }
  text.add(`\nNext steps: ${rng.pick(NEXT_STEPS[facts.cohort])}\n`);

  return {
    notes: text.toString(),
    quotes: text.quotes.map(({ start, end, quote }) => ({
      start,
      end,
      codeIds: quote.codeIds,
      speaker: facts.interviewee.name,
    })),
  };
}

const OPENERS = ['Yeah, so. ', 'Good question. ', 'Hm. ', 'Honestly? ', '', '', ''];
const CLOSERS = [" That's really it.", ' If that makes sense.', '', '', ''];

/**
 * A recorded call: the interviewer asks each beat's question, the interviewee answers with the
 * quote wrapped in a little spoken filler. Quote offsets point into transcriptText(segments).
 */
export function renderTranscript(
  rng: Random,
  facts: CallFacts,
  beats: readonly Beat[],
): { notes: string; segments: TranscriptSegment[]; quotes: PlacedQuote[] } {
  const lines: { speaker: string; text: SpanText }[] = [];
  const interviewer = facts.interviewerName;
  const interviewee = facts.interviewee;
  const say = (speaker: string, text: string) =>
    lines.push({ speaker, text: new SpanText().add(text) });
  const answer = (quote: PlannedQuote) => {
    const text = new SpanText().add(rng.pick(OPENERS)).addQuote(quote).add(rng.pick(CLOSERS));
    lines.push({ speaker: interviewee.name, text });
  };

  say(
    interviewer,
    `Thanks for making the time, ${interviewee.firstName}. This is a listening call, no pitch: I just want to understand how things went. Is it OK if I record?`,
  );
  say(interviewee.name, rng.pick(['Sure, go ahead.', "Yes, that's fine.", 'Of course.']));
  say(interviewer, 'Great. Could you start by telling me about your role and your team?');
  say(
    interviewee.name,
    `I'm ${interviewee.title ? `the ${interviewee.title}` : 'on the customer side'} at ${facts.company}. ${rng.pick(['I own most of what happens after the sale.', 'Renewals and the health of the book land on my desk.', 'I spend most of my week with customers and the numbers about them.'])}`,
  );
  for (const beat of beats) {
    beat.quotes.forEach((quote, index) => {
      say(
        interviewer,
        index === 0
          ? beat.ask
          : rng.pick(['Can you say more about that?', 'Say more?', 'Why do you think that was?']),
      );
      answer(quote);
    });
  }
  say(interviewer, 'Is there anything I should have asked but didn’t?');
  say(
    interviewee.name,
    rng.pick([
      'No, I think that covers it.',
      'Not really. Good luck with it.',
      'I think you got it all.',
    ]),
  );
  say(interviewer, 'Thank you, this was really useful.');

  const segments: TranscriptSegment[] = [];
  let clock = rng.int(500, 3000);
  for (const { speaker, text } of lines) {
    const body = text.toString();
    // Roughly conversational pace: ~15 characters a second plus a breath.
    const duration = body.length * rng.int(55, 75) + 400;
    segments.push({ speaker, startMs: clock, endMs: clock + duration, text: body });
    clock += duration + rng.int(200, 1500);
  }

  const offsets = transcriptSegmentOffsets(segments);
  const quotes: PlacedQuote[] = lines.flatMap(({ speaker, text }, index) =>
    text.quotes.map(({ start, end, quote }) => ({
      start: start + (offsets[index] ?? 0),
      end: end + (offsets[index] ?? 0),
      codeIds: quote.codeIds,
      speaker,
    })),
  );

  const notes = new SpanText();
  header(facts, notes);
  notes.add('\nRecorded call; the transcript is attached.\n');
  notes.add(`Covered: ${beats.map((beat) => beat.topic.toLowerCase()).join('; ')}.\n`);
  notes.add(`\nNext steps: ${rng.pick(NEXT_STEPS[facts.cohort])}\n`);

  return { notes: notes.toString(), segments, quotes };
}
