import { describe, expect, it } from 'vitest';
import { rangeOf } from '../test-support/iso-range.ts';
import { filterByRange, startsWithin } from './range.ts';
import { joinName, personOrNull, textOrNull } from './person.ts';

describe('names', () => {
  it('trims blanks to null and joins name parts', () => {
    expect(textOrNull('  ')).toBeNull();
    expect(joinName(' John ', ' Doe ')).toBe('John Doe');
    expect(joinName('', 'Doe')).toBe('Doe');
    expect(joinName('John', null)).toBe('John');
    expect(joinName(undefined, ' ')).toBeNull();
    expect(personOrNull({ name: null, email: null, phone: null })).toBeNull();
    expect(personOrNull({ name: null, email: 'a@example.com', phone: null })).not.toBeNull();
  });
});

describe('date range filter', () => {
  it('keeps appointments starting in [from, to)', () => {
    const range = rangeOf('2025-05-01T00:00:00Z', '2025-05-02T00:00:00Z');
    const at = (iso: string) => ({ startMs: Date.parse(iso) });
    expect(startsWithin(at('2025-05-01T00:00:00Z'), range)).toBe(true);
    expect(startsWithin(at('2025-05-02T00:00:00Z'), range)).toBe(false);
    expect(filterByRange([at('2025-04-30T23:59:59Z'), at('2025-05-01T12:00:00Z')], range)).toHaveLength(1);
  });
});
