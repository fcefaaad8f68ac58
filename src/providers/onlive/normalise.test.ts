import { describe, expect, it } from 'vitest';
import { onlyAppointment } from '../../test-support/test-appointment.ts';
import calendarExample from './fixtures/calendar.json';
import listExample from './fixtures/appointment-list.json';
import detailExample from './fixtures/appointment-v1.json';
import { EMPTY_ONLIVE_NAMES, normaliseList, type OnliveNames } from './normalise.ts';
import { calendarInfos } from './refs.ts';
import { onlivePageSchema } from './wire.ts';

const NAMES: OnliveNames = {
  calendars: new Map([
    [
      'af6c6be0-689a-4cf3-a8c8-550dd97b3a6b',
      { name: 'Showroom Alcobendas', timeZone: 'Europe/Madrid', type: 'asset' },
    ],
    [
      'c0ffee00-0000-4000-8000-000000000001',
      { name: 'Lucía Martín', timeZone: 'Europe/Madrid', type: 'agent' },
    ],
    ...calendarInfos([calendarExample]),
  ]),
  services: new Map([['01392598-e4b2-4810-ac7c-8c9cf4286a26', 'Test Drive Standard']]),
  userGroups: new Map([['1be7bf10-5c72-480b-b0d7-1c2bb023225d', 'Madrid North']]),
};

const one = (record: unknown, names: OnliveNames = NAMES) => onlyAppointment(normaliseList([record], names));

describe('ONLIVE.SITE normalisation of the documented examples', () => {
  it('turns the v1 single-appointment example into the expected Appointment', () => {
    const record = {
      ...detailExample,
      calendarIds: [...detailExample.calendarIds, 'c0ffee00-0000-4000-8000-000000000001'],
    };
    expect(one(record)).toEqual({
      provider: 'onlive',
      id: '1610c525-f19a-40d0-8cd1-03daba3d2d98',
      key: 'onlive:1610c525-f19a-40d0-8cd1-03daba3d2d98',
      title: 'Test Drive Standard',
      service: { id: '01392598-e4b2-4810-ac7c-8c9cf4286a26', name: 'Test Drive Standard' },
      startMs: Date.UTC(2025, 2, 10, 8),
      endMs: Date.UTC(2025, 2, 10, 8, 30),
      durationMinutes: 30,
      status: 'pending',
      rawStatus: 'pending',
      client: { name: 'John Doe', email: '[email protected]', phone: '+34600000000' },
      guests: [{ name: 'John Doe', email: '[email protected]', phone: '+34600000000' }],
      staff: { id: 'c0ffee00-0000-4000-8000-000000000001', name: 'Lucía Martín' },
      calendar: { id: 'af6c6be0-689a-4cf3-a8c8-550dd97b3a6b', name: 'Showroom Alcobendas' },
      location: {
        id: 'Carretera. De Fuencarral, 18, Alcobendas, Madrid',
        name: 'Carretera. De Fuencarral, 18, Alcobendas, Madrid',
      },
      room: null,
      meetingUrl: null,
      timeZone: 'Europe/Madrid',
      notes: null,
      confirmation: { confirmed: false, atMs: null },
      cancellation: null,
      createdAtMs: Date.parse('2025-03-09T19:32:03.735Z'),
      updatedAtMs: Date.parse('2025-03-09T19:32:06.669Z'),
      extra: { 'User group': 'Madrid North', Origin: 'onlive_public', Language: 'es', Country: 'Spain' },
      raw: record,
    });
  });

  it('parses the documented list page and normalises its item', () => {
    const page = onlivePageSchema.parse(listExample);
    expect(page).toMatchObject({ total: 45, totalPages: 5, currentPage: 1 });
    const a = one(page.items[0]);
    expect(a).toMatchObject({
      id: '123e4567-e89b-12d3-a456-426614174000',
      title: 'Product Demo Meeting',
      startMs: Date.parse('2025-05-20T14:00:00.000Z'),
      endMs: Date.parse('2025-05-20T15:00:00.000Z'),
      durationMinutes: 60,
      status: 'pending',
      service: { id: '123e4567-e89b-12d3-a456-426614174000', name: null },
      client: { name: null, email: 'guest@example.com', phone: null },
      calendar: { id: '123e4567-e89b-12d3-a456-426614174000', name: 'Work Calendar' },
      staff: { id: '123e4567-e89b-12d3-a456-426614174000', name: 'Work Calendar' },
      timeZone: 'America/New_York',
      meetingUrl: 'https://meet.example.com/room/123',
      room: { id: 'Demo Room 1', name: 'Demo Room 1' },
      notes: 'Demonstration of new product features to the client',
      cancellation: null,
    });
    expect(a.extra).toEqual({
      Origin: 'web',
      Language: 'en-US',
      'External ID': 'EXT-123',
      'Cancellation origin': 'user',
      Country: 'Spain',
    });
  });

  it('shows ids when the calendar, service and user-group lookups failed', () => {
    const a = one(detailExample, EMPTY_ONLIVE_NAMES);
    expect(a.calendar).toEqual({ id: 'af6c6be0-689a-4cf3-a8c8-550dd97b3a6b', name: null });
    expect(a.staff).toBeNull(); // which calendar is an agent is unknown without the list
    expect(a.service).toEqual({ id: '01392598-e4b2-4810-ac7c-8c9cf4286a26', name: null });
    expect(a.extra['User group']).toBe('1be7bf10-5c72-480b-b0d7-1c2bb023225d');
    expect(a.timeZone).toBeNull();
  });
});

