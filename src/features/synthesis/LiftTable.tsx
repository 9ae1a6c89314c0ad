import type { GroupShare, Lift } from '../../domain/synthesis/traitLift';
import { DataTable, type Column } from '../../ui/DataTable';
import { formatCount } from '../../ui/format';
import { MakeTraitLink } from './MakeTraitLink';
import { formatInterval, formatShare } from './synthesisFormat';

export interface LiftTableRow {
  key: string;
  label: string;
  lift: Lift;
  /** The ICP page's New trait dialog, prefilled from this row. */
  traitHref: string;
}

interface Props {
  caption: string;
  rowHeader: string;
  rows: readonly LiftTableRow[];
}

const twoDecimals = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

function share(group: GroupShare): string {
  return `${formatCount(group.k)}/${formatCount(group.n)} (${formatShare(group.share)})`;
}

function liftText(lift: Lift): string {
  if (lift.onlyInPowerUsers) return 'Only in power users';
  return lift.lift === null ? '—' : `${twoDecimals.format(lift.lift)}×`;
}

const COLUMNS: readonly Column<LiftTableRow>[] = [
  { header: 'Power users', numeric: true, cell: ({ lift }) => share(lift.powerUsers) },
  { header: '95% CI', numeric: true, cell: ({ lift }) => formatInterval(lift.powerUsers.ci) },
  { header: 'Churners and lost deals', numeric: true, cell: ({ lift }) => share(lift.comparison) },
  { header: '95% CI', numeric: true, cell: ({ lift }) => formatInterval(lift.comparison.ci) },
  { header: 'Lift', numeric: true, cell: ({ lift }) => liftText(lift) },
  {
    header: 'Sample',
    cell: ({ lift }) => (
      <>
        {lift.tooFew && (
          <span className="synthesis-flag-tag">
            Too few: {formatCount(lift.accounts)} of 5 accounts
          </span>
        )}{' '}
        {lift.smallSample && <span className="synthesis-flag-tag">Small sample</span>}
        {!lift.tooFew && !lift.smallSample && 'n ≥ 5 in both'}
      </>
    ),
  },
  {
    header: <span className="visually-hidden">ICP trait</span>,
    cell: ({ label, traitHref }) => <MakeTraitLink to={traitHref} from={label} />,
  },
];

export function LiftTable({ caption, rowHeader, rows }: Props) {
  return (
    <DataTable
      className="synthesis-compact synthesis-lift"
      caption={caption}
      columns={[{ header: rowHeader, rowHeader: true, cell: (row) => row.label }, ...COLUMNS]}
      rows={rows}
      rowKey={(row) => row.key}
      rowClassName={({ lift }) => (lift.smallSample || lift.tooFew ? 'synthesis-small' : undefined)}
    />
  );
}
