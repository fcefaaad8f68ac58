// What `POST /__sandbox/bookings` and `PATCH /__sandbox/bookings/:id` accept: the few facts a person
// booking through the provider's own app would give. Each fake turns them into a complete wire record.
import { z } from 'zod';
import type { Random } from './data/random.ts';

// Bookings far outside the data's span are almost always a unit mistake (seconds for milliseconds).
const MIN_MS = Date.UTC(2000, 0, 1);
const MAX_MS = Date.UTC(2100, 0, 1);
const startMs = z
  .number({ error: 'startMs must be a number of epoch milliseconds' })
  .int('startMs must be whole milliseconds')
  .min(MIN_MS, 'startMs must be epoch milliseconds from 2000 on')
  .max(MAX_MS, 'startMs must be epoch milliseconds before 2100');
const durationMinutes = z
  .number()
  .int()
  .min(5)
  .max(24 * 60);

/** The statuses staff see; a fake that cannot express one refuses it (Appointment.one has two). */
export const BOOKING_STATUSES = ['pending', 'confirmed', 'arrived', 'no_show', 'cancelled'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

export const newBookingSchema = z.strictObject({
  startMs,
  durationMinutes: durationMinutes.default(60),
  clientName: z.string().trim().min(1).max(120).optional(),
});
export type NewBookingInput = z.infer<typeof newBookingSchema>;

export const bookingChangeSchema = z
  .strictObject({
    startMs: startMs.optional(),
    durationMinutes: durationMinutes.optional(),
    status: z.enum(BOOKING_STATUSES).optional(),
  })
  .refine(
    (change) => Object.keys(change).length > 0,
    'Give at least one of startMs, durationMinutes, status',
  );
export type BookingChange = z.infer<typeof bookingChangeSchema>;

/** What a fake's booking builder is handed besides the input: its own seeded stream and "now". */
export interface BookingContext {
  rng: Random;
  nowMs: number;
}

/** A patch of wire fields, or why this fake cannot make the change. */
export type BookingPatch<A> = { ok: true; patch: Partial<A> } | { ok: false; message: string };

/** What the control route answers: the id the provider's API lists and the start it lists. */
export interface BookingCreated {
  id: string;
  startMs: number;
}
