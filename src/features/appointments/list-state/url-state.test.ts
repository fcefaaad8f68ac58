import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultListState, parseListState, serialiseListState, type ListState } from './url-state.ts';
import { SORT_KEYS } from '../filter-engine/sort-keys.ts';
import { STATUSES } from '../../../domain/status.ts';
import { LANE_BYS } from '../../../domain/day/lane-by.ts';
import { SUMMARY_KEYS } from '../../../domain/day/day-summary.ts';
import { dayOf } from '../../../lib/zoned-dates.ts';
import { VIEWS } from './view-params.ts';
import { PROVIDER_IDS } from '../../../../contract/providers.ts';

// 2026-11-18 10:30 in Madrid.
const env = { nowMs: Date.parse('2026-11-18T09:30:00Z'), browserTz: 'Europe/Madrid' };

describe('parseListState', () => {
  it('gives the default view for an empty query: today to 7 days ahead in the browser zone', () => {
    const { state, notices } = parseListState('', env);
    expect(state).toEqual({
      from: '2026-11-18',
      to: '2026-11-24',
      status: [],
      provider: [],
      service: [],
      location: [],
      q: '',
      sort: 'start',
      tz: 'Europe/Madrid',
      view: 'list',
      lanes: 'staff',
      show: [],
    });
    expect(notices).toEqual([]);
  });

  it('reads every parameter of the documented shape', () => {
    const search =
      '?from=2026-11-01&to=2026-11-30&status=pending,confirmed&provider=caspen,onlive' +
      '&service=caspen:ser_1,onlive:0b6c&location=appointment-one:Bridge%20800&q=Jos%C3%A9%20N&sort=-client&tz=Asia/Tokyo';
    const { state, notices } = parseListState(search, env);
    expect(notices).toEqual([]);
    expect(state).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
      status: ['pending', 'confirmed'],
      provider: ['caspen', 'onlive'],
      service: ['caspen:ser_1', 'onlive:0b6c'],
      location: ['appointment-one:Bridge 800'],
      q: 'José N',
      sort: '-client',
      tz: 'Asia/Tokyo',
      view: 'list',
      lanes: 'staff',
      show: [],
    });
  });

  it('computes "today" in the selected zone, not the browser one', () => {
    // 23:30 UTC: already the 19th in Madrid and Tokyo, still the 18th in New York.
    const late = { ...env, nowMs: Date.parse('2026-11-18T23:30:00Z') };
    expect(parseListState('', late).state).toMatchObject({ from: '2026-11-19', to: '2026-11-25' });
    expect(parseListState('?tz=Asia/Tokyo', late).state).toMatchObject({
      from: '2026-11-19',
      to: '2026-11-25',
    });
    expect(parseListState('?tz=America/New_York', late).state).toMatchObject({
      from: '2026-11-18',
      to: '2026-11-24',
    });
  });

  it('canonicalises zone spelling and accepts aliases', () => {
    expect(parseListState('?tz=europe/london', env).state.tz).toBe('Europe/London');
    expect(parseListState('?tz=US/Eastern', env).state.tz).toBe('US/Eastern');
  });

  it.each([
    ['from', '?from=2026-02-30', 'start date'],
    ['from', '?from=yesterday', 'start date'],
    ['to', '?to=0001-01-01', 'end date'],
    ['status', '?status=pending,bogus', 'status filter'],
    ['provider', '?provider=calendly', 'provider filter'],
    ['service', '?service=ser_1', 'service filter'],
    ['location', '?location=mars:base', 'location filter'],
    ['q', `?q=${'x'.repeat(201)}`, 'search text'],
    ['sort', '?sort=price', 'sort order'],
    ['tz', '?tz=Mars/Olympus', 'time zone'],
    ['tz', '?tz=%2B01:00', 'time zone'],
    ['q', '?q=%E0%A4%A', 'search text'],
  ])('falls back to the default %s for %s, with a notice naming it', (name, search, label) => {
    const { state, notices } = parseListState(search, env);
    expect(state[name as keyof ListState]).toEqual(defaultListState(env)[name as keyof ListState]);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(label);
  });

  it('quotes the parameter as written in the notice, shortened', () => {
    expect(parseListState('?sort=%%%', env).notices[0]).toContain('(“%%%”)');
    expect(parseListState('?status=pending,nope', env).notices[0]).toContain('(“pending,nope”)');
    expect(parseListState(`?q=${'y'.repeat(300)}`, env).notices[0]).toContain(`(“${'y'.repeat(39)}…”)`);
  });

  it('keeps the valid parameters when another one is garbage', () => {
    const { state, notices } = parseListState('?status=arrived&sort=%%%&provider=onlive', env);
    expect(state).toMatchObject({ status: ['arrived'], provider: ['onlive'], sort: 'start' });
    expect(notices).toHaveLength(1);
  });

  it('swaps an inverted range with a notice', () => {
    const { state, notices } = parseListState('?from=2026-12-10&to=2026-12-01', env);
    expect(state).toMatchObject({ from: '2026-12-01', to: '2026-12-10' });
    expect(notices).toEqual([expect.stringContaining('swapped')]);
  });

  it('caps a range longer than 366 days with a notice', () => {
    const { state, notices } = parseListState('?from=2026-01-01&to=2030-01-01', env);
    expect(state).toMatchObject({ from: '2026-01-01', to: '2027-01-01' });
    expect(notices).toEqual([expect.stringContaining('shortened')]);
  });

  it('fills a missing side of the range from the other, keeping the default span', () => {
    expect(parseListState('?from=2026-12-01', env).state).toMatchObject({
      from: '2026-12-01',
      to: '2026-12-08',
    });
    expect(parseListState('?to=2026-12-08', env).state).toMatchObject({
      from: '2026-12-01',
      to: '2026-12-08',
    });
  });

  it('ignores unknown parameters, repeated keys after the first and empty values', () => {
    const { state, notices } = parseListState('?utm=x&status=&sort=status&sort=-start&q=', env);
    expect(notices).toEqual([]);
    expect(state).toEqual({ ...defaultListState(env), sort: 'status' });
  });

  it('dedupes list values and puts them in a canonical order', () => {
    const { state } = parseListState('?status=cancelled,pending,cancelled&provider=onlive,caspen', env);
    expect(state.status).toEqual(['pending', 'cancelled']);
    expect(state.provider).toEqual(['caspen', 'onlive']);
  });

  it('reads + as a space and keeps an encoded comma inside one id', () => {
    const { state } = parseListState('?q=john+smith&service=appointment-one:a%2Cb,caspen:c', env);
    expect(state.q).toBe('john smith');
    expect(state.service).toEqual(['appointment-one:a,b', 'caspen:c']);
  });
});

