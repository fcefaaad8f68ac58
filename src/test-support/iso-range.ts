import type { Range } from '../domain/range.ts';

/** A range of instants from ISO text, so a test reads the way its fixture dates are written. */
export function rangeOf(from: string, to: string): Range {
  return { from: Date.parse(from), to: Date.parse(to) };
}

/** The range's bounds as canonical UTC ISO text, for assertions written in ISO. */
export function isoOf(range: Range): { from: string; to: string } {
  return { from: new Date(range.from).toISOString(), to: new Date(range.to).toISOString() };
}
