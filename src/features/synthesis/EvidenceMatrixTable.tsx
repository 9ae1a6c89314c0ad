import { memo } from 'react';
import type { CohortKey } from '../../domain/cohortOverview';
import type { MatrixColumn, MatrixGroup } from '../../domain/synthesis/evidenceMatrix';
import { formatCount } from '../../ui/format';
import { newTraitFromCodeHref } from '../../domain/icp/newTraitLink';
import { MakeTraitLink } from './MakeTraitLink';
import { cohortLabel, formatShare } from './synthesisFormat';

interface Props {
  columns: readonly MatrixColumn[];
  groups: readonly MatrixGroup[];
  /** A recompute for new filters is under way: the figures shown are the previous ones. */
  pending: boolean;
  onOpen(codeId: string, cohort: CohortKey): void;
}

/** Five steps of shade are enough to see a concentration and keep text contrast predictable. */
function shadeClass(share: number | null): string {
  if (share === null) return 'synthesis-shade-none';
  return `synthesis-shade-${Math.ceil(share * 5)}`;
}

/**
 * Memoised and built from plain elements: with 60 codes the table has 300 cell buttons, and
 * opening a cell's quotes must not re-render them all.
 */
export const EvidenceMatrixTable = memo(function EvidenceMatrixTable({
  columns,
  groups,
  pending,
  onOpen,
}: Props) {
  return (
    <div className="table-wrap synthesis-matrix-wrap" aria-busy={pending || undefined}>
      <table className="data-table synthesis-matrix">
        <caption>
          Distinct accounts with at least one quote for each code, and their share of the
          cohort&apos;s interviewed accounts. Choose a cell to read its quotes.
        </caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            {columns.map((column) => (
              <th scope="col" key={column.cohort} className="num">
                {cohortLabel(column.cohort)}
                <span className="synthesis-n">
                  {formatCount(column.interviewedAccounts)} interviewed
                </span>
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">ICP trait</span>
            </th>
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.kind}>
            <tr className="synthesis-kind-row">
              <th scope="colgroup" colSpan={columns.length + 2}>
                {group.label}
              </th>
            </tr>
            {group.rows.map((row) => (
              <tr key={row.code.id}>
                <th scope="row">{row.code.name}</th>
                {columns.map((column) => {
                  const cell = row.cells[column.cohort];
                  // The name holds the visible figures (speech input users say what they see),
                  // with the code, cohort and base around them for screen reader users.
                  const base =
                    column.interviewedAccounts === 0
                      ? 'no accounts interviewed'
                      : `${cell.accounts} of ${column.interviewedAccounts} accounts`;
                  return (
                    <td key={column.cohort} className={`num ${shadeClass(cell.share)}`}>
                      <button
                        type="button"
                        className="synthesis-cell"
                        disabled={cell.quotes === 0}
                        onClick={() => onOpen(row.code.id, column.cohort)}
                      >
                        <span className="visually-hidden">
                          {row.code.name}, {cohortLabel(column.cohort)}:{' '}
                        </span>
                        {cell.accounts} · {formatShare(cell.share)}
                        <span className="visually-hidden"> ({base})</span>
                      </button>
                    </td>
                  );
                })}
                <td>
                  <MakeTraitLink to={newTraitFromCodeHref(row.code.id)} from={row.code.name} />
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
});
