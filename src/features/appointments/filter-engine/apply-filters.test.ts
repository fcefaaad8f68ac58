import { describe, expect, it } from 'vitest';
import type { Appointment } from '../../../domain/appointment.ts';
import { rangeOf } from '../../../test-support/iso-range.ts';
import { testAppointment } from '../../../test-support/test-appointment.ts';
import { defaultListState, type ListState } from '../list-state/url-state.ts';
import { applyFilters } from './apply-filters.ts';

const physio = { id: 'ser_01PHYSIO', name: 'Physiotherapy' };
const massage = { id: 'ser_01MASSAGE', name: 'Massage' };
const clinic = { id: 'loc_01MAIN', name: 'Main Clinic' };
const demo = { id: '30min', name: '30 minute appointment' };
const testDrive = { id: '0139-service', name: 'Test Drive Standard' };
const madridCal = { id: 'af6c-cal', name: 'Madrid showroom' };

/** Realistic appointments per provider, with what each provider actually fills in (see the normalisers). */
const fixtures: Appointment[] = [
  testAppointment({
    provider: 'caspen',
    id: 'app_01A',
    start: '2026-11-18T09:00:00Z',
    status: 'confirmed',
    service: physio,
    location: clinic,
    client: { name: 'José Núñez', email: 'jose@example.com', phone: '+34 600 111 222' },
    notes: 'Prefers mornings',
  }),
  testAppointment({
    provider: 'caspen',
    id: 'app_01B',
    start: '2026-11-18T11:00:00Z',
    status: 'pending',
    service: massage,
    location: clinic,
    client: { name: 'Anna Berg', email: null, phone: null },
  }),
  testAppointment({
    provider: 'caspen',
    id: 'app_01C',
    start: '2026-11-19T08:00:00Z',
    status: 'no_show',
    service: physio,
    location: clinic,
    client: null,
  }),
  testAppointment({
    provider: 'appointment-one',
    id: '96e2a34f5eede44e2e962da8eb439dbf',
    start: '2026-11-18T10:00:00Z',
    status: 'cancelled',
    service: demo,
    location: { id: 'Bridge 800-555-5555', name: 'Bridge 800-555-5555' },
    title: 'Intro call',
    client: { name: 'Zoë Adams', email: 'zoe@example.org', phone: null },
  }),
  testAppointment({
    provider: 'appointment-one',
    id: 'b7',
    start: '2026-11-20T10:00:00Z',
    status: 'pending',
    service: demo,
    title: 'Follow-up',
    client: { name: 'Ólafur Arnalds', email: 'o@example.is', phone: null },
  }),
  testAppointment({
    provider: 'onlive',
    id: '1610c525-f19a-40d0-8cd1-03daba3d2d98',
    start: '2026-11-18T09:00:00Z',
    status: 'pending',
    service: testDrive,
    calendar: madridCal,
    location: {
      id: 'Carretera. De Fuencarral, 18, Alcobendas, Madrid',
      name: 'Carretera. De Fuencarral, 18, Alcobendas, Madrid',
    },
    title: 'Test Drive Standard',
    client: { name: 'John Doe', email: 'john@example.com', phone: '+34600000000' },
  }),
  testAppointment({
    provider: 'onlive',
    id: 'c0ffee00-0000-4000-8000-000000000001',
    start: '2026-11-21T15:00:00Z',
    status: 'arrived',
    service: { id: 'no-name', name: null },
    calendar: madridCal,
    client: { name: null, email: 'мария@пример.рф', phone: null },
  }),
  // Outside the range on both sides.
  testAppointment({
    provider: 'caspen',
    id: 'app_01OLD',
    start: '2026-11-10T09:00:00Z',
    service: { id: 'ser_01OLD', name: 'Retired service' },
  }),
  testAppointment({
    provider: 'onlive',
    id: 'late',
    start: '2026-11-22T00:00:00Z',
    service: testDrive,
    calendar: madridCal,
  }),
];

const range = rangeOf('2026-11-18T00:00:00.000Z', '2026-11-22T00:00:00.000Z');
// Nothing ticked, sorted by start, UTC, 18-21 Nov (the days of `range`).
const base: ListState = {
  ...defaultListState({ nowMs: Date.parse('2026-11-18T12:00:00Z'), browserTz: 'UTC' }),
  to: '2026-11-21',
};

const run = (patch: Partial<ListState>, items = fixtures) =>
  applyFilters(items, { ...base, ...patch }, range);
const ids = (patch: Partial<ListState>) => run(patch).rows.map((a) => a.id);

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

  it('location: the place, or the calendar for ONLIVE.SITE', () => {
    expect(ids({ location: ['caspen:loc_01MAIN'] })).toEqual(['app_01A', 'app_01B', 'app_01C']);
    expect(ids({ location: ['onlive:af6c-cal'] })).toHaveLength(2);
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

  it('does not match the service name or the location (they have their own filters)', () => {
    expect(ids({ q: 'physiotherapy' })).toEqual([]);
    expect(ids({ q: 'main clinic' })).toEqual([]);
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
    expect(facets.location.find((o) => o.value === 'onlive:af6c-cal')?.count).toBe(1);
  });

  it('sums facet counts to the row count when no other filter is set', () => {
    const { rows, facets } = run({ q: 'o' });
    expect(Object.values(facets.status).reduce((a, b) => a + b, 0)).toBe(rows.length);
    expect(Object.values(facets.provider).reduce((a, b) => a + b, 0)).toBe(rows.length);
  });
});

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
