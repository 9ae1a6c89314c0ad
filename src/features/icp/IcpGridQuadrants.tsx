import { groupByQuadrant, QUADRANT_PLACEMENT, type GridSegment } from '../../domain/icp/icpGrid';
import { plural } from '../../ui/format';

const percent = (v: number | null) => (v === null ? '—' : `${Math.round(v * 100)}%`);

/**
 * The ICP Grid as a 2×2: PMF rises upwards, GTM to the right (DOMAIN.md §5). Each quadrant is
 * a named region listing its segments and what to do about them; the page keeps the table too.
 */
export function IcpGridQuadrants({ segments }: { segments: readonly GridSegment[] }) {
  const { quadrants, unplaced } = groupByQuadrant(segments);
  return (
    <div className="icp-quadrants-frame">
      <p className="icp-axis icp-axis-pmf" aria-hidden="true">
        Product-market fit →
      </p>
      <div className="icp-quadrants">
        {quadrants.map(({ quadrant, advice, segments: members }) => {
          const place = QUADRANT_PLACEMENT[quadrant];
          return (
            <section
              key={quadrant}
              aria-label={`${quadrant}: ${plural(members.length, 'segment')}`}
              className={`icp-quadrant icp-quadrant-${quadrant.toLowerCase()}`}
            >
              <h4>
                {quadrant}{' '}
                <span className="icp-quadrant-place">
                  PMF {place.pmf} · GTM {place.gtm}
                </span>
              </h4>
              <p className="icp-quadrant-advice">{advice}</p>
              {members.length === 0 ? (
                <p className="icp-quadrant-empty">No segments here.</p>
              ) : (
                <ul className="icp-quadrant-segments">
                  {members.map((s) => (
                    <li key={s.label}>
                      <strong>{s.label}</strong>{' '}
                      <span className="icp-quadrant-figures">
                        {plural(s.accounts, 'account')} · PMF {percent(s.pmf)} · GTM{' '}
                        {percent(s.gtm)}
                        {s.quadrant !== s.scoredQuadrant && ' · too few accounts for Focus'}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
      <p className="icp-axis icp-axis-gtm" aria-hidden="true">
        Go-to-market fit →
      </p>
      {unplaced.length > 0 && (
        <p className="icp-quadrants-unplaced">
          Not placed, for lack of data on one axis: {unplaced.map((s) => s.label).join(', ')}.
        </p>
      )}
    </div>
  );
}
