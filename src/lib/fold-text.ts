/** Text folding for search and sorting: case- and accent-insensitive, cheap on plain ASCII. */

/** Anything beyond ASCII needs Unicode folding; plain ASCII only needs lower-casing. */
const NON_ASCII = /[^ -~\t\n\r]/;
const COMBINING_MARKS = /\p{M}/gu;

/**
 * Lower-cases and strips accents ("José Núñez" -> "jose nunez"). Decomposing (NFD) and dropping the
 * combining marks keeps base letters, so non-Latin scripts (Cyrillic, CJK) still match themselves.
 */
export function foldText(value: string): string {
  const lower = value.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
}

/** The folded, whitespace-separated words of a query; empty when the query is blank. */
export function searchTokens(query: string): string[] {
  const folded = foldText(query.trim());
  return folded === '' ? [] : folded.split(/\s+/);
}

/** Digits only, so "+34 600-000 000" can be found by typing "600000". */
export function digitsOnly(value: string): string {
  return value.replace(/\D+/g, '');
}
