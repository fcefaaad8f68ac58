import { describe, expect, it } from 'vitest';
import { onlyAppointment } from '../../test-support/test-appointment.ts';
import appointmentExample from './fixtures/appointment.json';
import pageExample from './fixtures/page.json';
import { EMPTY_CASPEN_NAMES, normaliseList, type CaspenNames } from './normalise.ts';
import { caspenPageSchema } from './wire.ts';

const NAMES: CaspenNames = {
  services: new Map([['ser_01HQFQ9QWTNNPY58FZ8CB3FWWK', 'Initial consultation']]),
  locations: new Map([
    ['loc_01HQFQ9QWTNNPY58FZ8CB3FWWK', { name: 'Main Clinic', timeZone: 'Australia/Sydney' }],
  ]),
  clients: new Map([
    [
      'cli_01HQFQ9QWTNNPY58FZ8CB3FWWK',
      { id: 'cli_01HQFQ9QWTNNPY58FZ8CB3FWWK', name: 'Jane Citizen', email: 'jane@example.com', phone: null },
    ],
  ]),
  practitioners: new Map([['pra_01HQFQ9QWTNNPY58FZ8CB3FWWK', 'Dr Sam Lee']]),
  rooms: new Map([['rom_01HQFQ9QWTNNPY58FZ8CB3FWWK', 'Room 2']]),
};

const one = (record: unknown, names: CaspenNames = NAMES) => onlyAppointment(normaliseList([record], names));

describe('Caspen normalisation of the documented AppointmentResource', () => {
  it('turns the doc example into the expected Appointment', () => {
    expect(one(appointmentExample)).toEqual({
      provider: 'caspen',
      id: 'app_01HQFQ9QWTNNPY58FZ8CB3FWWK',
      key: 'caspen:app_01HQFQ9QWTNNPY58FZ8CB3FWWK',
      title: 'Initial consultation',
      service: { id: 'ser_01HQFQ9QWTNNPY58FZ8CB3FWWK', name: 'Initial consultation' },
      startMs: Date.UTC(2024, 0, 1, 10),
      endMs: Date.UTC(2024, 0, 1, 11),
      durationMinutes: 60,
      // The example is `pending` with a cancellation filled in: the status table maps `status` only.
      status: 'pending',
      rawStatus: 'pending',
      client: {
        id: 'cli_01HQFQ9QWTNNPY58FZ8CB3FWWK',
        name: 'Jane Citizen',
        email: 'jane@example.com',
        phone: null,
      },
      guests: [],
      staff: { id: 'pra_01HQFQ9QWTNNPY58FZ8CB3FWWK', name: 'Dr Sam Lee' },
      calendar: null,
      location: { id: 'loc_01HQFQ9QWTNNPY58FZ8CB3FWWK', name: 'Main Clinic' },
      room: { id: 'rom_01HQFQ9QWTNNPY58FZ8CB3FWWK', name: 'Room 2' },
      meetingUrl: null,
      timeZone: 'Australia/Sydney',
      notes: 'Client requested morning appointment.',
      confirmation: { confirmed: false, atMs: null },
      cancellation: {
        atMs: Date.parse('2024-01-01T08:00:00.000Z'),
        reason: 'cnr_01HQFQ9QWTNNPY58FZ8CB3FWWK',
        note: 'Client had to travel unexpectedly.',
      },
      createdAtMs: Date.parse('2024-01-01T12:00:00.000Z'),
      updatedAtMs: null,
      extra: {
        'Client ID': 'cli_01HQFQ9QWTNNPY58FZ8CB3FWWK',
        'Client package': 'cpk_01HQFQ9QWTNNPY58FZ8CB3FWWK',
        Case: 'cas_01HQFQ9QWTNNPY58FZ8CB3FWWK',
        Vehicle: 'veh_01HQFQ9QWTNNPY58FZ8CB3FWWK',
        Resources: 'res_01HYHYQHA682J0K1RW7B2HVA9F, res_01HYHYW37MTYJPMT5JV4RN99GK',
      },
      raw: appointmentExample,
    });
  });

  it('shows ids with null names when the reference lookups failed', () => {
    const a = one(appointmentExample, EMPTY_CASPEN_NAMES);
    expect(a.service).toEqual({ id: 'ser_01HQFQ9QWTNNPY58FZ8CB3FWWK', name: null });
    expect(a.staff).toEqual({ id: 'pra_01HQFQ9QWTNNPY58FZ8CB3FWWK', name: null });
    expect(a.location).toEqual({ id: 'loc_01HQFQ9QWTNNPY58FZ8CB3FWWK', name: null });
    expect(a.room).toEqual({ id: 'rom_01HQFQ9QWTNNPY58FZ8CB3FWWK', name: null });
    expect(a.client).toEqual({ id: 'cli_01HQFQ9QWTNNPY58FZ8CB3FWWK', name: null, email: null, phone: null });
    expect(a.title).toBeNull();
    expect(a.timeZone).toBeNull();
  });

  it('parses the documented page envelope and quarantines its placeholder record', () => {
    expect(caspenPageSchema.safeParse(pageExample).success).toBe(true);
    const result = normaliseList(pageExample.data, NAMES);
    expect(result.appointments).toEqual([]);
    expect(result.quarantined).toEqual([
      {
        provider: 'caspen',
        id: '...',
        path: 'location_id',
        message: expect.stringContaining('expected string'),
      },
    ]);
  });
});

