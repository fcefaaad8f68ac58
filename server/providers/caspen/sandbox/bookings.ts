// Run-time bookings on the fake Caspen, built by the generator's own record builders.
import type {
  BookingChange,
  BookingContext,
  BookingPatch,
  NewBookingInput,
} from '../../../sandbox/booking-input.ts';
import { bookingSlot } from '../../../sandbox/booking-slot.ts';
import { bumpDataVersion } from '../../../sandbox/data-version.ts';
import { pickAt } from '../../../sandbox/data/random.ts';
import { MINUTE_MS } from '../../../sandbox/data/time-slots.ts';
import { SITES } from '../../../sandbox/data/world.ts';
import { fullClient } from './clients.ts';
import { caspenAppointment } from './data.ts';
import { type CaspenAppointment, type CaspenData, caspenTime } from './wire.ts';

/** A new `pending` booking; a named client is a new client record, as a first booking online makes one. */
export function newCaspenBooking(
  data: CaspenData,
  input: NewBookingInput,
  context: BookingContext,
): CaspenAppointment {
  const slot = bookingSlot(input, context);
  const { rng, nowMs } = context;
  const record = caspenAppointment({ ...data, rng, anchorMs: nowMs }, slot);
  if (slot.person !== null) {
    const created = caspenTime(slot.createdMs);
    const client = fullClient(
      rng,
      `cli_${rng.ulid(slot.createdMs)}`,
      slot.person,
      pickAt(SITES, slot.site),
      created,
    );
    data.clients.push(client);
    // The fake's by-id index of clients is rebuilt when their version moves.
    bumpDataVersion(data.clients);
    record.client_id = client.id;
  }
  return record;
}

const STATUS: Record<BookingChange['status'] & string, Pick<CaspenAppointment, 'status' | 'confirmed'>> = {
  pending: { status: 'pending', confirmed: false },
  confirmed: { status: 'pending', confirmed: true },
  arrived: { status: 'arrived', confirmed: true },
  no_show: { status: 'missed', confirmed: null },
  cancelled: { status: 'cancelled', confirmed: null },
};

export function changeCaspenBooking(
  data: CaspenData,
  record: CaspenAppointment,
  change: BookingChange,
  { nowMs }: BookingContext,
): BookingPatch<CaspenAppointment> {
  const patch: Partial<CaspenAppointment> = {};
  const startMs = change.startMs ?? Date.parse(record.starts_at);
  const duration = change.durationMinutes ?? record.duration;
  if (change.startMs !== undefined || change.durationMinutes !== undefined) {
    Object.assign(patch, {
      starts_at: caspenTime(startMs),
      ends_at: caspenTime(startMs + duration * MINUTE_MS),
      duration,
    });
  }
  if (change.status !== undefined) {
    const cancelled = change.status === 'cancelled';
    // Reception cancelling without asking why: the account's "No reason given".
    const reason =
      data.cancellationReasons.find((r) => r.name === 'No reason given') ?? data.cancellationReasons[0];
    Object.assign(patch, STATUS[change.status], {
      cancelled_at: cancelled ? caspenTime(nowMs) : null,
      cancellation_reason_id: cancelled ? (reason?.id ?? null) : null,
      cancellation_note: null,
    });
  }
  return { ok: true, patch };
}
