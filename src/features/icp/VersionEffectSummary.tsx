import type { QuadrantMove } from '../../domain/icp/gridChanges';
import type { AccountsEffect, EvidenceAdded } from '../../domain/icp/versionEffect';
import { TIER_LABELS } from '../../domain/icp/versionEffect';
import { signedWeight } from './icpLabels';

interface Props {
  effect: AccountsEffect;
  /** Separation each version was signed off with, where both were. */
  signedOff: { from: number; to: number } | null;
  evidence: EvidenceAdded;
  fromLabel: string;
  /** Industries the other version's grid weights place in another quadrant. */
  quadrantMoves: readonly QuadrantMove[];
}

const auc = (value: number | null) => (value === null ? 'not enough data' : value.toFixed(2));
const score = (value: number) => (value === 0 ? '0' : signedWeight(value));

/** What the change does to the accounts, so the diff is judged by its effect, not its wording. */
export function VersionEffectSummary({
  effect,
  signedOff,
  evidence,
  fromLabel,
  quadrantMoves,
}: Props) {
  const { separationBefore: before, separationAfter: after, moved } = effect;
  const change = before !== null && after !== null ? after - before : null;
  return (
    <div className="icp-diff-effect">
      <h3>Effect on accounts</h3>
      <p>
        Separation on today’s accounts: {auc(before)} → {auc(after)}
        {change !== null && ` (${change >= 0 ? '+' : ''}${change.toFixed(2)})`}
      </p>
      {signedOff && (
        <p className="field-hint">
          As signed off: {signedOff.from.toFixed(2)} → {signedOff.to.toFixed(2)}
        </p>
      )}
      <p>
        Evidence added since {fromLabel}: {evidence.accounts} accounts, {evidence.interviews}{' '}
        interviews, {evidence.quotes} quotes.
      </p>
      {moved.length === 0 ? (
        <p>No account changes tier.</p>
      ) : (
        <>
          <p>
            {moved.length} {moved.length === 1 ? 'account changes' : 'accounts change'} tier (fit
            scores above 0, no fit 0 or below, excluded when a disqualifier matches):
          </p>
          <ul aria-label="Accounts that change tier">
            {moved.map((m) => (
              <li key={m.accountId}>
                {m.name}: {TIER_LABELS[m.from]}, {score(m.scoreFrom)} → {TIER_LABELS[m.to]},{' '}
                {score(m.scoreTo)}
              </li>
            ))}
          </ul>
        </>
      )}
      {quadrantMoves.length > 0 && (
        <>
          <p>
            {quadrantMoves.length}{' '}
            {quadrantMoves.length === 1 ? 'industry moves' : 'industries move'} quadrant on the ICP
            Grid:
          </p>
          <ul aria-label="Segments that change quadrant">
            {quadrantMoves.map((m) => (
              <li key={m.label}>
                {m.label} ({m.accounts} accounts): {m.from ?? 'not placed'} → {m.to ?? 'not placed'}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
