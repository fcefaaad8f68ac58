// Run-time bookings on the fake Appointment.one, built by the generator's own record builder.
import type {
  BookingChange,
  BookingContext,
  BookingPatch,
  NewBookingInput,
} from '../../../sandbox/booking-input.ts';
import { bookingSlot } from '../../../sandbox/booking-slot.ts';
import { appointment, eventLinksOf } from './data.ts';
import type { AppointmentOneAppointment, AppointmentOneData } from './wire.ts';

/** A new booking of the event whose duration matches (as the generator picks), not cancelled. */
export function newAppointmentOneBooking(
  data: AppointmentOneData,
  input: NewBookingInput,
  context: BookingContext,
): AppointmentOneAppointment {
  const slot = bookingSlot(input, context);
  const index = data.appointments.length;
  return appointment(context.rng, slot, index, data.events, data.calendars, eventLinksOf(data.events));
}

/** Appointment.one knows only cancelled or not (appointment-one.md); times keep the record's JSON type. */
export function changeAppointmentOneBooking(
  _data: AppointmentOneData,
  record: AppointmentOneAppointment,
  change: BookingChange,
): BookingPatch<AppointmentOneAppointment> {
  if (change.status !== undefined && change.status !== 'cancelled' && change.status !== 'confirmed') {
    return {
      ok: false,
      message: `Appointment.one has no status "${change.status}": use cancelled or confirmed`,
    };
  }
  const numeric = typeof record.time_start === 'number';
  const patch: Partial<AppointmentOneAppointment> = {};
  if (change.startMs !== undefined) {
    const seconds = Math.floor(change.startMs / 1000);
    patch.time_start = numeric ? seconds : String(seconds);
  }
  if (change.durationMinutes !== undefined)
    patch.duration_mins = numeric ? change.durationMinutes : String(change.durationMinutes);
  if (change.status !== undefined) patch.is_cancelled = change.status === 'cancelled';
  return { ok: true, patch };
}
