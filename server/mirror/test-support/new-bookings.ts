// New sandbox bookings for tests: a copy of an existing record with a fresh id and start.
import type { Sandbox } from '../../sandbox/create-sandbox.ts';
import type { AppointmentOneAppointment } from '../../providers/appointment-one/sandbox/wire.ts';
import type { CaspenAppointment } from '../../providers/caspen/sandbox/wire.ts';
import type { OnliveAppointment } from '../../providers/onlive/sandbox/wire.ts';

const HOUR = 3_600_000;
const caspenIso = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}Z`;

export function newCaspenBooking(sandbox: Sandbox, startMs: number, n = 1): CaspenAppointment {
  const base = sandbox.data.caspen.appointments[0]!;
  return {
    ...base,
    id: `app_01ZZZZZZZZZZZZZZZZZZZZ${String(n).padStart(4, '0')}`,
    starts_at: caspenIso(startMs),
    ends_at: caspenIso(startMs + HOUR),
    duration: 60,
    status: 'pending',
    cancelled_at: null,
    cancellation_reason_id: null,
    cancellation_note: null,
  };
}

export function newOnliveBooking(sandbox: Sandbox, startMs: number, n = 1): OnliveAppointment {
  const base = sandbox.data.onlive.appointments[0]!;
  return {
    ...base,
    id: `0000000${n}-0000-4000-8000-000000000000`.slice(-36),
    start: new Date(startMs).toISOString(),
    end: new Date(startMs + HOUR).toISOString(),
    state: 'pending',
    deletedAt: null,
    cancelledAt: null,
  };
}

export function newAppointmentOneBooking(
  sandbox: Sandbox,
  startMs: number,
  n = 1,
): AppointmentOneAppointment {
  const base = sandbox.data['appointment-one'].appointments[0]!;
  return {
    ...base,
    id: `ffffffffffffffffffffffffffff${String(n).padStart(4, '0')}`,
    time_start: String(Math.floor(startMs / 1000)),
    duration_mins: '60',
    is_cancelled: false,
  };
}
