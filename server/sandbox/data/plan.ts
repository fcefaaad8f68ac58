import { NON_LATIN_PEOPLE, type PersonSeed } from './people.ts';
import { pickAt, type Random } from './random.ts';
import {
  businessInstant,
  DAY_MS,
  HOUR_MS,
  localInstant,
  MINUTE_MS,
  SPAN_DAYS,
  zoneDays,
  zoneTransitions,
} from './time-slots.ts';
import { SITES } from './world.ts';

export type SlotKind = 'normal' | 'today' | 'midnight' | 'dst';
export type EdgeCase = 'script-note' | 'img-note' | 'long-title' | 'non-latin' | 'all-null';

/** When an appointment happens and which edge case it carries; providers turn slots into wire records. */
export interface Slot {
  startMs: number;
  endMs: number;
  durationMin: number;
  /** Index into SITES (time zone, address, phone prefix). */
  site: number;
  createdMs: number;
  kind: SlotKind;
  /** For `today` slots: the index of the provider status this slot must show. */
  statusIndex: number | null;
  edge: EdgeCase | null;
  /** For the `non-latin` edge case: the person to use. */
  person: PersonSeed | null;
}

const DURATIONS = [15, 30, 30, 45, 60, 60, 60, 75, 90, 120];
const EDGES: readonly { edge: EdgeCase; person?: PersonSeed }[] = [
  { edge: 'script-note' },
  { edge: 'img-note' },
  { edge: 'long-title' },
  ...NON_LATIN_PEOPLE.map((person) => ({ edge: 'non-latin' as const, person })),
  { edge: 'all-null' },
];

export interface PlanInput {
  rng: Random;
  anchorMs: number;
  size: number;
  /** How many statuses the provider has: each gets appointments in the default view (today..+7 d). */
  statusCount: number;
}

/** `size` slots: the special ones first (today, midnight, DST, edge cases), then ordinary ones. */
export function planSlots({ rng, anchorMs, size, statusCount }: PlanInput): Slot[] {
  const make = (startMs: number, durationMin: number, site: number, kind: SlotKind): Slot => ({
    startMs,
    endMs: startMs + durationMin * MINUTE_MS,
    durationMin,
    site,
    createdMs: createdBefore(rng, startMs, anchorMs),
    kind,
    statusIndex: null,
    edge: null,
    person: null,
  });
  const slots: Slot[] = [];
  const base = Math.ceil(anchorMs / (15 * MINUTE_MS)) * 15 * MINUTE_MS;
  for (let k = 0; k < statusCount; k += 1) {
    // One within hours of the anchor, one later in the week: both inside a today..+7 days view.
    for (const start of [base + (k + 1) * 45 * MINUTE_MS, base + (k + 1) * 20 * HOUR_MS]) {
      slots.push({ ...make(start, rng.pick(DURATIONS), k % SITES.length, 'today'), statusIndex: k });
    }
  }
  SITES.forEach((site, i) => {
    // 23:30 local for 90 minutes: ends the next local day.
    for (const day of [-5, 3])
      slots.push(make(localInstant(site.zone, anchorMs, day, 23 * 60 + 30), 90, i, 'midnight'));
    const span = SPAN_DAYS * DAY_MS;
    for (const change of zoneTransitions(site.zone, anchorMs - span, anchorMs + span)) {
      slots.push(make(change - HOUR_MS, 120, i, 'dst'));
    }
  });
  const days = SITES.map((site) => zoneDays(site.zone, anchorMs));
  for (let edges = 0; slots.length < size; edges += 1) {
    const site = rng.int(0, SITES.length - 1);
    const minuteOfDay = rng.int(8 * 4, 18 * 4 - 1) * 15;
    const start = businessInstant(pickAt(days, site), rng.int(-SPAN_DAYS, SPAN_DAYS), minuteOfDay);
    const slot = make(start, rng.pick(DURATIONS), site, 'normal');
    const edge = EDGES[edges];
    slots.push(edge ? { ...slot, edge: edge.edge, person: edge.person ?? null } : slot);
  }
  return slots.slice(0, size);
}

// Booked 1 to 60 days ahead, and never after the anchor ("now"), to whole seconds.
function createdBefore(rng: Random, startMs: number, anchorMs: number): number {
  const booked = startMs - rng.int(1, 60) * DAY_MS - rng.int(0, 86_399) * 1000;
  const latest = anchorMs - rng.int(60, 3 * 86_400) * 1000;
  return Math.floor(Math.min(booked, latest) / 1000) * 1000;
}
