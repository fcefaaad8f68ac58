/**
 * CSV text for the export, loaded only when someone exports (papaparse stays out of the list's
 * first-load bundle). Papa Parse does the quoting (commas, quotes, newlines) so we do not hand-roll it.
 */
import Papa from 'papaparse';
import type { Appointment } from '../../../domain/appointment.ts';
import { CSV_COLUMNS, csvRow } from './csv-rows.ts';
import { neutraliseFormula } from './formula-guard.ts';

/** Cells a spreadsheet would run are neutralised first (formula-guard.ts); phone numbers stay as given. */
export function buildCsv(rows: readonly Appointment[], timeZone: string): string {
  const data = rows.map((a) => csvRow(a, timeZone).map(neutraliseFormula));
  return Papa.unparse({ fields: [...CSV_COLUMNS], data }, { newline: '\r\n', quotes: false });
}
