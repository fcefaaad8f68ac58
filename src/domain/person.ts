import type { Person } from './appointment.ts';

/** Trims to null so empty provider strings never show as blank cells. */
export function textOrNull(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** Joins name parts, skipping blanks; null when nothing is left. */
export function joinName(...parts: (string | null | undefined)[]): string | null {
  let out = '';
  for (const part of parts) {
    const text = textOrNull(part);
    if (text !== null) out = out === '' ? text : `${out} ${text}`;
  }
  return out === '' ? null : out;
}

/** A Person, or null when it has no name, e-mail or phone at all. */
export function personOrNull(person: Person): Person | null {
  return person.name === null && person.email === null && person.phone === null ? null : person;
}
