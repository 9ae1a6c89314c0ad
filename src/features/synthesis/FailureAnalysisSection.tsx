import { lazy, Suspense, useMemo } from 'react';
import { Link } from 'react-router';
import { useWorkspaceDb } from '../../app/useWorkspace';
import { unmatchedReasons } from '../../domain/reasons/unmatchedReasons';
import { COHORT_LABELS } from '../../domain/schemas/cohort';
import { FAILURE_CATEGORIES } from '../../domain/schemas/deal';
import {
  failureAnalysis,
  type FailureCohortAnalysis,
} from '../../domain/synthesis/failureAnalysis';
import type { SynthesisFilters, SynthesisInput } from '../../domain/synthesis/synthesisInput';
import { DataTable, type Column } from '../../ui/DataTable';
import { formatCount, formatMoney, plural } from '../../ui/format';
import { CATEGORY_LABELS, FailureCategoryBlock } from './FailureCategoryBlock';
import { ReasonCatalogueSection } from './ReasonCatalogueSection';
import { accountHref, formatShare } from './synthesisFormat';
import { useReasonCatalogue } from './useReasonCatalogue';

const FailureChart = lazy(() => import('./FailureChart'));

const COHORT_COLUMNS: readonly Column<FailureCohortAnalysis>[] = [
  { header: 'Cohort', rowHeader: true, cell: (cohort) => COHORT_LABELS[cohort.cohort] },
  {
    header: 'With failure evidence',
    numeric: true,
    cell: (cohort) =>
      `${formatCount(cohort.accountsWithEvidence)} of ${formatCount(cohort.cohortAccounts)}`,
  },
  ...FAILURE_CATEGORIES.map((category): Column<FailureCohortAnalysis> => ({
    header: CATEGORY_LABELS[category],
    numeric: true,
    cell: (cohort) => {
      const found = cohort.categories.find((c) => c.category === category);
      return found ? `${formatCount(found.accounts)} (${formatShare(found.share)})` : '—';
    },
  })),
];

interface Props {
  input: SynthesisInput;
  filters: SynthesisFilters;
}

export function FailureAnalysisSection({ input, filters }: Props) {
  const { value: catalogue, save } = useReasonCatalogue(useWorkspaceDb());
  const analysis = useMemo(
    () => catalogue && failureAnalysis(input, filters, catalogue),
    [input, filters, catalogue],
  );
  const unmatched = useMemo(
    () => (analysis && catalogue ? unmatchedReasons(analysis, catalogue) : []),
    [analysis, catalogue],
  );
  if (!analysis || !catalogue) return <p role="status">Loading the reason catalogue…</p>;
  return (
    <section aria-labelledby="synthesis-failures-heading" className="synthesis-section">
      <h2 id="synthesis-failures-heading">Failure analysis</h2>
      <p className="lede">
        Why churners left and lost deals were lost, from coded quotes and the CRM loss categories
        together, counted by distinct accounts: a reason named by both counts its account once. The
        code-kind filter does not apply here.
      </p>
      <Suspense fallback={<p role="status">Loading chart…</p>}>
        <FailureChart cohorts={analysis.cohorts} />
      </Suspense>
      <DataTable
        className="synthesis-compact"
        caption="Accounts per failure category (an account can have several)"
        columns={COHORT_COLUMNS}
        rows={analysis.cohorts}
        rowKey={(cohort) => cohort.cohort}
      />

      <section aria-labelledby="synthesis-would-fit-heading" className="synthesis-would-fit">
        <h3 id="synthesis-would-fit-heading">Would fit once … ships</h3>
        {analysis.wouldFitOnceShips.length === 0 ? (
          <p>No account is held back by a missing capability.</p>
        ) : (
          <ul>
            {analysis.wouldFitOnceShips.map((gap) => (
              <li key={gap.key}>
                <strong>{gap.message}</strong> · {formatMoney(gap.arrAtStake)} at stake
                <ul className="synthesis-inline-list" aria-label={`Accounts: ${gap.label}`}>
                  {gap.accounts.map(({ account, cohort }) => (
                    <li key={account.id}>
                      <Link to={accountHref(account.id)}>{account.name}</Link> (
                      {COHORT_LABELS[cohort]})
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </section>

      <ReasonCatalogueSection catalogue={catalogue} unmatched={unmatched} save={save} />

      {analysis.cohorts.map((cohort) => (
        <section
          key={cohort.cohort}
          aria-labelledby={`synthesis-failure-${cohort.cohort}`}
          className="synthesis-failure-cohort"
        >
          <h3 id={`synthesis-failure-${cohort.cohort}`}>
            {COHORT_LABELS[cohort.cohort]}: {formatCount(cohort.accountsWithEvidence)} of{' '}
            {formatCount(cohort.cohortAccounts)} accounts with failure evidence
          </h3>
          <div className="synthesis-failure-grid">
            {cohort.categories.map((breakdown) => (
              <FailureCategoryBlock
                key={breakdown.category}
                breakdown={breakdown}
                cohortLabel={COHORT_LABELS[cohort.cohort].toLowerCase()}
              />
            ))}
          </div>
          {cohort.uncategorised.length > 0 && (
            <p className="synthesis-note">
              Loss reasons without a category:{' '}
              {cohort.uncategorised
                .map((reason) => `${reason.label} (${plural(reason.accounts, 'account')})`)
                .join('; ')}
              . Give these deals a loss category so they count.
            </p>
          )}
        </section>
      ))}
    </section>
  );
}
