import { useId, useMemo, useState } from 'react';
import type { Account } from '../../domain/schemas/account';
import type { Deal } from '../../domain/schemas/deal';
import {
  WIN_RATE_TRAITS,
  describeKnownBase,
  historicBiasWarnings,
  winRateByTrait,
  type WinRateTrait,
} from '../../domain/winRate';
import { WinRateTable } from './WinRateTable';
import { Options } from '../../ui/Options';
import { labelledOptions } from '../../ui/selectOptions';

const TRAIT_LABELS: Record<WinRateTrait, string> = {
  industry: 'Industry',
  sizeBand: 'Size band',
  region: 'Region',
  continent: 'Continent',
  integrationsBand: 'Integrations band',
};

function isTrait(value: string): value is WinRateTrait {
  return (WIN_RATE_TRAITS as readonly string[]).includes(value);
}

interface Props {
  accounts: readonly Account[];
  deals: readonly Deal[];
}

export function WinRateByTrait({ accounts, deals }: Props) {
  const [trait, setTrait] = useState<WinRateTrait>('industry');
  const selectId = useId();
  const rows = useMemo(() => winRateByTrait(accounts, deals, trait), [accounts, deals, trait]);
  const warnings = useMemo(() => historicBiasWarnings(rows, trait), [rows, trait]);
  const label = TRAIT_LABELS[trait];

  return (
    <section aria-labelledby="overview-winrate-heading" className="overview-section">
      <h2 id="overview-winrate-heading">Win rate by trait</h2>
      <div className="inline-form overview-trait-picker">
        <label htmlFor={selectId}>Trait</label>
        <select
          id={selectId}
          value={trait}
          onChange={(event) => {
            if (isTrait(event.target.value)) setTrait(event.target.value);
          }}
        >
          <Options options={labelledOptions(WIN_RATE_TRAITS, TRAIT_LABELS)} />
        </select>
      </div>
      {warnings.map((warning) => (
        <div key={warning.value ?? ''} role="note" className="overview-warning">
          <strong>{warning.value === null ? 'Unknown values: ' : 'Historic bias: '}</strong>
          {warning.message}
        </div>
      ))}
      {rows.length === 0 ? (
        <p>No deals recorded yet, so there is no win rate to show.</p>
      ) : (
        <>
          <p className="field-hint">{describeKnownBase(rows, trait)}.</p>
          {warnings.length === 0 && (
            <p className="field-hint">
              No historic-bias warning for {label.toLowerCase()}: no single value holds most closed
              deals without others to compare it with.
            </p>
          )}
          <WinRateTable rows={rows} traitLabel={label} />
        </>
      )}
    </section>
  );
}
