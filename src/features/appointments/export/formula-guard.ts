/**
 * Spreadsheet formula injection (OWASP "CSV injection"): a cell a spreadsheet would run gets a
 * leading `'`, so it shows as text. Papa Parse's own `escapeFormulae` looks only at the first
 * character, so it misses ` =1+1` (spreadsheets skip leading spaces) and `＝1+1` (full-width signs
 * are read as their ASCII forms), and it turns every phone number into `'+61…`.
 */
const SIGNS = new Set(['=', '+', '-', '@']);
/** Only digits, spaces and `( ) . -` after one sign: a phone or a plain number, nothing that can call. */
const PLAIN_NUMBER = /^[+-]?\d[\d ().-]*$/;
/** Any leading white space or control character (tab, CR, LF, no-break and ideographic spaces). */
const LEADING_BLANKS = /^[\s\p{Cc}\p{Cf}]+/u;

export function runsAsFormula(cell: string): boolean {
  // A tab or CR in front is how injections slip past naive first-character checks.
  if (/^[\t\r\n]/.test(cell)) return true;
  const rest = cell.replace(LEADING_BLANKS, '');
  // NFKC folds full-width and small forms (＝ ＋ － ＠ ﹦ ﹢ ﹣ ﹫) to the signs spreadsheets read.
  const first = rest.charAt(0).normalize('NFKC');
  if (!SIGNS.has(first)) return false;
  return !PLAIN_NUMBER.test(rest.normalize('NFKC'));
}

export function neutraliseFormula(cell: string): string {
  return runsAsFormula(cell) ? `'${cell}` : cell;
}
