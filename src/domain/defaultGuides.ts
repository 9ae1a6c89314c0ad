import { COHORTS, COHORT_LABELS, type Cohort } from './schemas/cohort';
import type { Guide } from './schemas/guide';
import type { Question } from './schemas/question';
import { DEFAULT_PINS } from './guidePins';

/**
 * The question bank of DOMAIN.md §3. The method asks the same core questions of every cohort
 * (including customers believed not to fit), so answers can be compared side by side; each
 * cohort then gets the questions that draw out what it alone can teach.
 */
export const COMMON_QUESTIONS: readonly string[] = [
  'Tell me about your role and your team. What does a normal week look like?',
  'What problem were you trying to solve when you first looked at us, or at tools like us?',
  'How were you handling it before? What did that cost you in time, money or risk?',
  'Who else was involved in the decision, and who could have blocked it?',
  'What other options did you consider, including doing nothing?',
  'If you could change one thing about the product, what would it be?',
  'Is there anything I should have asked but didn’t?',
];

export const COHORT_QUESTIONS: Record<Cohort, readonly string[]> = {
  power_user: [
    'What pain made you start looking for a solution?',
    'Where did you first hear of us?',
    'What decided the purchase in the end?',
    'How effective has it been? How do you measure that?',
    'Which parts do you use most, and which would you miss most if they went away?',
    'What outcomes have you achieved since you started?',
    'Has usage spread beyond your team? Who else uses it now?',
  ],
  emerging_promoter: [
    'What triggered the purchase? What changed at the time?',
    'How long did it take to get first value, and what was that moment?',
    'Where did you first hear of us?',
    'What almost stopped you from buying?',
    'Who else in the company would benefit from it?',
  ],
  churner: [
    'Why did you decide to leave?',
    'What was missing? What did you need that we didn’t do?',
    'When did you first feel it wasn’t working?',
    'How were onboarding and support?',
    'What are you using now instead?',
    'What would bring you back?',
  ],
  lost_deal: [
    'Why did you choose the alternative, or to do nothing?',
    'Who was involved in the evaluation, and who blocked or slowed it?',
    'How was the decision made in the end: criteria, steps, sign-off?',
    'What did our sales process get right, and what did it get wrong?',
    'What would we have had to do to win?',
  ],
};

export const guideIdFor = (cohort: Cohort): string => `guide-${cohort}`;

/** The starter questions' texts in the order each cohort's guide asks them. */
function starterTexts(cohort: Cohort): readonly string[] {
  // Warm up with the shared role question, then the cohort's own questions, then the rest of
  // the shared core so every call ends on the same comparable ground.
  return [
    ...COMMON_QUESTIONS.slice(0, 1),
    ...COHORT_QUESTIONS[cohort],
    ...COMMON_QUESTIONS.slice(1),
  ];
}

/**
 * The starter guides and the bank questions they share: a text asked in several cohorts (the
 * core questions, "Where did you first hear of us?") is one question. Ids are stable
 * (`q-1`, `q-2`, … in order of first use) so the demo and a re-added starter agree.
 */
export function defaultGuideBank(now: string): { guides: Guide[]; questions: Question[] } {
  const byText = new Map<string, Question>();
  const idOf = (text: string): string => {
    let question = byText.get(text);
    if (!question) {
      question = { id: `q-${byText.size + 1}`, text, createdAt: now, updatedAt: now };
      byText.set(text, question);
    }
    return question.id;
  };
  const guides = COHORTS.map((cohort) => ({
    id: guideIdFor(cohort),
    createdAt: now,
    updatedAt: now,
    name: `${COHORT_LABELS[cohort]} interview guide`,
    cohort,
    questionIds: starterTexts(cohort).map(idOf),
    pinnedCodeIds: [...DEFAULT_PINS[cohort]],
  }));
  return { guides, questions: [...byText.values()] };
}
