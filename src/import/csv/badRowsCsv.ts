/**
 * The rows an import refused, as a CSV the user can fix in a spreadsheet and import again.
 * Cells come from an untrusted file, so formula-looking ones are guarded (`escapeFormulae`)
 * before a spreadsheet gets the chance to run them.
 */
import Papa from 'papaparse';
import type { ParsedCsv } from './parseCsv';
import type { RowError } from './rowErrors';

/**
 * papaparse's own pattern for `escapeFormulae: true` is /^[=+\-@\t\r].*$/, which misses a
 * cell with a line break in it ("=HYPERLINK(…)" then a newline): `.` stops at the break.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

const describe = (error: RowError): string =>
  error.column === '' ? error.reason : `${error.column} — ${error.reason}`;

/**
 * An `error` column followed by the original columns, one line per refused row, in file order.
 * The error comes first so it stays aligned even for a row that had too many cells.
 */
export function badRowsCsv(csv: ParsedCsv, errors: readonly RowError[]): string {
  const reasons = new Map<number, string[]>();
  for (const error of errors) {
    const list = reasons.get(error.row);
    if (list) list.push(describe(error));
    else reasons.set(error.row, [describe(error)]);
  }
  const cellsOf = new Map<number, string[]>(csv.records.map((r) => [r.row, r.cells]));
  for (const problem of csv.rowProblems) cellsOf.set(problem.row, problem.cells);
  const errorColumn = csv.headers.includes('error') ? 'import error' : 'error';
  const data = [...reasons.keys()]
    .sort((a, b) => a - b)
    .map((row) => [(reasons.get(row) ?? []).join('; '), ...(cellsOf.get(row) ?? [])]);
  // Plain arrays rather than `fields`: papaparse would cut every row to the header's width.
  return Papa.unparse([[errorColumn, ...csv.headers], ...data], { escapeFormulae: FORMULA_START });
}
