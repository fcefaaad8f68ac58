import { describe, expect, it } from 'vitest';
import { parseListState, serialiseListState } from './url-state.ts';
import { viewAfterDateChange } from './view-params.ts';

const env = { nowMs: Date.parse('2026-11-18T09:30:00Z'), browserTz: 'Europe/Madrid' };

describe('view parameters in the URL', () => {
  it('reads Today as today only, whatever dates the address carries', () => {
    const { state, notices } = parseListState('?view=today&from=2026-11-01&to=2026-11-30', env);
    expect(state).toMatchObject({ view: 'today', from: '2026-11-18', to: '2026-11-18' });
    expect(notices).toEqual([]);
    expect(serialiseListState(state, env)).toBe('?view=today');
  });

  it('reads the timeline as the one day `from`, defaulting to today', () => {
    expect(parseListState('?view=timeline', env).state).toMatchObject({
      from: '2026-11-18',
      to: '2026-11-18',
    });
    const { state } = parseListState('?view=timeline&from=2026-11-20&lanes=room', env);
    expect(state).toMatchObject({ from: '2026-11-20', to: '2026-11-20', lanes: 'room' });
    expect(serialiseListState(state, env)).toBe('?from=2026-11-20&view=timeline&lanes=room');
  });

  it('keeps the summary filters of the Today board, in a canonical order', () => {
    const { state } = parseListState('?view=today&show=late,arrived,late', env);
    expect(state.show).toEqual(['arrived', 'late']);
    expect(serialiseListState(state, env)).toBe('?view=today&show=arrived,late');
  });

  it('falls back to the default for garbage, with a notice naming it', () => {
    const { state, notices } = parseListState('?view=calendar&lanes=desk&show=soon', env);
    expect(state).toMatchObject({ view: 'list', lanes: 'staff', show: [] });
    expect(notices).toEqual([
      'Ignored the view in the address (“calendar”): it is not valid.',
      'Ignored the timeline lanes in the address (“desk”): it is not valid.',
      'Ignored the summary filter in the address (“soon”): it is not valid.',
    ]);
  });
});

describe('viewAfterDateChange', () => {
  const today = '2026-11-18';
  it('leaves Today for the list when other days are picked', () => {
    expect(viewAfterDateChange('today', { from: '2026-11-19', to: '2026-11-19' }, today)).toBe('list');
    expect(viewAfterDateChange('today', { from: today, to: today }, today)).toBe('today');
    expect(viewAfterDateChange('timeline', { from: '2026-11-19', to: '2026-11-25' }, today)).toBe('timeline');
  });
});
