import { describe, expect, it } from 'vitest';
import type { Appointment } from '../../../domain/appointment.ts';
import { buildCorpus, haystackOf, tokenHits } from './search-text.ts';

function appt(id: string, over: Partial<Appointment> = {}): Appointment {
  return { id, client: null, title: null, notes: null, ...over } as Appointment;
}

describe('search corpus', () => {
  const rows = [
    appt('a1', { client: { name: 'Ana García', email: 'ana@example.com', phone: '+34 600 111 222' } }),
    appt('b2', { title: 'Follow-up', notes: 'Bring x-rays' }),
    appt('c3', { notes: 'ends with ana' }),
  ];
  const corpus = buildCorpus(rows);

  it('folds every searchable field of a row into one text, phone digits included', () => {
    // Staff, place and calendar slots are empty here (no staff, no location, no calendar).
    expect(haystackOf(rows[0]!)).toBe(
      'ana garcia\nana@example.com\n+34 600 111 222\n34600111222\n\n\n\n\n\na1',
    );
  });

  it('covers staff and location names (place and calendar)', () => {
    const row = appt('d4', {
      staff: { id: 'pra_1', name: 'Íñigo Núñez' },
      location: { id: 'loc_1', name: 'Clínica Salamanca' },
      calendar: { id: 'cal_1', name: 'Sales – Sydney' },
    });
    const text = haystackOf(row);
    for (const word of ['inigo', 'salamanca', 'sydney']) expect(text).toContain(word);
  });

  it('counts, per row, how many tokens occur (each token at most once per row)', () => {
    expect([...tokenHits(corpus, ['ana'])]).toEqual([1, 0, 1]);
    expect([...tokenHits(corpus, ['ana', 'garcia'])]).toEqual([2, 0, 1]);
    expect([...tokenHits(corpus, ['x-rays', 'follow'])]).toEqual([0, 2, 0]);
    expect([...tokenHits(corpus, ['zzz'])]).toEqual([0, 0, 0]);
  });

  it('never matches across two rows or two fields', () => {
    expect([...tokenHits(corpus, ['a1\u0000'])]).toEqual([0, 0, 0]);
    expect([...tokenHits(corpus, ['x-rays\nb2'])]).toEqual([0, 0, 0]);
  });

  it('strips a NUL from provider text so it cannot fake a row boundary', () => {
    expect(haystackOf(appt('d4', { notes: 'x\u0000y' }))).toContain('xy');
  });
});
