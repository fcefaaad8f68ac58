import { describe, expect, it } from 'vitest';
import { ids, run } from '../../../test-support/filter-fixtures.ts';

describe('applyFilters: range and counts', () => {
  it('keeps appointments starting in [from, to), sorted by start, and counts them as M', () => {
    const result = run({});
    expect(result.inRange).toBe(7);
    expect(result.rows.map((a) => a.startMs)).toEqual(
      [...result.rows.map((a) => a.startMs)].sort((a, b) => a - b),
    );
    expect(result.rows.map((a) => a.id)).not.toContain('app_01OLD');
    expect(result.rows.map((a) => a.id)).not.toContain('late');
  });

  it('counts M before the other filters', () => {
    const result = run({ status: ['arrived'] });
    expect(result.rows).toHaveLength(1);
    expect(result.inRange).toBe(7);
  });
});

describe('applyFilters: each filter', () => {
  it('status (multi)', () => {
    expect(ids({ status: ['pending'] })).toEqual(['1610c525-f19a-40d0-8cd1-03daba3d2d98', 'app_01B', 'b7']);
    expect(ids({ status: ['cancelled', 'no_show'] })).toEqual([
      '96e2a34f5eede44e2e962da8eb439dbf',
      'app_01C',
    ]);
  });

  it('provider (multi)', () => {
    expect(ids({ provider: ['appointment-one'] })).toEqual(['96e2a34f5eede44e2e962da8eb439dbf', 'b7']);
    expect(run({ provider: ['caspen', 'onlive'] }).rows).toHaveLength(5);
  });

  it('service, by provider-qualified id', () => {
    expect(ids({ service: ['caspen:ser_01PHYSIO'] })).toEqual(['app_01A', 'app_01C']);
    expect(ids({ service: ['caspen:ser_01MASSAGE', 'onlive:no-name'] })).toEqual([
      'app_01B',
      'c0ffee00-0000-4000-8000-000000000001',
    ]);
    // The same id under another provider is another service.
    expect(ids({ service: ['onlive:ser_01PHYSIO'] })).toEqual([]);
  });

  it('location: the place each provider gives (ONLIVE.SITE: the address, never the calendar)', () => {
    expect(ids({ location: ['caspen:loc_01MAIN'] })).toEqual(['app_01A', 'app_01B', 'app_01C']);
    expect(ids({ location: ['onlive:Carretera. De Fuencarral, 18, Alcobendas, Madrid'] })).toEqual([
      '1610c525-f19a-40d0-8cd1-03daba3d2d98',
    ]);
    expect(ids({ location: ['onlive:af6c-cal'] })).toEqual([]);
    expect(ids({ location: ['appointment-one:Bridge 800-555-5555'] })).toEqual([
      '96e2a34f5eede44e2e962da8eb439dbf',
    ]);
  });

  it('combines filters with AND across dimensions and OR within one', () => {
    expect(
      ids({ status: ['pending', 'confirmed'], provider: ['caspen'], service: ['caspen:ser_01PHYSIO'] }),
    ).toEqual(['app_01A']);
  });
});

describe('applyFilters: free text', () => {
  it.each([
    ['jose', ['app_01A']],
    ['NÚÑEZ', ['app_01A']],
    ['zoe', ['96e2a34f5eede44e2e962da8eb439dbf']],
    ['olafur', ['b7']],
    ['мария', ['c0ffee00-0000-4000-8000-000000000001']],
    ['example.org', ['96e2a34f5eede44e2e962da8eb439dbf']],
    ['600111222', ['app_01A']],
    ['+34 600', ['app_01A', '1610c525-f19a-40d0-8cd1-03daba3d2d98']],
    ['intro', ['96e2a34f5eede44e2e962da8eb439dbf']],
    ['mornings', ['app_01A']],
    ['96e2a34f', ['96e2a34f5eede44e2e962da8eb439dbf']],
    ['app_01b', ['app_01B']],
    ['  john   doe ', ['1610c525-f19a-40d0-8cd1-03daba3d2d98']],
    ['john zoe', []],
  ])('q=%j matches client name, e-mail, phone, title, notes or id', (q, expected) => {
    expect(ids({ q })).toEqual(expected);
  });

  it('matches staff and location names, but not the service name (it has its own filter)', () => {
    expect(ids({ q: 'physiotherapy' })).toEqual([]);
    expect(ids({ q: 'main clinic' })).toEqual(['app_01A', 'app_01B', 'app_01C']);
    expect(ids({ q: 'madrid showroom' }).length).toBeGreaterThan(0);
  });
});

describe('applyFilters: facets', () => {
  it('counts each facet with every other filter applied, never its own', () => {
    const { facets } = run({ status: ['pending'], provider: ['caspen'] });
    // Status counts: caspen only (the provider filter applies), all statuses.
    expect(facets.status).toEqual({
      pending: 1,
      confirmed: 1,
      arrived: 0,
      no_show: 1,
      cancelled: 0,
      other: 0,
    });
    // Provider counts: pending only.
    expect(facets.provider).toEqual({ caspen: 1, 'appointment-one': 1, onlive: 1 });
    const service = Object.fromEntries(facets.service.map((o) => [o.value, o.count]));
    expect(service).toEqual({
      'caspen:ser_01MASSAGE': 1,
      'caspen:ser_01PHYSIO': 0,
      'appointment-one:30min': 0,
      'onlive:0139-service': 0,
      'onlive:no-name': 0,
    });
  });

  it('offers services seen in the range, grouped by provider then by label, named or by id', () => {
    const options = run({}).facets.service;
    expect(options.map((o) => [o.provider, o.label, o.count])).toEqual([
      ['caspen', 'Massage', 1],
      ['caspen', 'Physiotherapy', 2],
      ['appointment-one', '30 minute appointment', 2],
      ['onlive', 'no-name', 1],
      ['onlive', 'Test Drive Standard', 1],
    ]);
    expect(options.some((o) => o.label === 'Retired service')).toBe(false);
  });

  it('keeps a selected option even when it is out of range or unknown, so it can be unticked', () => {
    const options = run({ service: ['caspen:ser_01OLD', 'onlive:gone'] }).facets.service;
    expect(options).toContainEqual({
      value: 'caspen:ser_01OLD',
      provider: 'caspen',
      label: 'Retired service',
      count: 0,
    });
    expect(options).toContainEqual({ value: 'onlive:gone', provider: 'onlive', label: 'gone', count: 0 });
  });

  it('applies the text search to every facet', () => {
    const { facets } = run({ q: 'example.com' });
    expect(facets.provider).toEqual({ caspen: 1, 'appointment-one': 0, onlive: 1 });
    expect(
      facets.location.find((o) => o.value === 'onlive:Carretera. De Fuencarral, 18, Alcobendas, Madrid')
        ?.count,
    ).toBe(1);
  });

  it('sums facet counts to the row count when no other filter is set', () => {
    const { rows, facets } = run({ q: 'o' });
    expect(Object.values(facets.status).reduce((a, b) => a + b, 0)).toBe(rows.length);
    expect(Object.values(facets.provider).reduce((a, b) => a + b, 0)).toBe(rows.length);
  });
});
