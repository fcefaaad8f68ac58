import { describe, expect, it } from 'vitest';
import { sampleAppointment, sampleAppointments, testAppointment } from './test-appointment.ts';

describe('testAppointment', () => {
  it('derives key, epoch ms and the missing end or duration so they always agree', () => {
    const byEnd = testAppointment({
      provider: 'onlive',
      id: 'x1',
      start: '2026-11-18T09:30:00Z',
      end: '2026-11-18T10:15:00Z',
    });
    expect(byEnd).toMatchObject({
      key: 'onlive:x1',
      startMs: Date.parse('2026-11-18T09:30:00Z'),
      endMs: Date.parse('2026-11-18T10:15:00Z'),
      durationMinutes: 45,
    });
    const byDuration = testAppointment({ start: '2026-11-18T09:30:00Z', durationMinutes: 90 });
    expect(byDuration).toMatchObject({ key: 'caspen:apt-1', endMs: Date.parse('2026-11-18T11:00:00.000Z') });
    expect(byDuration.endMs - byDuration.startMs).toBe(90 * 60_000);
  });

  it('refuses times that contradict each other or do not parse', () => {
    expect(() =>
      testAppointment({ start: '2026-11-18T09:00:00Z', end: '2026-11-18T10:00:00Z', durationMinutes: 30 }),
    ).toThrow(/does not match/);
    expect(() => testAppointment({ start: 'soon' })).toThrow(/bad start/);
  });
});

describe('sampleAppointment', () => {
  it('varies provider, status and start with the index and keeps overrides consistent', () => {
    const [a, b] = sampleAppointments(2);
    expect([a?.provider, b?.provider]).toEqual(['caspen', 'appointment-one']);
    expect((b?.startMs ?? 0) - (a?.startMs ?? 0)).toBe(15 * 60_000);
    expect(sampleAppointment(5)).toMatchObject({ status: 'other', rawStatus: 'rescheduled' });
    const late = sampleAppointment(0, { end: '2026-11-18T12:00:00.000Z' });
    expect(late.durationMinutes).toBe(180);
  });
});
