import { CODE_KIND_LABELS, CODE_KINDS, type CodeKind } from '../../domain/schemas/code';
import type { Trait } from '../../domain/schemas/trait';
import type { SynthesisFilters } from '../../domain/synthesis/synthesisInput';
import { Options } from '../../ui/Options';
import { asOptions, namedOptions } from '../../ui/selectOptions';

interface Props {
  filters: SynthesisFilters;
  interviewers: readonly string[];
  traits: readonly Trait[];
  onChange(filters: SynthesisFilters): void;
}

export function SynthesisFilterBar({ filters, interviewers, traits, onChange }: Props) {
  const kinds = filters.codeKinds ?? CODE_KINDS;
  const toggleKind = (kind: CodeKind, on: boolean) => {
    const next = CODE_KINDS.filter((k) => (k === kind ? on : kinds.includes(k)));
    // Every kind ticked is the same as no kind filter, and keeps the summary honest.
    onChange({ ...filters, codeKinds: next.length === CODE_KINDS.length ? undefined : next });
  };
  return (
    <div className="synthesis-filters" role="group" aria-label="Filters">
      <details className="synthesis-kinds">
        <summary>
          Code kind ({kinds.length} of {CODE_KINDS.length})
        </summary>
        <fieldset>
          <legend>Code kind</legend>
          {CODE_KINDS.map((kind) => (
            <label key={kind}>
              <input
                type="checkbox"
                checked={kinds.includes(kind)}
                onChange={(event) => toggleKind(kind, event.target.checked)}
              />
              {CODE_KIND_LABELS[kind]}
            </label>
          ))}
        </fieldset>
      </details>
      <label>
        From
        <input
          type="date"
          value={filters.dateFrom ?? ''}
          onChange={(event) => onChange({ ...filters, dateFrom: event.target.value })}
        />
      </label>
      <label>
        To
        <input
          type="date"
          value={filters.dateTo ?? ''}
          onChange={(event) => onChange({ ...filters, dateTo: event.target.value })}
        />
      </label>
      <label>
        Interviewer
        <select
          value={filters.interviewer ?? ''}
          onChange={(event) => onChange({ ...filters, interviewer: event.target.value })}
        >
          <Options options={asOptions(interviewers)} empty="Everyone" />
        </select>
      </label>
      <label>
        Trait
        <select
          value={filters.traitId ?? ''}
          onChange={(event) => onChange({ ...filters, traitId: event.target.value })}
        >
          <Options
            options={namedOptions(traits)}
            empty={traits.length === 0 ? 'No traits defined yet' : 'Any quote'}
          />
        </select>
      </label>
    </div>
  );
}
