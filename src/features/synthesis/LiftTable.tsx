import type { GroupShare, Lift } from '../../domain/synthesis/traitLift';
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

export function LiftTable({ caption, rowHeader, rows }: Props) {
  return (
    <div className="table-wrap">
      <table className="data-table synthesis-compact synthesis-lift">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            <th scope="col" className="num">
              Power users
            </th>
            <th scope="col" className="num">
              95% CI
            </th>
            <th scope="col" className="num">
              Churners and lost deals
            </th>
            <th scope="col" className="num">
              95% CI
            </th>
            <th scope="col" className="num">
              Lift
            </th>
            <th scope="col">Sample</th>
            <th scope="col">
              <span className="visually-hidden">ICP trait</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, label, lift, traitHref }) => (
            <tr
              key={key}
              className={lift.smallSample || lift.tooFew ? 'synthesis-small' : undefined}
            >
              <th scope="row">{label}</th>
              <td className="num">{share(lift.powerUsers)}</td>
              <td className="num">{formatInterval(lift.powerUsers.ci)}</td>
              <td className="num">{share(lift.comparison)}</td>
              <td className="num">{formatInterval(lift.comparison.ci)}</td>
              <td className="num">{liftText(lift)}</td>
              <td>
                {lift.tooFew && (
                  <span className="synthesis-flag-tag">
                    Too few: {formatCount(lift.accounts)} of 5 accounts
                  </span>
                )}{' '}
                {lift.smallSample && <span className="synthesis-flag-tag">Small sample</span>}
                {!lift.tooFew && !lift.smallSample && 'n ≥ 5 in both'}
              </td>
              <td>
                <MakeTraitLink to={traitHref} from={label} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
