import { DEAL_STAGES } from '../../../domain/schemas/deal';
import type { DealImportReview } from '../../../import/csv/importPipeline';
import { DEFAULT_STAGE_RULES } from '../../../import/csv/validateRows';
import { formatCount, plural } from '../../../ui/format';

const STAGE_LABELS = { won: 'Won', lost: 'Lost', open: 'Open' } as const;
const NAMES_SHOWN = 12;

/** What the deals link to: stage outcomes, and the accounts the import will have to create. */
export function ImportDealOverview({ review }: { review: DealImportReview }) {
  const counts = DEAL_STAGES.map(
    (stage) => [stage, review.drafts.filter((d) => d.deal.stage === stage).length] as const,
  );
  const { newAccounts } = review;
  return (
    <section className="import-section" aria-labelledby="import-deals-heading">
      <h4 id="import-deals-heading">Deals</h4>
      <p>
        {counts.map(([stage, n]) => `${STAGE_LABELS[stage]} ${formatCount(n)}`).join(' · ')}.{' '}
        {DEFAULT_STAGE_RULES.won.join(', ')} counts as won, {DEFAULT_STAGE_RULES.lost.join(', ')} as
        lost, every other stage as open.
      </p>
      {newAccounts.length === 0 ? (
        <p>Every deal links to an account already in this workspace.</p>
      ) : (
        <>
          <p>
            {plural(newAccounts.length, 'account')} named by deals{' '}
            {newAccounts.length === 1 ? 'is' : 'are'} not in this workspace and will be created with
            just a name and domain:
          </p>
          <ul className="import-new-accounts">
            {newAccounts.slice(0, NAMES_SHOWN).map((account) => (
              <li key={`${account.name}|${account.domain ?? ''}`}>
                {account.name}
                {account.domain && <span className="import-muted"> ({account.domain})</span>}
              </li>
            ))}
            {newAccounts.length > NAMES_SHOWN && (
              <li className="import-muted">
                …and {formatCount(newAccounts.length - NAMES_SHOWN)} more
              </li>
            )}
          </ul>
        </>
      )}
    </section>
  );
}