describe('ONLIVE.SITE staff and location', () => {
  const agent = 'c0ffee00-0000-4000-8000-000000000001';
  const asset = 'af6c6be0-689a-4cf3-a8c8-550dd97b3a6b';

  it('takes the staff member from the agent calendar, whatever its place in calendarIds', () => {
    for (const calendarIds of [
      [asset, agent],
      [agent, asset],
    ]) {
      expect(one({ ...detailExample, calendarIds }).staff).toEqual({ id: agent, name: 'Lucía Martín' });
    }
    expect(one({ ...detailExample, calendarIds: [asset] }).staff).toBeNull();
  });

  it("takes the location from the appointment's address, never from a calendar", () => {
    const a = one({ ...detailExample, calendarIds: [agent] });
    expect(a.location?.name).toBe('Carretera. De Fuencarral, 18, Alcobendas, Madrid');
    expect(a.location?.name).not.toBe(a.staff?.name);
    // The documented calendar carries `extraFields.location` ("New York Office"): still no place.
    const bare = one({
      ...detailExample,
      calendarIds: ['123e4567-e89b-12d3-a456-426614174000'],
      extraFields: {},
    });
    expect(bare.staff?.name).toBe('Work Calendar');
    expect(bare.location).toBeNull();
  });

  it('writes the address once per part, the same Ref for the same address', () => {
    const fields = { street: 'Calle de Serrano 41', city: 'Madrid', area: 'Madrid', country: 'Spain' };
    const [a, b] = normaliseList(
      [
        { ...detailExample, extraFields: fields },
        { ...detailExample, id: 'c0ffee00-0000-4000-8000-00000000000b', extraFields: { ...fields } },
      ],
      NAMES,
    ).appointments;
    expect(a?.location).toEqual({ id: 'Calle de Serrano 41, Madrid', name: 'Calle de Serrano 41, Madrid' });
    expect(b?.location).toBe(a?.location);
    expect(one({ ...detailExample, extraFields: { city: 'Madrid' } }).location?.name).toBe('Madrid');
  });
});

describe('ONLIVE.SITE quirks', () => {
  it('accepts the v2 field names startAt/endAt/status/subStatus', () => {
    const { start, end, state, blocked: _b, ...rest } = detailExample;
    const v2 = {
      ...rest,
      startAt: start,
      endAt: end,
      status: 'cancelled',
      subStatus: 'user-request',
      cancelledAt: null,
    };
    const a = one(v2);
    expect(a).toMatchObject({
      startMs: Date.parse('2025-03-10T08:00:00.000Z'),
      status: 'cancelled',
      rawStatus: 'cancelled',
    });
    expect(a.cancellation).toEqual({ atMs: null, reason: 'user-request', note: null });
    expect(state).toBe('pending');
  });

  it('quarantines a record with neither start nor startAt', () => {
    const { start: _s, ...rest } = detailExample;
    const result = normaliseList([rest], NAMES);
    expect(result.quarantined).toEqual([
      {
        provider: 'onlive',
        id: detailExample.id,
        path: 'start',
        message: 'Expected start (v1) or startAt (v2)',
      },
    ]);
  });

  it('keeps obfuscated guest e-mails as text and ignores non-text extra fields', () => {
    const a = one({
      ...detailExample,
      guests: [{ email: '[email protected]', extraFields: { firstName: 42, lastName: ['x'] } }],
    });
    expect(a.client).toEqual({ name: '42', email: '[email protected]', phone: null });
  });

  it('treats a deleted appointment as cancelled at its deletion time', () => {
    const a = one({ ...detailExample, deletedAt: '2025-03-09T19:32:06.669Z' });
    expect(a.status).toBe('cancelled');
    expect(a.rawStatus).toBe('pending');
    expect(a.cancellation?.atMs).toBe(Date.parse('2025-03-09T19:32:06.669Z'));
  });
});
