import { describeRule, type TraitEvidence } from '../../domain/icp/scoring';
import type { Code } from '../../domain/schemas/code';
import type { Trait } from '../../domain/schemas/trait';
import { DataTable, type Column } from '../../ui/DataTable';
import { EditDeleteButtons } from '../../ui/EditDeleteButtons';
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
  // A version signed off before matches were kept has no count to show, so no column.
  const matchesColumn: Column<Trait>[] = matches
    ? [{ header: 'Matches', numeric: true, cell: (t) => `${matches.get(t.id) ?? 0} accounts` }]
    : [];
  const columns: Column<Trait>[] = [
    { header: 'Trait', rowHeader: true, cell: (trait) => trait.name },
    { header: 'Component', cell: (trait) => COMPONENT_LABELS[trait.component] },
    { header: 'Kind', cell: (trait) => KIND_LABELS[trait.kind] },
    { header: 'Weight', numeric: true, cell: (trait) => signedWeight(trait.weight) },
    { header: 'Rule', className: 'icp-why', cell: ruleText },
    ...matchesColumn,
    {
      header: matches ? 'Evidence' : 'Evidence at sign-off',
      cell: (trait) => {
        const e = evidence[trait.id] ?? { accounts: 0, quotes: 0 };
        return `${e.accounts} accounts · ${e.quotes} quotes`;
      },
    },
    {
      header: <span className="visually-hidden">Actions</span>,
      headerClassName: 'icp-no-print',
      className: 'icp-no-print',
      cell: (trait) => (
        <div className="icp-row-actions">
          <EditDeleteButtons
            what={trait.name}
            onEdit={() => onEdit(trait)}
            onDelete={() => onDelete(trait)}
            disabled={locked}
          />
        </div>
      ),
    },
  ];
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
        <p>
          No traits yet.
          <span className="icp-no-print">
            {' '}
            Add one, or turn a code the power users share into a trait.
          </span>
        </p>
      ) : (
        <div className="icp-table-wrap">
          <DataTable wrap={false} columns={columns} rows={traits} rowKey={(trait) => trait.id} />
        </div>
      )}
    </section>
  );
}
