import type { TraitEvidence } from '../../domain/icp/scoring';
import type { Account } from '../../domain/schemas/account';
import type { Highlight } from '../../domain/schemas/highlight';
import type { Trait } from '../../domain/schemas/trait';
import { strongestQuotes } from '../../export/icpMarkdown';
import { KIND_LABELS, signedWeight } from './icpLabels';

interface Props {
  traits: readonly Trait[];
  evidence: Readonly<Record<string, TraitEvidence>>;
  highlights: readonly Highlight[];
  accounts: readonly Account[];
}

/** Review walks every trait with the quotes behind it, so reviewers judge evidence, not claims. */
export function ReviewSection({ traits, evidence, highlights, accounts }: Props) {
  const byId = new Map(accounts.map((a) => [a.id, a]));
  return (
    <section aria-labelledby="icp-review-heading" className="icp-review">
      <h3 id="icp-review-heading">Review the evidence</h3>
      {traits.length === 0 && <p>This version has no traits.</p>}
      <ol className="icp-review-list">
        {traits.map((trait) => {
          const e = evidence[trait.id] ?? { accounts: 0, quotes: 0 };
          const quotes = strongestQuotes(trait, highlights, byId);
          return (
            <li key={trait.id}>
              <h4>
                {trait.name} ({signedWeight(trait.weight)}, {KIND_LABELS[trait.kind]})
              </h4>
              <p className="field-hint">
                {e.accounts} accounts · {e.quotes} quotes
              </p>
              {quotes.length === 0 ? (
                <p>No quotes linked: this trait rests on account data alone.</p>
              ) : (
                quotes.map((q, i) => (
                  <blockquote key={i} className="icp-quote">
                    <p>“{q.text}”</p>
                    <footer>— {q.account?.name ?? 'Unknown account'}</footer>
                  </blockquote>
                ))
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