describe('serialiseListState', () => {
  it('writes nothing for the default view', () => {
    expect(serialiseListState(defaultListState(env), env)).toBe('');
  });

  it('writes only what differs from the defaults, in a fixed order, readable', () => {
    const state: ListState = {
      ...defaultListState(env),
      status: ['confirmed', 'pending'],
      service: ['onlive:9f1e', 'caspen:ser_1'],
      q: 'ana & bob',
      tz: 'America/New_York',
    };
    expect(serialiseListState(state, env)).toBe(
      '?status=pending,confirmed&service=caspen:ser_1,onlive:9f1e&q=ana%20%26%20bob&tz=America/New_York',
    );
  });

  it('writes both days when either differs (a lone day would read back with the default span)', () => {
    const state = { ...defaultListState(env), to: '2026-11-20' };
    expect(serialiseListState(state, env)).toBe('?from=2026-11-18&to=2026-11-20');
  });

  it('leaves out a blank search', () => {
    expect(serialiseListState({ ...defaultListState(env), q: '   ' }, env)).toBe('');
  });
});

const day = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const text = fc.string({ unit: 'grapheme', maxLength: 30 });
const refItem = fc
  .tuple(fc.constantFrom(...PROVIDER_IDS), fc.string({ minLength: 1, maxLength: 12 }))
  .map(([p, id]) => `${p}:${id}`);

const stateArb = fc
  .record({
    a: day,
    b: day,
    status: fc.subarray([...STATUSES]),
    provider: fc.subarray([...PROVIDER_IDS]),
    service: fc.uniqueArray(refItem, { maxLength: 4 }),
    location: fc.uniqueArray(refItem, { maxLength: 4 }),
    q: text.filter((q) => q.trim() !== ''),
    sort: fc.constantFrom(...SORT_KEYS),
    tz: fc.constantFrom('Europe/Madrid', 'America/New_York', 'Asia/Kolkata', 'UTC', 'Australia/Lord_Howe'),
    view: fc.constantFrom(...VIEWS),
    lanes: fc.constantFrom(...LANE_BYS),
    show: fc.subarray([...SUMMARY_KEYS]),
  })
  .filter(({ a, b }) => Math.abs(Date.parse(a) - Date.parse(b)) < 300 * 86_400_000)
  .map(({ a, b, service, location, view, lanes, show, ...rest }): ListState => {
    const today = dayOf(env.nowMs, rest.tz);
    const from = view === 'today' ? today : a < b ? a : b;
    const to = view === 'list' ? (a < b ? b : a) : from;
    return {
      ...rest,
      from,
      to,
      service: [...service].sort(),
      location: [...location].sort(),
      view,
      // A view's own parameters exist only in that view.
      lanes: view === 'timeline' ? lanes : 'staff',
      show: view === 'today' ? show : [],
    };
  });

describe('round trip', () => {
  it('parse(serialise(state)) gives the state back, with no notices', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const { state: back, notices } = parseListState(serialiseListState(state, env), env);
        expect(notices).toEqual([]);
        expect(back).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });
});
