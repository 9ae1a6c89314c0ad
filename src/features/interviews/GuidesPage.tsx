import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { usePageTitle } from '../../app/usePageTitle';
import { useWorkspaceDb } from '../../app/useWorkspace';
import {
  addStarterGuides,
  createGuide,
  deleteGuide,
  listGuides,
  restoreGuide,
  updateGuide,
} from '../../db/guidesRepo';
import { nowIso } from '../../db/workspaceRegistry';
import { COHORT_LABELS, COHORTS, type Cohort } from '../../domain/schemas/cohort';
import type { Guide } from '../../domain/schemas/guide';
import { EmptyState } from '../../ui/EmptyState';
import { plural } from '../../ui/format';
import { useToast } from '../../ui/toastContext';
import { GuideCard } from './GuideCard';
import { GuideEditor } from './GuideEditor';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { InterviewsBreadcrumb } from './InterviewsBreadcrumb';

type Editing = { guide: Guide | null } | null;

const GROUPS: { cohort: Cohort | null; label: string }[] = [
  ...COHORTS.map((cohort) => ({ cohort, label: COHORT_LABELS[cohort] })),
  { cohort: null, label: 'Any cohort' },
];

export function GuidesPage() {
  usePageTitle('Interview guides');
  const db = useWorkspaceDb();
  const toast = useToast();
  const guides = useLiveQuery(() => listGuides(db), [db]);
  const [editing, setEditing] = useState<Editing>(null);
  const [error, setError] = useState<string | null>(null);

  const save = async (input: Parameters<typeof createGuide>[1]) => {
    if (editing?.guide) await updateGuide(db, editing.guide.id, input, nowIso());
    else await createGuide(db, input, nowIso());
  };

  const remove = async (guide: Guide) => {
    setError(null);
    try {
      const removed = await deleteGuide(db, guide.id);
      if (removed) {
        toast({
          message: `Deleted “${removed.name}”`,
          action: { label: 'Undo', run: () => restoreGuide(db, removed) },
        });
      }
    } catch (e) {
      setError(`The guide was not deleted: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const addStarters = async () => {
    setError(null);
    try {
      const added = await addStarterGuides(db, nowIso());
      toast({ message: `Added ${plural(added, 'starter guide')}` });
    } catch (e) {
      setError(`The starter guides were not added: ${e instanceof Error ? e.message : String(e)}`);
    }
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
      {editing && (
        <GuideEditor guide={editing.guide} onSave={save} onClose={() => setEditing(null)} />
      )}
    </section>
  );
}
