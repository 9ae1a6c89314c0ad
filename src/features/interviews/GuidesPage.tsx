import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { usePageTitle } from '../../app/usePageTitle';
import { useCommand } from '../../app/useCommand';
import { useCommandContext } from '../../app/useCommandContext';
import {
  addStarterGuidesCommand,
  createGuideCommand,
  deleteGuideCommand,
  updateGuideCommand,
} from '../../commands/guideCommands';
import { listGuides, type GuideInput } from '../../db/guidesRepo';
import {
  createQuestionCommand,
  deleteQuestionCommand,
  updateQuestionCommand,
} from '../../commands/questionCommands';
import { listQuestions, loadQuestionCoverage } from '../../db/questionsRepo';
import { guideUsage, questionsOf } from '../../domain/questionBank';
import type { Question } from '../../domain/schemas/question';
import { COHORT_LABELS, COHORTS, type Cohort } from '../../domain/schemas/cohort';
import type { Guide } from '../../domain/schemas/guide';
import { EmptyState } from '../../ui/EmptyState';
import { plural } from '../../ui/format';
import { GuideCard } from './GuideCard';
import { GuideEditor } from './GuideEditor';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { InterviewsBreadcrumb } from './InterviewsBreadcrumb';
import { QuestionBankSection } from './QuestionBankSection';
import { QuestionEditor } from './QuestionEditor';

type Editing = { guide: Guide | null } | null;

const GROUPS: { cohort: Cohort | null; label: string }[] = [
  ...COHORTS.map((cohort) => ({ cohort, label: COHORT_LABELS[cohort] })),
  { cohort: null, label: 'Any cohort' },
];

export function GuidesPage() {
  usePageTitle('Interview guides');
  const ctx = useCommandContext();
  const { db } = ctx;
  const run = useCommand();
  const guides = useLiveQuery(() => listGuides(db), [db]);
  const [editing, setEditing] = useState<Editing>(null);
  const questions = useLiveQuery(() => listQuestions(db), [db]);
  const coverage = useLiveQuery(() => loadQuestionCoverage(db), [db]);
  const [editingQuestion, setEditingQuestion] = useState<{ question: Question | null } | null>(
    null,
  );
  const bank = new Map((questions ?? []).map((q) => [q.id, q]));
  const usage = guideUsage(guides ?? []);
  const [error, setError] = useState<string | null>(null);

  // The editor shows a failed save itself and stays open with what was typed.
  const save = async (input: GuideInput) => {
    if (editing?.guide) await updateGuideCommand(ctx, { id: editing.guide.id, input });
    else await createGuideCommand(ctx, input);
  };

  // The dialog shows a failed save itself; a success shows its toast with Undo.
  const saveQuestion = async (text: string) => {
    const question = editingQuestion?.question;
    const outcome = question
      ? updateQuestionCommand(ctx, { id: question.id, text })
      : createQuestionCommand(ctx, { text });
    await run(outcome, { failed: 'The question was not saved', throwErrors: true });
  };

  const removeQuestion = async (question: Question) => {
    setError(null);
    await run(deleteQuestionCommand(ctx, { id: question.id }), {
      failed: 'The question was not deleted',
      onFailed: setError,
    });
  };

  const remove = async (guide: Guide) => {
    setError(null);
    await run(deleteGuideCommand(ctx, guide), {
      failed: 'The guide was not deleted',
      onFailed: setError,
    });
  };

  const addStarters = async () => {
    setError(null);
    await run(addStarterGuidesCommand(ctx), {
      failed: 'The starter guides were not added',
      onFailed: setError,
    });
  };

  const missingCohorts = COHORTS.filter((c) => !guides?.some((g) => g.cohort === c));

  return (
    <section aria-labelledby="guides-heading">
      <InterviewsBreadcrumb />
      <PageHeader
        headingId="guides-heading"
        title="Interview guides"
        count={guides && plural(guides.length, 'guide')}
      >
        <div className="interview-list-actions">
          <button type="button" className="primary" onClick={() => setEditing({ guide: null })}>
            New guide
          </button>
        </div>
      </PageHeader>
      <p className="lede">
        Ask the same core questions in every cohort, including accounts you believe are not a fit,
        so the answers can be compared side by side. Each cohort’s guide adds what only it can
        teach.
      </p>
      <ErrorAlert message={error} />
      {guides === undefined ? (
        <p role="status">Loading guides…</p>
      ) : guides.length === 0 ? (
        <EmptyState title="No interview guides yet">
          <p>Start from the question bank for the four cohorts, then adapt it to your product.</p>
          <button type="button" className="primary" onClick={() => void addStarters()}>
            Add the starter guides
          </button>
        </EmptyState>
      ) : (
        <>
          {GROUPS.map(({ cohort, label }) => {
            const inGroup = guides.filter((g) => g.cohort === cohort);
            if (inGroup.length === 0 && cohort === null) return null;
            return (
              <section key={label} aria-label={label} className="interview-guide-group">
                <h2>{label}</h2>
                {inGroup.length === 0 ? (
                  <p className="field-hint">No guide for this cohort yet.</p>
                ) : (
                  <ul className="interview-guide-list">
                    {inGroup.map((guide) => (
                      <GuideCard
                        key={guide.id}
                        guide={guide}
                        questions={questionsOf(guide, bank)}
                        onEdit={() => setEditing({ guide })}
                        onDelete={() => void remove(guide)}
                      />
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
          {missingCohorts.length > 0 && (
            <p>
              <button type="button" onClick={() => void addStarters()}>
                Add the starter guides
              </button>{' '}
              <span className="field-hint">Adds the question bank’s guides that are missing.</span>
            </p>
          )}
        </>
      )}
      {questions && (
        <QuestionBankSection
          questions={questions}
          usage={usage}
          coverage={coverage}
          onEdit={(question) => setEditingQuestion({ question })}
          onDelete={(question) => void removeQuestion(question)}
          onAdd={() => setEditingQuestion({ question: null })}
        />
      )}
      {editing && (
        <GuideEditor
          guide={editing.guide}
          onSave={save}
          onClose={() => setEditing(null)}
          bank={questions ?? []}
          usage={usage}
        />
      )}
      {editingQuestion && (
        <QuestionEditor
          question={editingQuestion.question}
          usedIn={editingQuestion.question ? (usage.get(editingQuestion.question.id) ?? 0) : 0}
          onSave={saveQuestion}
          onClose={() => setEditingQuestion(null)}
        />
      )}
    </section>
  );
}
