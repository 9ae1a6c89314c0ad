import { useId, useMemo, useState } from 'react';
import type { SynthesisFilters, SynthesisInput } from '../../domain/synthesis/synthesisInput';
import {
  codeLift,
  TRAIT_DIMENSIONS,
  traitLift,
  type TraitDimension,
} from '../../domain/synthesis/traitLift';
import { plural } from '../../ui/format';
import { newTraitFromCodeHref, newTraitFromLiftHref } from '../../domain/icp/newTraitLink';
import { LiftTable } from './LiftTable';
import { Options } from '../../ui/Options';
import { labelledOptions } from '../../ui/selectOptions';

interface Props {
  input: SynthesisInput;
  filters: SynthesisFilters;
}

const DIMENSION_LABELS: Record<TraitDimension, string> = {
  industry: 'Industry',
  sizeBand: 'Size band',
  region: 'Region',
  integrationsBand: 'Integrations band',
  tech: 'Tech',
};

export function TraitLiftSection({ input, filters }: Props) {
  const pickerId = useId();
  const [dimension, setDimension] = useState<TraitDimension>('industry');
  const traits = useMemo(() => traitLift(input, { dimension }), [input, dimension]);
  const codes = useMemo(() => codeLift(input, filters), [input, filters]);
  const label = DIMENSION_LABELS[dimension];
  const unknown = traits.unknown.powerUsers + traits.unknown.comparison;

  return (
    <section aria-labelledby="synthesis-lift-heading" className="synthesis-section">
      <h2 id="synthesis-lift-heading">Trait lift</h2>
      <p className="lede">
        How much more common a value is among power users than among churners and lost deals. Each
        share has its counts and a 95% Wilson interval. Rows rank by the lowest lift the intervals
        allow; a value held by fewer than 5 accounts is marked too few and ranked last, and groups
        under 5 accounts are flagged as a small sample, not a finding.
      </p>
      <div className="synthesis-toolbar">
        <label htmlFor={pickerId}>Attribute</label>
        <select
          id={pickerId}
          value={dimension}
          onChange={(event) => setDimension(event.target.value as TraitDimension)}
        >
          <Options options={labelledOptions(TRAIT_DIMENSIONS, DIMENSION_LABELS)} />
        </select>
      </div>
      {traits.rows.length === 0 ? (
        <p>No power user, churner or lost deal has a {label.toLowerCase()} recorded.</p>
      ) : (
        <LiftTable
          caption={`${label}: share of accounts with each value, power users against churners and lost deals (all accounts in the cohorts, interviewed or not)`}
          rowHeader={label}
          rows={traits.rows.map((row) => ({
            key: row.value,
            label: row.value,
            lift: row,
            traitHref: newTraitFromLiftHref(dimension, row.value),
          }))}
        />
      )}
      {unknown > 0 && (
        <p className="synthesis-note">
          {plural(unknown, 'account')} without a {label.toLowerCase()} are left out.
        </p>
      )}
      <h3>Code lift</h3>
      {codes.length === 0 ? (
        <p>No power user, churner or lost deal has a coded quote under these filters.</p>
      ) : (
        <LiftTable
          caption="Codes: share of interviewed accounts citing each code, power users against churners and lost deals"
          rowHeader="Code"
          rows={codes.map((row) => ({
            key: row.code.id,
            label: row.code.name,
            lift: row,
            traitHref: newTraitFromCodeHref(row.code.id),
          }))}
        />
      )}
    </section>
  );
}
