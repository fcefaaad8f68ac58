// Run-time bookings on the fake ONLIVE.SITE, built by the generator's own record builder.
import type {
  BookingChange,
  BookingContext,
  BookingPatch,
  NewBookingInput,
} from '../../../sandbox/booking-input.ts';
import { bookingSlot } from '../../../sandbox/booking-slot.ts';
import { MINUTE_MS } from '../../../sandbox/data/time-slots.ts';
import { onliveAppointment } from './data.ts';
import { placesOf } from './reference.ts';
import { type OnliveAppointment, type OnliveData, onliveTime } from './wire.ts';

/** A new `pending` booking on one of the site's agent calendars; the named client is its first guest. */
export function newOnliveBooking(
  data: OnliveData,
  input: NewBookingInput,
  context: BookingContext,
): OnliveAppointment {
  const { calendars, services, userGroups } = data;
  const organizationId = calendars[0]?.organizationId ?? '';
  const ctx = {
    ...data,
    ...placesOf(calendars, userGroups),
    organizationId,
    calendars,
    services,
    userGroups,
    rng: context.rng,
    anchorMs: context.nowMs,
  };
  return onliveAppointment(ctx, bookingSlot(input, context));
}

/** ONLIVE.SITE has no arrived or no-show state (onlive.md); every change moves `updatedAt`. */
export function changeOnliveBooking(
  _data: OnliveData,
  record: OnliveAppointment,
  change: BookingChange,
  { nowMs }: BookingContext,
): BookingPatch<OnliveAppointment> {
  const { status } = change;
  if (status === 'arrived' || status === 'no_show')
    return {
      ok: false,
      message: `ONLIVE.SITE has no state for "${status}": use pending, confirmed or cancelled`,
    };
  const patch: Partial<OnliveAppointment> = { updatedAt: onliveTime(nowMs) };
  const startMs = change.startMs ?? Date.parse(record.start);
  const durationMs =
    change.durationMinutes !== undefined
      ? change.durationMinutes * MINUTE_MS
      : Date.parse(record.end) - Date.parse(record.start);
  if (change.startMs !== undefined || change.durationMinutes !== undefined) {
    patch.start = onliveTime(startMs);
    patch.end = onliveTime(startMs + durationMs);
  }
  if (status !== undefined) {
    const cancelled = status === 'cancelled';
    Object.assign(patch, {
      state: status,
      cancelledAt: cancelled ? onliveTime(nowMs) : null,
      cancellationOrigin: cancelled ? 'agent' : null,
      deletedAt: null,
    });
  }
  return { ok: true, patch };
}
