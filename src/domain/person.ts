import type { Person } from './appointment.ts';

/** Trims to null so empty provider strings never show as blank cells. */
export function textOrNull(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** "Given Family" from two name parts, skipping blanks; null when nothing is left. */
export function joinName(given: string | null | undefined, family: string | null | undefined): string | null {
  const a = textOrNull(given);
  const b = textOrNull(family);
  if (a === null) return b;
  return b === null ? a : `${a} ${b}`;
}

/** A Person, or null when it has no name, e-mail or phone at all. */
export function personOrNull(person: Person): Person | null {
  return person.name === null && person.email === null && person.phone === null ? null : person;
}
