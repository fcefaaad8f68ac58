/**
 * Free-text matching over the fields staff search by: client name, e-mail, phone, staff, location
 * (place and calendar), title, notes and id.
 */
import type { Appointment } from '../../../domain/appointment.ts';
import { digitsOnly, foldText } from '../../../lib/fold-text.ts';

/** Folded text per appointment object, kept across list rebuilds (a refetch keeps most objects' text). */
const haystacks = new WeakMap<Appointment, string>();

function build(a: Appointment): string {
  const phone = a.client?.phone ?? '';
  // Newlines separate fields: tokens never contain whitespace, so a match cannot span two fields.
  return foldText(
    [
      a.client?.name,
      a.client?.email,
      phone,
      digitsOnly(phone),
      a.staff?.name,
      a.location?.name,
      a.calendar?.name,
      a.title,
      a.notes,
      a.id,
    ].join('\n'),
  );
}

export function haystackOf(a: Appointment): string {
  let text = haystacks.get(a);
  if (text === undefined) {
    // NUL separates rows in the corpus below; provider text must not fake a row boundary.
    text = build(a).replaceAll('\u0000', '');
    haystacks.set(a, text);
  }
  return text;
}

/**
 * Every row's text in one string. `indexOf` over one long string is far faster than 100,000 short
 * `includes` calls (a filter change must stay under 50 ms at 100,000 rows).
 */
export interface SearchCorpus {
  text: string;
  /** `offsets[i]` is where row i starts; `offsets[n]` is the end. */
  offsets: Int32Array;
}

export function buildCorpus(items: readonly Appointment[]): SearchCorpus {
  const offsets = new Int32Array(items.length + 1);
  const parts: string[] = [];
  let at = 0;
  items.forEach((a, i) => {
    offsets[i] = at;
    const text = haystackOf(a);
    parts.push(text);
    at += text.length + 1;
  });
  offsets[items.length] = at;
  return { text: parts.join('\u0000'), offsets };
}

/**
 * Per row, how many of the folded tokens occur in its text: a row matches (AND) when the count equals
 * `tokens.length`. Substring matching, so "ana gar" finds "Ana García".
 */
export function tokenHits(corpus: SearchCorpus, tokens: readonly string[]): Uint8Array {
  const rows = corpus.offsets.length - 1;
  const hits = new Uint8Array(rows);
  const { text, offsets } = corpus;
  for (const token of tokens) {
    // Row and field separators: a token holding one could match across rows or fields.
    if (token === '' || token.includes('\u0000') || token.includes('\n')) continue;
    let row = 0;
    let found = text.indexOf(token);
    while (found >= 0) {
      // Hits only move forward, so the row pointer does too (cheaper than a binary search per hit).
      while ((offsets[row + 1] as number) <= found) row++;
      hits[row]!++;
      // One hit per row and token is enough: continue at the next row.
      found = text.indexOf(token, offsets[row + 1] as number);
    }
  }
  return hits;
}
