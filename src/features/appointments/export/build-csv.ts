/**
 * CSV text for the export and its download, loaded only when someone exports (papaparse stays out of
 * the list's first-load bundle). Papa Parse does the quoting (commas, quotes, newlines) so we do not
 * hand-roll it.
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

/** Hands a file to the browser's download machinery; the URL is freed once the download has started. */
export function download(text: string, fileName: string): void {
  // The BOM makes spreadsheet apps read the file as UTF-8 (names in any script survive).
  const blob = new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
