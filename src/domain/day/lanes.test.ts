import { describe, expect, it } from 'vitest';
import { testAppointment } from '../../test-support/test-appointment.ts';
import { buildLanes } from './lanes.ts';

const at = (id: string, start: string, minutes: number, extra = {}) =>
  testAppointment({ id, start: `2026-11-18T${start}:00.000Z`, durationMinutes: minutes, ...extra });

describe('buildLanes', () => {
  it('makes one lane per staff member, by name, unassigned last', () => {
    const lanes = buildLanes(
      [
        at('a', '09:00', 30, { staff: { id: 's2', name: 'Zoe' } }),
        at('b', '09:00', 30),
        at('c', '10:00', 30, { staff: { id: 's1', name: 'Ana' } }),
      ],
      'staff',
    );
    expect(lanes.map((l) => [l.key, l.label])).toEqual([
      ['caspen:s1', 'Ana'],
      ['caspen:s2', 'Zoe'],
      ['none', 'No staff member'],
    ]);
  });

  it('puts overlapping appointments on separate tracks and reuses a freed track', () => {
    const staff = { id: 's1', name: 'Ana' };
    const [lane] = buildLanes(
      [at('a', '02:00', 120, { staff }), at('b', '02:15', 60, { staff }), at('c', '04:00', 30, { staff })],
      'staff',
    );
    expect(lane?.tracks).toBe(2);
    expect(lane?.items.map((i) => [i.appointment.id, i.track])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 0],
    ]);
  });

  it('uses the calendar when there is no room, and the place (never the calendar) for location', () => {
    const calendar = { id: 'cal1', name: 'Showroom' };
    const location = { id: 'Calle 1, Madrid', name: 'Calle 1, Madrid' };
    const appointment = at('a', '09:00', 30, { provider: 'onlive', calendar, location });
    expect(buildLanes([appointment], 'room')[0]?.key).toBe('onlive:cal1');
    expect(buildLanes([appointment], 'location')[0]?.label).toBe('Calle 1, Madrid');
    const noPlace = at('b', '09:00', 30, { provider: 'onlive', calendar });
    expect(buildLanes([noPlace], 'location')[0]?.key).toBe('none');
  });

  it('marks a lane whose name did not resolve', () => {
    const [lane] = buildLanes([at('a', '09:00', 30, { staff: { id: 'pra_9', name: null } })], 'staff');
    expect(lane).toMatchObject({ label: 'pra_9', unnamed: true });
  });

  it('tells apart two lanes of one provider with the same name by their ids, and no others', () => {
    const lanes = buildLanes(
      [
        at('a', '09:00', 30, { staff: { id: 's1', name: 'Carmen Ruiz' } }),
        at('b', '09:00', 30, { staff: { id: 's2', name: 'Carmen Ruiz' } }),
        at('c', '09:00', 30, { provider: 'onlive', staff: { id: 'x9', name: 'Carmen Ruiz' } }),
        at('d', '09:00', 30, { staff: { id: 's3', name: 'Ana' } }),
      ],
      'staff',
    );
    expect(lanes.map((l) => [l.key, l.twinId])).toEqual([
      ['caspen:s3', null],
      ['caspen:s1', 's1'],
      ['caspen:s2', 's2'],
      ['onlive:x9', null],
    ]);
  });
});
