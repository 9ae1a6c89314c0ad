import type { Highlight } from '../domain/schemas/highlight';
import type { Interview } from '../domain/schemas/interview';
import { mayBeScheduled, type SynthesisInput } from '../domain/synthesis/synthesisInput';
import type { WorkspaceDb } from './schema';

/**
 * Only the quotes of planned, empty interviews: a quote there is what shows such a call took
 * place, and reading every quote of a large workspace to find those few would be wasted.
 */
async function quotesDecidingHeld(db: WorkspaceDb, interviews: readonly Interview[]) {
  const ids = interviews.filter(mayBeScheduled).map((interview) => interview.id);
  return ids.length === 0 ? [] : db.highlights.where('interviewId').anyOf(ids).toArray();
}

export interface InterviewCoverageInput {
  interviews: Interview[];
  highlights: Highlight[];
}

/** What accountInterviews needs besides the accounts, read in one transaction. */
export async function getInterviewCoverageInput(db: WorkspaceDb): Promise<InterviewCoverageInput> {
  return db.transaction('r', [db.interviews, db.highlights], async () => {
    const interviews = await db.interviews.toArray();
    return { interviews, highlights: await quotesDecidingHeld(db, interviews) };
  });
}

/** What tourPlan reads: no codes, and only the quotes that decide whether a call was held. */
export async function getTourPlanInput(db: WorkspaceDb): Promise<SynthesisInput> {
  return db.transaction('r', [db.accounts, db.deals, db.interviews, db.highlights], async () => {
    const [accounts, deals, interviews] = await Promise.all([
      db.accounts.toArray(),
      db.deals.toArray(),
      db.interviews.toArray(),
    ]);
    return {
      accounts,
      deals,
      interviews,
      highlights: await quotesDecidingHeld(db, interviews),
      codes: [],
    };
  });
}
