import { describe, expect, it } from 'vitest';
import { blockBox, buildAxis, HOUR_PX } from './timeline-axis.ts';

const tz = 'Europe/Madrid';
// 18 Nov 2026 in Madrid (CET, +01:00): 17 Nov 23:00Z to 18 Nov 23:00Z.
const day = { from: Date.parse('2026-11-17T23:00:00Z'), to: Date.parse('2026-11-18T23:00:00Z') };
const row = (start: string, end: string) => ({ startMs: Date.parse(start), endMs: Date.parse(end) });

describe('buildAxis', () => {
  it('spans the working day when everything fits inside it', () => {
    const axis = buildAxis([row('2026-11-18T09:00:00Z', '2026-11-18T10:00:00Z')], day, tz);
    expect(new Date(axis.fromMs).toISOString()).toBe('2026-11-18T07:00:00.000Z');
    expect(axis.hours).toHaveLength(10);
    expect(axis.widthPx).toBe(10 * HOUR_PX);
  });

  it('widens to whole hours around early and late bookings, within the day', () => {
    const axis = buildAxis(
      [
        row('2026-11-18T01:15:00Z', '2026-11-18T03:15:00Z'),
        row('2026-11-18T22:30:00Z', '2026-11-19T00:00:00Z'),
      ],
      day,
      tz,
    );
    expect(new Date(axis.fromMs).toISOString()).toBe('2026-11-18T01:00:00.000Z');
    expect(new Date(axis.toMs).toISOString()).toBe('2026-11-18T23:00:00.000Z');
  });
});

describe('blockBox', () => {
  it('places a block by its times and keeps short ones 24 px wide', () => {
    const axis = buildAxis([], day, tz);
    expect(blockBox(axis, Date.parse('2026-11-18T08:00:00Z'), Date.parse('2026-11-18T08:30:00Z'))).toEqual({
      left: HOUR_PX,
      width: HOUR_PX / 2,
    });
    expect(blockBox(axis, Date.parse('2026-11-18T08:00:00Z'), Date.parse('2026-11-18T08:05:00Z')).width).toBe(
      24,
    );
  });
});
