import type { Appointment } from '../../../domain/appointment.ts';
import { PROVIDER_IDS } from '../../../domain/provider.ts';
import { STATUSES } from '../../../domain/status.ts';

const BASE_MS = Date.parse('2026-11-18T09:00:00.000Z');

/** A plausible normalised appointment for component tests; `i` varies provider, status and time. */
export function testAppointment(i: number, overrides: Partial<Appointment> = {}): Appointment {
  const provider = PROVIDER_IDS[i % PROVIDER_IDS.length]!;
  const id = `apt-${i}`;
  const startMs = BASE_MS + i * 15 * 60_000;
  const endMs = startMs + 45 * 60_000;
  return {
    provider,
    id,
    key: `${provider}:${id}`,
    title: `Session ${i}`,
    service: { id: `svc-${i % 4}`, name: i % 4 === 3 ? null : `Service ${i % 4}` },
    start: new Date(startMs).toISOString(),
    end: new Date(endMs).toISOString(),
    startMs,
    endMs,
    durationMinutes: 45,
    status: STATUSES[i % STATUSES.length]!,
    rawStatus: i % STATUSES.length === 5 ? 'rescheduled' : STATUSES[i % STATUSES.length]!,
    client: { name: `Client ${i}`, email: `client${i}@example.com`, phone: '+34 600 000 000' },
    guests: [],
    staff: { id: `staff-${i % 3}`, name: `Staff ${i % 3}` },
    calendar: null,
    location: { id: 'loc-1', name: 'Main Clinic' },
    room: null,
    meetingUrl: null,
    timeZone: null,
    notes: null,
    confirmation: { confirmed: false, at: null },
    cancellation: null,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: null,
    extra: {},
    raw: { id },
    ...overrides,
  };
}

export function testAppointments(count: number): Appointment[] {
  return Array.from({ length: count }, (_, i) => testAppointment(i));
}
