/** A small mixed list across providers and the filter state the filter-engine tests start from. */
import type { Appointment } from '../domain/appointment.ts';
import { defaultListState, type ListState } from '../features/appointments/list-state/url-state.ts';
import { applyFilters } from '../features/appointments/filter-engine/apply-filters.ts';
import { rangeOf } from './iso-range.ts';
import { testAppointment } from './test-appointment.ts';

const physio = { id: 'ser_01PHYSIO', name: 'Physiotherapy' };
const massage = { id: 'ser_01MASSAGE', name: 'Massage' };
const clinic = { id: 'loc_01MAIN', name: 'Main Clinic' };
const demo = { id: '30min', name: '30 minute appointment' };
const testDrive = { id: '0139-service', name: 'Test Drive Standard' };
const madridCal = { id: 'af6c-cal', name: 'Madrid showroom' };

/** Realistic appointments per provider, with what each provider actually fills in (see the normalisers). */
export const fixtures: Appointment[] = [
  testAppointment({
    provider: 'caspen',
    id: 'app_01A',
    start: '2026-11-18T09:00:00Z',
    status: 'confirmed',
    service: physio,
    location: clinic,
    client: { name: 'José Núñez', email: 'jose@example.com', phone: '+34 600 111 222' },
    notes: 'Prefers mornings',
  }),
  testAppointment({
    provider: 'caspen',
    id: 'app_01B',
    start: '2026-11-18T11:00:00Z',
    status: 'pending',
    service: massage,
    location: clinic,
    client: { name: 'Anna Berg', email: null, phone: null },
  }),
  testAppointment({
    provider: 'caspen',
    id: 'app_01C',
    start: '2026-11-19T08:00:00Z',
    status: 'no_show',
    service: physio,
    location: clinic,
    client: null,
  }),
  testAppointment({
    provider: 'appointment-one',
    id: '96e2a34f5eede44e2e962da8eb439dbf',
    start: '2026-11-18T10:00:00Z',
    status: 'cancelled',
    service: demo,
    location: { id: 'Bridge 800-555-5555', name: 'Bridge 800-555-5555' },
    title: 'Intro call',
    client: { name: 'Zoë Adams', email: 'zoe@example.org', phone: null },
  }),
  testAppointment({
    provider: 'appointment-one',
    id: 'b7',
    start: '2026-11-20T10:00:00Z',
    status: 'pending',
    service: demo,
    title: 'Follow-up',
    client: { name: 'Ólafur Arnalds', email: 'o@example.is', phone: null },
  }),
  testAppointment({
    provider: 'onlive',
    id: '1610c525-f19a-40d0-8cd1-03daba3d2d98',
    start: '2026-11-18T09:00:00Z',
    status: 'pending',
    service: testDrive,
    calendar: madridCal,
    location: {
      id: 'Carretera. De Fuencarral, 18, Alcobendas, Madrid',
      name: 'Carretera. De Fuencarral, 18, Alcobendas, Madrid',
    },
    title: 'Test Drive Standard',
    client: { name: 'John Doe', email: 'john@example.com', phone: '+34600000000' },
  }),
  testAppointment({
    provider: 'onlive',
    id: 'c0ffee00-0000-4000-8000-000000000001',
    start: '2026-11-21T15:00:00Z',
    status: 'arrived',
    service: { id: 'no-name', name: null },
    calendar: madridCal,
    client: { name: null, email: 'мария@пример.рф', phone: null },
  }),
  // Outside the range on both sides.
  testAppointment({
    provider: 'caspen',
    id: 'app_01OLD',
    start: '2026-11-10T09:00:00Z',
    service: { id: 'ser_01OLD', name: 'Retired service' },
  }),
  testAppointment({
    provider: 'onlive',
    id: 'late',
    start: '2026-11-22T00:00:00Z',
    service: testDrive,
    calendar: madridCal,
  }),
];

export const range = rangeOf('2026-11-18T00:00:00.000Z', '2026-11-22T00:00:00.000Z');
// Nothing ticked, sorted by start, UTC, 18-21 Nov (the days of `range`).
export const base: ListState = {
  ...defaultListState({ nowMs: Date.parse('2026-11-18T12:00:00Z'), browserTz: 'UTC' }),
  to: '2026-11-21',
};

export const run = (patch: Partial<ListState>, items = fixtures) =>
  applyFilters(items, { ...base, ...patch }, range);
export const ids = (patch: Partial<ListState>) => run(patch).rows.map((a) => a.id);
