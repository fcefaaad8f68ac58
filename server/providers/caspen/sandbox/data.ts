import { caspenClients } from './clients.ts';
import { caspenReference, type CaspenReference } from './reference.ts';
import { type CaspenAppointment, type CaspenClient, type CaspenData, caspenTime } from './wire.ts';
import { NON_LATIN_PEOPLE } from '../../../sandbox/data/people.ts';
import { planSlots, type Slot } from '../../../sandbox/data/plan.ts';
import { createRandom, deriveSeed, pickAt, type Random } from '../../../sandbox/data/random.ts';
import {
  CANCELLATION_NOTES,
  LONG_TITLE,
  NOTES,
  XSS_IMG_TEXT,
  XSS_SCRIPT_TEXT,
} from '../../../sandbox/data/texts.ts';
import { HOUR_MS } from '../../../sandbox/data/time-slots.ts';
import type { GenerateInput } from '../../../sandbox/data/generate-input.ts';

/**
 * Every status the fake Caspen serves: the assumed four, the `canceled` spelling the project accepts
 * as the same, and one unknown value the dashboard must show verbatim (caspen.md, "What the project assumes").
 */
export const CASPEN_STATUSES = [
  'pending',
  'arrived',
  'missed',
  'cancelled',
  'canceled',
  'rescheduled',
] as const;

export interface CaspenContext extends CaspenReference {
  rng: Random;
  anchorMs: number;
  clients: CaspenClient[];
}

export function generateCaspenData({ seed, anchorMs, size }: GenerateInput): CaspenData {
  const reference = caspenReference(createRandom(deriveSeed(seed, 'caspen/reference')), anchorMs);
  const clientRng = createRandom(deriveSeed(seed, 'caspen/clients'));
  const clients = caspenClients(clientRng, anchorMs, Math.max(10, Math.ceil(size / 4)));
  const rng = createRandom(deriveSeed(seed, 'caspen/appointments'));
  const ctx: CaspenContext = { ...reference, rng, anchorMs, clients };
  const slots = planSlots({ rng, anchorMs, size, statusCount: CASPEN_STATUSES.length });
  // Caspen documents no order: serve a seeded shuffle so clients cannot rely on one.
  const appointments = rng.shuffle(slots.map((slot) => caspenAppointment(ctx, slot)));
  return { appointments, clients, ...reference };
}

export function caspenAppointment(ctx: CaspenContext, slot: Slot): CaspenAppointment {
  const { rng } = ctx;
  const bare = slot.edge === 'all-null';
  const status = statusFor(rng, slot, ctx.anchorMs);
  const cancelled = status === 'cancelled' || status === 'canceled';
  const confirmed = bare ? null : confirmationFor(rng, status);
  return {
    id: `app_${rng.ulid(slot.createdMs)}`,
    location_id: pickAt(ctx.locations, slot.site).id,
    practitioner_id: pickAt(ctx.practitioners, slot.site * 2 + rng.int(0, 1)).id,
    service_id: pickAt(ctx.services, slot.edge === 'long-title' ? ctx.services.length - 1 : rng.int(0, 6)).id,
    client_id: clientFor(ctx, slot).id,
    client_package_id: !bare && rng.chance(0.1) ? `cpk_${rng.ulid(slot.createdMs)}` : null,
    case_id: !bare && rng.chance(0.1) ? `cas_${rng.ulid(slot.createdMs)}` : null,
    starts_at: caspenTime(slot.startMs),
    ends_at: caspenTime(slot.endMs),
    duration: slot.durationMin,
    status,
    confirmed,
    confirmed_at: confirmed
      ? caspenTime(Math.min(slot.createdMs + rng.int(1, 48) * HOUR_MS, ctx.anchorMs))
      : null,
    room_id: !bare && rng.chance(0.75) ? pickAt(ctx.rooms, slot.site * 2 + rng.int(0, 1)).id : null,
    vehicle_id: !bare && rng.chance(0.03) ? `veh_${rng.ulid(slot.createdMs)}` : null,
    resource_ids: !bare && rng.chance(0.15) ? [`res_${rng.ulid(slot.createdMs)}`] : [],
    note: noteFor(rng, slot),
    ...(cancelled
      ? cancellation(ctx, slot)
      : { cancellation_reason_id: null, cancellation_note: null, cancelled_at: null }),
    created_at: caspenTime(slot.createdMs),
  };
}

function statusFor(rng: Random, slot: Slot, anchorMs: number): string {
  if (slot.statusIndex !== null) return pickAt(CASPEN_STATUSES, slot.statusIndex);
  const past = slot.startMs < anchorMs;
  if (slot.edge === 'all-null') return past ? 'arrived' : 'pending';
  const r = rng.next();
  if (!past) return r < 0.85 ? 'pending' : r < 0.98 ? 'cancelled' : 'canceled';
  // Past appointments are mostly attended or missed; a few stayed `pending` (never updated).
  return r < 0.68
    ? 'arrived'
    : r < 0.8
      ? 'missed'
      : r < 0.95
        ? 'cancelled'
        : r < 0.97
          ? 'canceled'
          : 'pending';
}

function confirmationFor(rng: Random, status: string): boolean | null {
  if (status === 'arrived') return true;
  const r = rng.next();
  return r < 0.5 ? true : r < 0.9 ? false : null;
}

function clientFor(ctx: CaspenContext, slot: Slot): CaspenClient {
  const nonLatin = slot.person ? NON_LATIN_PEOPLE.indexOf(slot.person) : -1;
  if (nonLatin >= 0) return pickAt(ctx.clients, nonLatin);
  if (slot.edge === 'all-null') return pickAt(ctx.clients, NON_LATIN_PEOPLE.length);
  return pickAt(ctx.clients, ctx.rng.int(0, ctx.clients.length - 1));
}

function noteFor(rng: Random, slot: Slot): string | null {
  if (slot.edge === 'script-note') return XSS_SCRIPT_TEXT;
  if (slot.edge === 'img-note') return XSS_IMG_TEXT;
  if (slot.edge === 'long-title') return LONG_TITLE;
  if (slot.edge === 'all-null') return null;
  return rng.chance(0.35) ? rng.pick(NOTES) : null;
}

// Cancelled between booking and the appointment, and never after the anchor ("now").
function cancellation(ctx: CaspenContext, slot: Slot) {
  const { rng } = ctx;
  const latest = Math.min(slot.startMs, ctx.anchorMs);
  const at = slot.createdMs + Math.floor((rng.next() * Math.max(0, latest - slot.createdMs)) / 1000) * 1000;
  const reasons = ctx.cancellationReasons;
  return {
    cancellation_reason_id: pickAt(
      reasons,
      rng.chance(0.05) ? reasons.length - 1 : rng.int(0, reasons.length - 2),
    ).id,
    cancellation_note: rng.chance(0.6) ? rng.pick(CANCELLATION_NOTES) : null,
    cancelled_at: caspenTime(at),
  };
}
