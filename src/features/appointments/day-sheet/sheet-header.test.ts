import { describe, expect, it } from 'vitest';
import { defaultListState } from '../list-state/url-state.ts';
import { printedAt, sheetDays, sheetFilters, sheetTitle } from './sheet-header.ts';

const env = { nowMs: Date.parse('2026-11-18T09:30:00Z'), browserTz: 'Europe/Madrid' };
const base = defaultListState(env);
const facets = {
  service: [{ value: 'caspen:ser_1', provider: 'caspen' as const, label: 'Physiotherapy', count: 3 }],
  location: [],
};

describe('the printed sheet header', () => {
  it('names one day once and a range by both ends', () => {
    expect(sheetDays({ ...base, to: base.from })).toBe('Wed, 18 Nov 2026');
    expect(sheetDays(base)).toBe('Wed, 18 Nov 2026 – Tue, 24 Nov 2026');
  });

  it('lists every active filter by its label, or says there are none', () => {
    expect(sheetFilters(base, facets)).toEqual([]);
    const state = {
      ...base,
      status: ['arrived' as const],
      provider: ['caspen' as const],
      service: ['caspen:ser_1', 'caspen:gone'],
      q: ' ana ',
      view: 'today' as const,
      show: ['late' as const],
    };
    expect(sheetFilters(state, facets)).toEqual([
      'Status: Arrived',
      'Provider: Caspen',
      'Service: Physiotherapy, gone',
      'Search: “ana”',
      'Showing: Late',
    ]);
  });

  it('titles the view and stamps the time in the list zone', () => {
    expect(sheetTitle({ ...base, view: 'timeline' })).toBe('Appointments: Timeline');
    expect(printedAt(env.nowMs, 'Europe/Madrid')).toBe('Printed at Wed, 18 Nov 2026, 10:30 (Europe/Madrid)');
  });
});
