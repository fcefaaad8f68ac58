import { describe, expect, it } from 'vitest';
import { fixtures, run } from '../../../test-support/filter-fixtures.ts';

describe('applyFilters: sorting', () => {
  it.each([
    ['status', ['pending', 'pending', 'pending', 'confirmed', 'arrived', 'no_show', 'cancelled']],
    ['-status', ['cancelled', 'no_show', 'arrived', 'confirmed', 'pending', 'pending', 'pending']],
  ] as const)('sorts by %s in vocabulary order, ties by start', (sort, statuses) => {
    const rows = run({ sort }).rows;
    expect(rows.map((a) => a.status)).toEqual(statuses);
    expect(rows.filter((a) => a.status === 'pending').map((a) => a.id)).toEqual([
      '1610c525-f19a-40d0-8cd1-03daba3d2d98',
      'app_01B',
      'b7',
    ]);
  });

  it('sorts by client name (accent-insensitive), missing clients last both ways', () => {
    const asc = run({ sort: 'client' }).rows.map((a) => a.client?.name ?? a.client?.email ?? null);
    expect(asc).toEqual([
      'Anna Berg',
      'John Doe',
      'José Núñez',
      'Ólafur Arnalds',
      'Zoë Adams',
      'мария@пример.рф',
      null,
    ]);
    const desc = run({ sort: '-client' }).rows.map((a) => a.client?.name ?? a.client?.email ?? null);
    expect(desc).toEqual([
      'мария@пример.рф',
      'Zoë Adams',
      'Ólafur Arnalds',
      'José Núñez',
      'John Doe',
      'Anna Berg',
      null,
    ]);
  });

  it('sorts by service label and by provider label', () => {
    expect(run({ sort: 'service' }).rows.map((a) => a.service?.name ?? a.service?.id)).toEqual([
      '30 minute appointment',
      '30 minute appointment',
      'Massage',
      'no-name',
      'Physiotherapy',
      'Physiotherapy',
      'Test Drive Standard',
    ]);
    expect(run({ sort: '-provider' }).rows.map((a) => a.provider)).toEqual([
      'onlive',
      'onlive',
      'caspen',
      'caspen',
      'caspen',
      'appointment-one',
      'appointment-one',
    ]);
  });

  it('is stable and total: equal starts order by provider then id, whatever the input order', () => {
    const reversed = [...fixtures].reverse();
    expect(run({}, reversed).rows.map((a) => a.key)).toEqual(run({}).rows.map((a) => a.key));
    const nine = run({})
      .rows.filter((a) => a.startMs === Date.parse('2026-11-18T09:00:00Z'))
      .map((a) => a.provider);
    expect(nine).toEqual(['caspen', 'onlive']);
  });

  it('reverses start order with -start', () => {
    const asc = run({}).rows.map((a) => a.key);
    expect(run({ sort: '-start' }).rows.map((a) => a.key)).toEqual([...asc].reverse());
  });
});
