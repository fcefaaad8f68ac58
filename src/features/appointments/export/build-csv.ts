/**
 * CSV text for the export, loaded only when someone exports (papaparse stays out of the list's
 * first-load bundle). Papa Parse does the quoting (commas, quotes, newlines) so we do not hand-roll it.
 */
import Papa from 'papaparse';
import type { Appointment } from '../../../domain/appointment.ts';
import { CSV_COLUMNS, csvRow } from './csv-rows.ts';

/**
 * Cells a spreadsheet would run as a formula (OWASP "CSV injection") get a leading `'`. Papa's own
 * default pattern ends in `.*$` without the `s` flag, so it misses a formula followed by a newline.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function buildCsv(rows: readonly Appointment[], timeZone: string): string {
  return Papa.unparse(
    { fields: [...CSV_COLUMNS], data: rows.map((a) => csvRow(a, timeZone)) },
    { escapeFormulae: FORMULA_START, newline: '\r\n', quotes: false },
  );
}
