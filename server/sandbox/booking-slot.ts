// A run-time booking as a generator slot, so each fake builds it with the same record builder as its
// generated data: same shape, same references, nothing hand-kept twice.
import type { BookingContext, NewBookingInput } from './booking-input.ts';
import { namedPerson } from './data/people.ts';
import type { Slot } from './data/plan.ts';
import { pickAt } from './data/random.ts';
import { MINUTE_MS } from './data/time-slots.ts';
import { SITES } from './data/world.ts';

/** Booked "now" (whole seconds, as the generator's are), in the first status of the provider's list. */
export function bookingSlot(input: NewBookingInput, context: BookingContext): Slot {
  const site = context.rng.int(0, SITES.length - 1);
  const person = input.clientName ? namedPerson(context.rng, input.clientName, pickAt(SITES, site)) : null;
  return {
    startMs: input.startMs,
    endMs: input.startMs + input.durationMinutes * MINUTE_MS,
    durationMin: input.durationMinutes,
    site,
    createdMs: Math.floor(context.nowMs / 1000) * 1000,
    kind: 'normal',
    // Index 0 is each provider's "new booking" status: pending, or not cancelled.
    statusIndex: 0,
    edge: null,
    person,
  };
}
