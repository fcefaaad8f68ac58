/**
 * Test factories for `Appointment` (imported by tests only). One place builds the full object, so a new
 * model field means one change here instead of one per test file.
 */
import type { Appointment } from '../domain/appointment.ts';
import { PROVIDER_IDS } from '../../contract/providers.ts';
import { STATUSES } from '../domain/status.ts';

/**
 * Anything but the fields derived from others: `key` from provider and id, `startMs`/`endMs` from `start`
 * and `end`, which tests write as ISO text, the way their fixtures read.
 */
export type TestAppointmentOverrides = Partial<Omit<Appointment, 'key' | 'startMs' | 'endMs'>> & {
  start?: string;
  end?: string;
};

const DEFAULT_START = '2026-11-18T09:00:00.000Z';
const DEFAULT_MINUTES = 30;

/** End and duration from whichever the test gave: `end` wins; neither means 30 minutes. */
function span(
  start: string,
  { end, durationMinutes }: TestAppointmentOverrides,
): Pick<Appointment, 'startMs' | 'endMs' | 'durationMinutes'> {
  const startMs = Date.parse(start);
  if (Number.isNaN(startMs)) throw new Error(`testAppointment: bad start ${start}`);
  if (end === undefined) {
    const minutes = durationMinutes ?? DEFAULT_MINUTES;
    const endMs = startMs + minutes * 60_000;
    return { startMs, endMs, durationMinutes: minutes };
  }
  const endMs = Date.parse(end);
  const minutes = (endMs - startMs) / 60_000;
  if (Number.isNaN(endMs) || (durationMinutes !== undefined && durationMinutes !== minutes))
    throw new Error(`testAppointment: end ${end} does not match ${String(durationMinutes)} minutes`);
  return { startMs, endMs, durationMinutes: minutes };
}

/**
 * A normalised appointment with every optional field empty (Caspen, 18 Nov 2026 09:00Z, 30 minutes,
 * pending) plus `overrides`. `key`, `startMs`, `endMs` and a missing `end` or `durationMinutes` are
 * derived, so they always agree.
 */
export function testAppointment(overrides: TestAppointmentOverrides = {}): Appointment {
  const provider = overrides.provider ?? 'caspen';
  const id = overrides.id ?? 'apt-1';
  const { start = DEFAULT_START, end: _end, ...fields } = overrides;
  return {
    title: null,
    service: null,
    status: 'pending',
    rawStatus: 'pending',
    client: null,
    guests: [],
    staff: null,
    calendar: null,
    location: null,
    room: null,
    meetingUrl: null,
    timeZone: null,
    notes: null,
    confirmation: { confirmed: false, atMs: null },
    cancellation: null,
    createdAtMs: null,
    updatedAtMs: null,
    extra: {},
    raw: {},
    ...fields,
    provider,
    id,
    key: `${provider}:${id}`,
    ...span(start, overrides),
  };
}

const SAMPLE_BASE_MS = Date.parse('2026-11-18T09:00:00.000Z');

/**
 * The i-th of a varied, plausible list for component tests: provider, status, service, staff and start
 * (15 minutes apart, 45 minutes long) cycle with `i`; every fourth service has no name (shows its id).
 */
export function sampleAppointment(i: number, overrides: TestAppointmentOverrides = {}): Appointment {
  const status = STATUSES[i % STATUSES.length]!;
  return testAppointment({
    provider: PROVIDER_IDS[i % PROVIDER_IDS.length]!,
    id: `apt-${i}`,
    title: `Session ${i}`,
    service: { id: `svc-${i % 4}`, name: i % 4 === 3 ? null : `Service ${i % 4}` },
    start: new Date(SAMPLE_BASE_MS + i * 15 * 60_000).toISOString(),
    // 45 minutes unless the test sets its own end.
    ...(overrides.end === undefined ? { durationMinutes: 45 } : {}),
    status,
    rawStatus: status === 'other' ? 'rescheduled' : status,
    client: { name: `Client ${i}`, email: `client${i}@example.com`, phone: '+34 600 000 000' },
    staff: { id: `staff-${i % 3}`, name: `Staff ${i % 3}` },
    location: { id: 'loc-1', name: 'Main Clinic' },
    createdAtMs: Date.parse('2026-11-01T10:00:00.000Z'),
    raw: { id: `apt-${i}` },
    ...overrides,
  });
}

export function sampleAppointments(count: number): Appointment[] {
  return Array.from({ length: count }, (_, i) => sampleAppointment(i));
}

/** The appointment a provider normaliser made of a single record; fails the test if it was quarantined. */
export function onlyAppointment(result: {
  appointments: readonly Appointment[];
  quarantined: readonly unknown[];
}): Appointment {
  const [appointment, ...more] = result.appointments;
  // Plain errors rather than `expect`, so this module needs no test runner (benchmarks may use it too).
  if (result.quarantined.length > 0) throw new Error(`quarantined: ${JSON.stringify(result.quarantined)}`);
  if (appointment === undefined || more.length > 0)
    throw new Error(`expected one appointment, got ${result.appointments.length}`);
  return appointment;
}
