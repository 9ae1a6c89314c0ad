import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { useWorkspaceDb } from '../../app/useWorkspace';
import { interviewerOptions, type SynthesisFilters } from '../../domain/synthesis/synthesisInput';
import { EmptyState } from '../../ui/EmptyState';
import { plural } from '../../ui/format';
import { EvidenceMatrixSection } from './EvidenceMatrixSection';
import { FailureAnalysisSection } from './FailureAnalysisSection';
import { FindingsSection } from './FindingsSection';
import { NumbersSection } from './NumbersSection';
import { SaturationSection } from './SaturationSection';
import { SynthesisFilterBar } from './SynthesisFilterBar';
import { SynthesisNav } from './SynthesisNav';
import { viewFromParam } from './synthesisViews';
import { TraitLiftSection } from './TraitLiftSection';
import { useFindings, useSynthesisInput, useTraits } from './useSynthesisInput';
import { PageHeader } from '../../ui/PageHeader';

const NO_FILTERS: SynthesisFilters = {};

export function SynthesisPage() {
  usePageTitle('Synthesis');
  const db = useWorkspaceDb();
  const [params] = useSearchParams();
  const view = viewFromParam(params.get('view'));
  const input = useSynthesisInput(db);
  const findings = useFindings(db);
  const traits = useTraits(db);
  // One set of filters for every evidence section, so switching sections keeps the same slice.
  const [filters, setFilters] = useState<SynthesisFilters>(NO_FILTERS);
  const interviewers = useMemo(() => (input ? interviewerOptions(input.interviews) : []), [input]);

  return (
    <section aria-labelledby="synthesis-heading" className="synthesis-page">
      <PageHeader
        headingId="synthesis-heading"
        title="Synthesis"
        count={
          input &&
          `${plural(input.highlights.length, 'quote')} · ${plural(input.interviews.length, 'interview')} · ${plural(input.accounts.length, 'account')}`
        }
      />
      <SynthesisNav current={view} />
      {!input || !findings || !traits ? (
        <p role="status">Loading the evidence…</p>
      ) : input.highlights.length === 0 && view !== 'lift' ? (
        <EmptyState title="No coded quotes yet">
          <p>
            Synthesis counts coded quotes by account and cohort. Interview a few accounts and code
            what they said, then come back.
          </p>
        </EmptyState>
      ) : (
        <div className="synthesis-view">
          {view !== 'findings' && (
            <SynthesisFilterBar
              filters={filters}
              interviewers={interviewers}
              traits={traits}
              onChange={setFilters}
            />
          )}
          {view === 'matrix' && (
            <EvidenceMatrixSection input={input} filters={filters} findings={findings} />
          )}
          {view === 'failures' && <FailureAnalysisSection input={input} filters={filters} />}
          {view === 'numbers' && <NumbersSection input={input} filters={filters} />}
          {view === 'lift' && <TraitLiftSection input={input} filters={filters} />}
          {view === 'saturation' && <SaturationSection input={input} filters={filters} />}
          {view === 'findings' && <FindingsSection input={input} findings={findings} />}
        </div>
      )}
    </section>
  );
}
