import { useMemo, useState } from 'react';
import { usePageTitle } from '../../app/usePageTitle';
import { useWorkspaceDb } from '../../app/useWorkspace';
import type { Code } from '../../domain/schemas/code';
import { plural } from '../../ui/format';
import { CodeDialog } from './CodeDialog';
import { CodebookGroupSection } from './CodebookGroupSection';
import { groupCodebook } from './codebookGroups';
import { MergeCodeDialog } from './MergeCodeDialog';
import { PinToGuideDialog } from './PinToGuideDialog';
import { useCodebook } from './useCodebook';
import { PageHeader } from '../../ui/PageHeader';

export function CodebookPage() {
  usePageTitle('Codebook');
  const db = useWorkspaceDb();
  const { codes, usage, guides, save, remove, merge, pin } = useCodebook(db);
  const [editing, setEditing] = useState<Code | 'new' | null>(null);
  const [merging, setMerging] = useState<Code | null>(null);
  const [pinning, setPinning] = useState<Code | null>(null);
  const groups = useMemo(() => groupCodebook(codes ?? []), [codes]);
  const counts = usage ?? new Map();

  return (
    <section aria-labelledby="codebook-heading" className="codebook-page">
      <PageHeader
        headingId="codebook-heading"
        title="Codebook"
        count={codes && plural(codes.length, 'code')}
      >
        <div className="header-actions">
          <button type="button" className="primary" onClick={() => setEditing('new')}>
            New code
          </button>
        </div>
      </PageHeader>
      <p className="lede">
        The codes quotes are tagged with, by kind. Counts are distinct accounts as well as quotes:
        ten quotes from one talkative customer are one voice.
      </p>
      {codes === undefined ? (
        <p role="status">Loading the codebook…</p>
      ) : (
        groups.map((group) => (
          <CodebookGroupSection
            key={group.id}
            group={group}
            usage={counts}
            onEdit={setEditing}
            onMerge={setMerging}
            onPin={setPinning}
            onDelete={(code) => void remove(code)}
          />
        ))
      )}
      {editing && codes && (
        <CodeDialog
          code={editing === 'new' ? null : editing}
          codes={codes}
          onSave={(details) => save(editing === 'new' ? null : editing, details)}
          onClose={() => setEditing(null)}
        />
      )}
      {merging && codes && (
        <MergeCodeDialog
          source={merging}
          codes={codes}
          usage={counts.get(merging.id)}
          onMerge={(targetId) => merge(merging, targetId)}
          onClose={() => setMerging(null)}
        />
      )}
      {pinning && codes && guides && (
        <PinToGuideDialog
          code={pinning}
          codes={codes}
          guides={guides}
          onPin={(guideId, slot) => pin(pinning, guideId, slot)}
          onClose={() => setPinning(null)}
        />
      )}
    </section>
  );
}
