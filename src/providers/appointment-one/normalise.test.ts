import { describe, expect, it } from 'vitest';
import { onlyAppointment } from '../../test-support/test-appointment.ts';
import appointmentExample from './fixtures/appointment.json';
import eventExample from './fixtures/event.json';
import {
  EMPTY_APPOINTMENT_ONE_NAMES,
  eventInfo,
  normaliseList,
  type AppointmentOneNames,
} from './normalise.ts';
import { appointmentOneEventSchema } from './wire.ts';

// The example appointment links to event `15min`; the documented event example is `30min`.
const event15 = appointmentOneEventSchema.parse({
  ...eventExample,
  id: '15min',
  name: '15 minute appointment',
});
const NAMES: AppointmentOneNames = { events: new Map([['15min', eventInfo(event15)]]) };

const one = (record: unknown, names: AppointmentOneNames = NAMES) =>
  onlyAppointment(normaliseList([record], names));

describe('Appointment.one normalisation of the documented appointment', () => {
  it('turns the doc example into the expected Appointment', () => {
    expect(one(appointmentExample)).toEqual({
      provider: 'appointment-one',
      id: '96e2a34f5eede44e2e962da8eb439dbf',
      key: 'appointment-one:96e2a34f5eede44e2e962da8eb439dbf',
      title: 'Test',
      service: { id: '15min', name: '15 minute appointment' },
      startMs: 1489680000_000,
      endMs: 1489685400_000,
      durationMinutes: 90,
      status: 'cancelled',
      rawStatus: 'is_cancelled: true',
      client: { name: 'John Smith', email: 'test1@example.com', phone: null },
      guests: [{ name: null, email: 'test2@example.com', phone: null }],
      staff: null,
      calendar: null,
      location: { id: 'Bridge 800-555-5555', name: 'Bridge 800-555-5555' },
      room: null,
      meetingUrl: null,
      timeZone: null,
      notes: null,
      confirmation: { confirmed: false, atMs: null },
      cancellation: { atMs: null, reason: null, note: null },
      createdAtMs: Date.parse('2017-03-15T14:42:54.000Z'),
      updatedAtMs: null,
      // HTML is kept as raw text and marked as HTML; the detail panel sanitises it with DOMPurify.
      extra: { 'Event description': 'lorem ipsum.', 'Event bio': '<p><br></p>' },
      htmlFields: ['Event description', 'Event bio'],
      raw: appointmentExample,
    });
  });

  it('shows the event id when the event lookup failed', () => {
    const a = one(appointmentExample, EMPTY_APPOINTMENT_ONE_NAMES);
    expect(a.service).toEqual({ id: '15min', name: null });
    expect(a.location).toBeNull();
    expect(a.extra).toEqual({});
    expect(a.htmlFields).toEqual([]);
  });

  it('marks the event texts the docs say may hold HTML, and only those', () => {
    const event = appointmentOneEventSchema.parse({
      ...eventExample,
      id: '15min',
      invitation_title: '<b>Welcome</b>',
      invitation_body: '<p>See you <i>soon</i></p>',
    });
    const a = one(appointmentExample, { events: new Map([['15min', eventInfo(event)]]) });
    expect(a.extra['Invitation title']).toBe('<b>Welcome</b>');
    expect(a.htmlFields).toEqual(['Event description', 'Event bio', 'Invitation body']);
  });
});

describe('Appointment.one quirks', () => {
  it('accepts numbers as JSON numbers and attendees as a JSON-encoded string', () => {
    const a = one({
      ...appointmentExample,
      time_start: 1489680000,
      duration_mins: 30,
      attendees: '["x@example.com"]',
    });
    expect(new Date(a.endMs).toISOString()).toBe('2017-03-16T16:30:00.000Z');
    expect(a.guests).toEqual([{ name: null, email: 'x@example.com', phone: null }]);
  });

  it('has no service when there is no event link, and tolerates extra fields', () => {
    const a = one({
      ...appointmentExample,
      links: appointmentExample.links.slice(0, 1),
      timezone_hint: 'none',
    });
    expect(a.service).toBeNull();
  });

  it('is confirmed when not cancelled: a booking needs no confirmation there', () => {
    const a = one({ ...appointmentExample, is_cancelled: false });
    expect(a.status).toBe('confirmed');
    expect(a.confirmation).toEqual({ confirmed: true, atMs: null });
    expect(a.cancellation).toBeNull();
  });
});

describe('Appointment.one quarantine', () => {
  it('leaves out records with a non-numeric time, a string boolean or an absurd timestamp', () => {
    const records = [
      { ...appointmentExample, id: 'a', time_start: 'yesterday' },
      { ...appointmentExample, id: 'b', is_cancelled: 'false' },
      { ...appointmentExample, id: 'c', time_start: '99999999999999999' },
      appointmentExample,
    ];
    const result = normaliseList(records, NAMES);
    expect(result.appointments).toHaveLength(1);
    expect(result.quarantined.map(({ id, path }) => ({ id, path }))).toEqual([
      { id: 'a', path: 'time_start' },
      { id: 'b', path: 'is_cancelled' },
      { id: 'c', path: 'time_start' },
    ]);
  });
});