describe('Caspen quirks', () => {
  it('tolerates extra fields of the newer revision and a missing client_id', () => {
    const { client_id: _dropped, ...withoutClient } = appointmentExample;
    const a = one({
      ...withoutClient,
      service_price: 12000,
      total_price: 24000,
      price_unit: 'hourly',
      clients: [],
    });
    expect(a.client).toBeNull();
    expect(a.extra['Client ID']).toBeUndefined();
  });

  it('accepts offsets and sub-second precision, and answers in canonical UTC', () => {
    const a = one({
      ...appointmentExample,
      starts_at: '2024-01-01T21:00:00+11:00',
      ends_at: '2024-01-01T22:00:00.5+11:00',
    });
    expect(new Date(a.startMs).toISOString()).toBe('2024-01-01T10:00:00.000Z');
    expect(new Date(a.endMs).toISOString()).toBe('2024-01-01T11:00:00.500Z');
  });

  it('has no cancellation for an uncancelled appointment, and confirmation from the flag', () => {
    const a = one({
      ...appointmentExample,
      cancellation_reason_id: null,
      cancellation_note: null,
      cancelled_at: null,
      confirmed: true,
      confirmed_at: '2023-12-30T09:15:00Z',
    });
    expect(a.cancellation).toBeNull();
    expect(a.confirmation).toEqual({ confirmed: true, atMs: Date.parse('2023-12-30T09:15:00.000Z') });
    expect(a.status).toBe('confirmed');
  });

  it('keeps no-room and empty resources out of the view', () => {
    const a = one({ ...appointmentExample, room_id: null, resource_ids: [], vehicle_id: null, note: '  ' });
    expect(a.room).toBeNull();
    expect(a.notes).toBeNull();
    expect(Object.keys(a.extra)).toEqual(['Client ID', 'Client package', 'Case']);
  });
});

describe('Caspen quarantine', () => {
  it('leaves out a record that breaks the schema, keeping id, field path and message', () => {
    const bad = { ...appointmentExample, id: 'app_bad', starts_at: 'tomorrow morning' };
    const result = normaliseList([appointmentExample, bad, 'not an object'], NAMES);
    expect(result.appointments.map((a) => a.id)).toEqual(['app_01HQFQ9QWTNNPY58FZ8CB3FWWK']);
    expect(result.quarantined).toEqual([
      { provider: 'caspen', id: 'app_bad', path: 'starts_at', message: expect.any(String) },
      { provider: 'caspen', id: null, path: '', message: expect.stringContaining('expected object') },
    ]);
  });

  it('quarantines a wrongly typed duration rather than guessing', () => {
    const result = normaliseList([{ ...appointmentExample, duration: '60' }], NAMES);
    expect(result.quarantined[0]?.path).toBe('duration');
  });
});
