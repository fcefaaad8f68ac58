import type { GenerateInput } from '../../../sandbox/data/generate-input.ts';
import { onliveReference, type OnliveReference } from './reference.ts';
import { type OnliveAppointment, type OnliveData, type OnliveGuest, onliveTime } from './wire.ts';
import { randomPerson, type PersonSeed } from '../../../sandbox/data/people.ts';
import { planSlots, type Slot } from '../../../sandbox/data/plan.ts';
import { createRandom, deriveSeed, pickAt, type Random } from '../../../sandbox/data/random.ts';
import { LONG_TITLE, NOTES, XSS_IMG_TEXT, XSS_SCRIPT_TEXT } from '../../../sandbox/data/texts.ts';
import { HOUR_MS } from '../../../sandbox/data/time-slots.ts';
import { SITES } from '../../../sandbox/data/world.ts';

/** The state values seen in onlive.md's examples; each appears in the data. */
export const ONLIVE_STATES = ['pending', 'confirmed', 'cancelled', 'deleted'] as const;

// Shared, never mutated: 100,000 records need not carry 100,000 copies of the same small objects.
const REMINDERS = [[{ time: 10, unit: 'm' }], [{ time: 1, unit: 'h' }], []];
const SITE_FIELDS = SITES.map((s) => ({ area: s.state, city: s.city, street: s.street, country: s.country }));
const NO_FIELDS = {};

export interface OnliveContext extends OnliveReference {
  rng: Random;
  anchorMs: number;
}

export function generateOnliveData({ seed, anchorMs, size }: GenerateInput): OnliveData {
  const reference = onliveReference(createRandom(deriveSeed(seed, 'onlive/reference')), anchorMs);
  const rng = createRandom(deriveSeed(seed, 'onlive/appointments'));
  const ctx: OnliveContext = { ...reference, rng, anchorMs };
  const slots = planSlots({ rng, anchorMs, size, statusCount: ONLIVE_STATES.length });
  const keyed = slots.map((slot) => ({ ms: slot.startMs, record: onliveAppointment(ctx, slot) }));
  // Served by start, then id (numeric compare first: far cheaper than comparing ISO strings).
  keyed.sort((a, b) => a.ms - b.ms || compare(a.record.id, b.record.id));
  const appointments = keyed.map((k) => k.record);
  const { calendars, services, userGroups } = reference;
  return { appointments, calendars, services, userGroups };
}

export function onliveAppointment(ctx: OnliveContext, slot: Slot): OnliveAppointment {
  const { rng } = ctx;
  const bare = slot.edge === 'all-null';
  const site = pickAt(SITES, slot.site);
  const local = pickAt(ctx.bySite, slot.site);
  const service = pickAt(ctx.services, rng.int(0, ctx.services.length - 1));
  const state = stateFor(rng, slot, ctx.anchorMs);
  const createdMs = slot.createdMs + rng.int(0, 999);
  const endedMs = Math.min(slot.startMs, ctx.anchorMs);
  const changedMs = state === 'cancelled' || state === 'deleted' ? between(rng, createdMs, endedMs) : null;
  const calendarIds = [rng.pick(local.calendarIds)];
  if (!bare && rng.chance(0.1)) calendarIds.push(ctx.assetCalendarId);
  return {
    id: rng.uuid(),
    externalId: !bare && rng.chance(0.3) ? `EXT-${rng.int(100, 99_999)}` : null,
    deletedAt: state === 'deleted' && changedMs !== null ? onliveTime(changedMs) : null,
    createdAt: onliveTime(createdMs),
    updatedAt: onliveTime(changedMs ?? createdMs + rng.int(500, 5000)),
    title:
      slot.edge === 'long-title'
        ? LONG_TITLE
        : rng.chance(0.7)
          ? service.name
          : `${service.name} – ${site.city}`,
    description: descriptionFor(rng, slot),
    lang: site.lang,
    start: onliveTime(slot.startMs),
    end: onliveTime(slot.endMs),
    event: !bare && rng.chance(0.3) ? meeting(rng) : null,
    reminders: bare ? [] : rng.pick(REMINDERS),
    guests: bare ? [] : guestsFor(rng, slot.person ?? randomPerson(rng, site), site),
    extraFields: !bare && rng.chance(0.6) ? pickAt(SITE_FIELDS, slot.site) : NO_FIELDS,
    calendarIds,
    serviceId: bare || rng.chance(0.05) ? null : service.id,
    state,
    blocked: !bare && rng.chance(0.02),
    origin: rng.pick(['onlive_public', 'web', 'api', 'agent']),
    organizationId: ctx.organizationId,
    userGroupId: bare ? null : local.userGroupId,
    cancellationToken: bare ? null : `tkn_cancel_${rng.hex(12)}`,
    cancellationOrigin: state === 'cancelled' ? rng.pick(['user', 'agent']) : null,
    agentComment: !bare && rng.chance(0.2) ? rng.pick(NOTES) : null,
    cancelledAt: state === 'cancelled' && changedMs !== null ? onliveTime(changedMs) : null,
  };
}

function stateFor(rng: Random, slot: Slot, anchorMs: number): string {
  if (slot.statusIndex !== null) return pickAt(ONLIVE_STATES, slot.statusIndex);
  if (slot.edge === 'all-null') return 'pending';
  const r = rng.next();
  if (slot.startMs >= anchorMs)
    return r < 0.45 ? 'pending' : r < 0.85 ? 'confirmed' : r < 0.97 ? 'cancelled' : 'deleted';
  return r < 0.05 ? 'pending' : r < 0.75 ? 'confirmed' : r < 0.95 ? 'cancelled' : 'deleted';
}

function descriptionFor(rng: Random, slot: Slot): string {
  if (slot.edge === 'script-note') return XSS_SCRIPT_TEXT;
  if (slot.edge === 'img-note') return XSS_IMG_TEXT;
  if (slot.edge === 'all-null') return '';
  return rng.chance(0.5) ? rng.pick(NOTES) : '';
}

// The first guest is the booker; about one in five guests left only an e-mail.
function guestsFor(rng: Random, booker: PersonSeed, site: (typeof SITES)[number]): OnliveGuest[] {
  const people = [booker];
  for (let n = rng.int(0, 2); n > 0; n -= 1) people.push(randomPerson(rng, site));
  return people.map((p, i) =>
    i > 0 && rng.chance(0.2)
      ? { email: p.email }
      : { email: p.email, extraFields: { phone: p.phone, lastName: p.lastName, firstName: p.firstName } },
  );
}

function meeting(rng: Random): NonNullable<OnliveAppointment['event']> {
  return {
    eventId: rng.uuid(),
    iCallUrl: `https://meet.example.com/room/${rng.hex(8)}`,
    room: `Demo Room ${rng.int(1, 9)}`,
  };
}

function between(rng: Random, fromMs: number, toMs: number): number {
  return fromMs + Math.floor(rng.next() * Math.max(HOUR_MS / 60, toMs - fromMs));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
