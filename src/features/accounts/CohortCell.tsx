import { useEffect, useRef, useState } from 'react';
import { useCommand } from '../../app/useCommand';
import { useCommandContext } from '../../app/useCommandContext';
import { setAccountCohortCommand } from '../../commands/accountEditCommands';
import type { Account } from '../../domain/schemas/account';
import { COHORTS, COHORT_SINGULAR, type Cohort } from '../../domain/schemas/cohort';
import { Options } from '../../ui/Options';
import { labelledOptions } from '../../ui/selectOptions';

/**
 * The cohort of one account row, edited in place. It shows as a button and becomes a select
 * only while being edited: a select per row was most of the cost of each scroll step in a
 * long table (the approach of spreadsheet-like tables such as Actual Budget's).
 */
export function CohortCell({ account }: { account: Account }) {
  const ctx = useCommandContext();
  const run = useCommand();
  const [editing, setEditing] = useState(false);
  const selectRef = useRef<HTMLSelectElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  // Set when the edit ends from the keyboard or a choice, so focus returns to the cell
  // instead of falling to the page; tabbing away leaves focus where the user sent it.
  const refocus = useRef(false);
  // A pointer click opens the list at once, keeping it one click as a plain select would be;
  // from the keyboard the focused select is enough, and one Escape leaves it.
  const openList = useRef(false);
  // The choice shows at once; with tens of thousands of accounts the stored list takes a
  // moment to come back. It is tied to the record it was made on, so fresh data replaces it.
  const [chosen, setChosen] = useState<{ on: Account; cohort: Cohort | null } | null>(null);
  const cohort = chosen?.on === account ? chosen.cohort : account.cohort;
  const label = cohort ? COHORT_SINGULAR[cohort] : 'No cohort';
  const className = `cohort-select ${cohort ?? 'none'}`;

  const finish = () => {
    refocus.current = true;
    setEditing(false);
  };

  useEffect(() => {
    if (!editing && refocus.current) {
      refocus.current = false;
      buttonRef.current?.focus();
    }
    const select = selectRef.current;
    if (!editing || !select) return;
    select.focus();
    if (!openList.current) return;
    // Browsers without showPicker, or that refuse it, leave the focused select for the user
    // to open: nothing is lost, so the refusal needs no message.
    try {
      select.showPicker();
    } catch {
      return;
    }
  }, [editing]);

  if (!editing) {
    return (
      <button
        ref={buttonRef}
        type="button"
        className={className}
        aria-label={`Cohort for ${account.name}: ${label}`}
        onClick={(event) => {
          // detail is the click count: 0 when Enter or Space pressed the button.
          openList.current = event.detail > 0;
          setEditing(true);
        }}
      >
        {label}
      </button>
    );
  }
  return (
    <select
      ref={selectRef}
      className={className}
      aria-label={`Cohort for ${account.name}`}
      value={cohort ?? ''}
      onBlur={() => setEditing(false)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') finish();
      }}
      onChange={(event) => {
        const next = (event.target.value || null) as Cohort | null;
        setChosen({ on: account, cohort: next });
        finish();
        // Quiet: the cell shows the choice; a toast per row edited would bury the table.
        void run(setAccountCohortCommand(ctx, { account, cohort: next }), {
          failed: 'Cohort not saved',
          quiet: true,
        }).then((done) => {
          if (done === undefined) setChosen(null);
        });
      }}
    >
      <Options options={labelledOptions(COHORTS, COHORT_SINGULAR)} empty="No cohort" />
    </select>
  );
}
