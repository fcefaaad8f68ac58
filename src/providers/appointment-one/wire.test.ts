import { describe, expect, it } from 'vitest';
import calendarListExample from './fixtures/calendar-list.json';
import calendarExample from './fixtures/calendar.json';
import eventListExample from './fixtures/event-list.json';
import eventExample from './fixtures/event.json';
import {
  appointmentOneCalendarListSchema,
  appointmentOneCalendarSchema,
  appointmentOneEventListSchema,
  appointmentOneEventSchema,
  attendeesSchema,
  eventIdFromHref,
  numberish,
} from './wire.ts';

describe('Appointment.one wire schemas against the doc examples', () => {
  it('parses the event list (payload key `events`, not the `calendars` of the field list)', () => {
    const parsed = appointmentOneEventListSchema.parse(eventListExample);
    expect(parsed.events.map((e) => e.name)).toEqual(['30 minute appointment']);
    expect(parsed.total_count).toBe(3);
  });

  it('parses event details with string numbers and the JSON-encoded attendees', () => {
    // The doc elides the event's links as `[ ... ]`; the fixture fills in its self link.
    const parsed = appointmentOneEventSchema.parse(eventExample);
    expect(parsed).toMatchObject({ duration: 30, date_added: 1484278495, attendees: [], bio: '<p><br></p>' });
  });

  it('parses the calendar list and calendar details', () => {
    expect(appointmentOneCalendarListSchema.parse(calendarListExample).calendars[0]?.id).toBe(
      'test1@example.com',
    );
    expect(appointmentOneCalendarSchema.parse(calendarExample)).toMatchObject({
      default: false,
      date_added: 1489610800,
    });
  });
});

describe('Appointment.one quirks', () => {
  it('accepts numbers as numeric strings or JSON numbers, nothing else', () => {
    expect(numberish.parse('90')).toBe(90);
    expect(numberish.parse(90)).toBe(90);
    expect(numberish.safeParse('ninety').success).toBe(false);
    expect(numberish.safeParse('').success).toBe(false);
  });

  it('accepts attendees as a real array or a JSON-encoded one', () => {
    expect(attendeesSchema.parse(['a@example.com'])).toEqual(['a@example.com']);
    expect(attendeesSchema.parse('["a@example.com","b@example.com"]')).toEqual([
      'a@example.com',
      'b@example.com',
    ]);
    expect(attendeesSchema.safeParse('[1, 2]').success).toBe(false);
    expect(attendeesSchema.safeParse('not json').success).toBe(false);
  });

  it('reads the event id from an event link, upstream or rewritten by the proxy', () => {
    expect(eventIdFromHref('/api/v1/event/15min')).toBe('15min');
    expect(eventIdFromHref('/api/providers/appointment-one/event/30min')).toBe('30min');
    expect(eventIdFromHref('/api/v1/appointment/abc')).toBeNull();
  });
});
