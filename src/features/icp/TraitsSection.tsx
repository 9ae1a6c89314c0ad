import { describeRule, type TraitEvidence } from '../../domain/icp/scoring';
import type { Code } from '../../domain/schemas/code';
import type { Trait } from '../../domain/schemas/trait';
import { COMPONENT_LABELS, FIELD_LABELS, KIND_LABELS, signedWeight } from './icpLabels';

interface Props {
  traits: readonly Trait[];
  codes: readonly Code[];
  evidence: Readonly<Record<string, TraitEvidence>>;
  /**
   * Accounts each trait matches, by trait id (at sign-off for a frozen version); null for a
   * version signed off before matches were kept (today's count would pass for a signed-off
   * figure).
   */
  matches: ReadonlyMap<string, number> | null;
  /** Null when the traits can be edited, otherwise why not. */
  lockedReason: string | null;
  onAdd(): void;
  onAddFromCode(): void;
  onEdit(trait: Trait): void;
  onDelete(trait: Trait): void;
}

export function TraitsSection({
  traits,
  codes,
  evidence,
  matches,
  lockedReason,
  onAdd,
  onAddFromCode,
  onEdit,
  onDelete,
}: Props) {
  const codeNames = new Map(codes.map((c) => [c.id, c.name]));
  const codeName = (id: string) => codeNames.get(id) ?? 'a deleted code';
  const locked = lockedReason !== null;
  const ruleText = (trait: Trait) =>
    describeRule(trait.rule, codeName, (field) => FIELD_LABELS[field]);
  return (
    <section aria-labelledby="icp-traits-heading" className="icp-section">
      <div className="icp-section-header">
        <h2 id="icp-traits-heading">Traits</h2>
        <div className="header-actions">
          <button type="button" onClick={onAddFromCode} disabled={locked}>
            Add trait from code
          </button>
          <button type="button" className="primary" onClick={onAdd} disabled={locked}>
            Add trait
          </button>
        </div>
      </div>
      {lockedReason && <p className="icp-locked">{lockedReason}</p>}
      {traits.length === 0 ? (
        <p>No traits yet. Add one, or turn a code the power users share into a trait.</p>
      ) : (
        <div className="icp-table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Trait</th>
                <th scope="col">Component</th>
                <th scope="col">Kind</th>
                <th scope="col" className="num">
                  Weight
                </th>
                <th scope="col">Rule</th>
                {matches && (
                  <th scope="col" className="num">
                    Matches
                  </th>
                )}
                <th scope="col">{matches ? 'Evidence' : 'Evidence at sign-off'}</th>
                <th scope="col" className="icp-no-print">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {traits.map((trait) => {
                const e = evidence[trait.id] ?? { accounts: 0, quotes: 0 };
                return (
                  <tr key={trait.id}>
                    <th scope="row">{trait.name}</th>
                    <td>{COMPONENT_LABELS[trait.component]}</td>
                    <td>{KIND_LABELS[trait.kind]}</td>
                    <td className="num">{signedWeight(trait.weight)}</td>
                    <td className="icp-why">{ruleText(trait)}</td>
                    {matches && <td className="num">{matches.get(trait.id) ?? 0} accounts</td>}
                    <td>
                      {e.accounts} accounts · {e.quotes} quotes
                    </td>
                    <td className="icp-no-print">
                      <div className="icp-row-actions">
                        <button
                          type="button"
                          onClick={() => onEdit(trait)}
                          disabled={locked}
                          aria-label={`Edit ${trait.name}`}
                        >
                          Edit
                        </button>
                        <button
                          type="button"
                          className="danger"
                          onClick={() => onDelete(trait)}
                          disabled={locked}
                          aria-label={`Delete ${trait.name}`}
                        >
                          Delete
                        </button>
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
