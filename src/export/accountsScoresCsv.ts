/**
 * Account fit scores as CSV for the CRM. Account names come from imports, so every cell
 * starting with = + - @, tab or carriage return is escaped (papaparse escapeFormulae): a
 * spreadsheet opening the file must not run "=HYPERLINK(...)" from a hostile company name.
 * An excluded account's score cell is blank: it has no fit score (a signed-off snapshot does
 * not even keep one). The file starts with a UTF-8 BOM: without it Excel reads the bytes as
 * the system code page and "Mélange" arrives as "MÃ©lange".
 */
import Papa from 'papaparse';
import type { ScoredAccount } from '../domain/icp/scoring';
import type { Account } from '../domain/schemas/account';
import { COHORT_SINGULAR } from '../domain/schemas/cohort';

export const UTF8_BOM = '\uFEFF';

export const SCORES_CSV_HEADER = [
  'Account',
  'Domain',
  'Cohort',
  'ICP score',
  'Excluded',
  'Reasons',
];

/**
 * papaparse's own pattern for `escapeFormulae: true` is /^[=+\-@\t\r].*$/, which misses a
 * cell with a line break in it ("=HYPERLINK(…)" then a newline): `.` stops at the break.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function accountsScoresCsv(
  accounts: readonly Account[],
  scored: readonly ScoredAccount[],
): string {
  const byId = new Map(scored.map((s) => [s.accountId, s]));
  const rows = [...accounts]
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    .map((account) => {
      const fit = byId.get(account.id);
      return [
        account.name,
        account.domain ?? '',
        account.cohort ? COHORT_SINGULAR[account.cohort] : '',
        // A number, not text: escapeFormulae only escapes strings, so a negative score stays
        // -3 for the spreadsheet instead of the text '-3.
        fit && !fit.excluded ? fit.score : '',
        fit?.excluded ? 'yes' : 'no',
        fit?.reasons.join('; ') ?? '',
      ];
    });
  return (
    UTF8_BOM +
    Papa.unparse({ fields: SCORES_CSV_HEADER, data: rows }, { escapeFormulae: FORMULA_START })
  );
}
