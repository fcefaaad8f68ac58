/**
 * Double bookings: two appointments that hold the same resource (a staff member, a room or calendar, a
 * client) at the same time. Intervals are epoch-ms and half-open, so 10:00-11:00 and 11:00-12:00 do
 * not clash. Cancelled and no-show appointments hold nothing and are left out.
 */
import type { Appointment, Ref } from '../appointment.ts';
import type { Range } from '../range.ts';

export const CONFLICT_KINDS = ['staff', 'room', 'client'] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];

export const CONFLICT_LABELS: Record<ConflictKind, string> = {
  staff: 'Same staff member',
  room: 'Same room or calendar',
  client: 'Same client',
};

export interface Interval {
  key: string;
  startMs: number;
  endMs: number;
}

export interface Conflict {
  kind: ConflictKind;
  /** The shared resource: `<provider>:<id>`, or a client's e-mail or phone. */
  resource: string;
  /** What to call the resource (its name, else its id). */
  label: string;
  /** The two appointment keys, the earlier start first. */
  first: string;
  second: string;
  /** The overlapping part, epoch ms, half-open. */
  overlap: Range;
}

/** Every pair of overlapping intervals, earlier start first; a sweep over the sorted list. */
export function overlappingPairs<T extends Interval>(items: readonly T[]): [T, T][] {
  const sorted = [...items].sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
  const pairs: [T, T][] = [];
  let active: T[] = [];
  for (const item of sorted) {
    active = active.filter((other) => other.endMs > item.startMs);
    for (const other of active) pairs.push([other, item]);
    if (item.endMs > item.startMs) active.push(item);
  }
  return pairs;
}

function refResource(appointment: Appointment, ref: Ref | null): { id: string; label: string } | null {
  return ref ? { id: `${appointment.provider}:${ref.id}`, label: ref.name ?? ref.id } : null;
}

/**
 * The resource an appointment holds for one kind of conflict. A client is the same person across
 * providers when the e-mail (case-insensitive) or, failing that, the phone matches; a name alone is
 * too weak to call a double booking.
 */
export function resourceOf(
  appointment: Appointment,
  kind: ConflictKind,
): { id: string; label: string } | null {
  switch (kind) {
    case 'staff':
      return refResource(appointment, appointment.staff);
    case 'room':
      return refResource(appointment, appointment.room ?? appointment.calendar);
    case 'client': {
      const client = appointment.client;
      const label = client?.name ?? client?.email ?? client?.phone ?? '';
      if (client?.email) return { id: `email:${client.email.toLowerCase()}`, label };
      if (client?.phone) return { id: `phone:${client.phone.replace(/[^\d+]/g, '')}`, label };
      return null;
    }
  }
}

function holdsTime(appointment: Appointment): boolean {
  return appointment.status !== 'cancelled' && appointment.status !== 'no_show';
}

/** All conflicts among the appointments, by start of the overlap, then kind. */
export function findConflicts(appointments: readonly Appointment[]): Conflict[] {
  const out: Conflict[] = [];
  for (const kind of CONFLICT_KINDS) {
    const byResource = new Map<string, { label: string; items: Appointment[] }>();
    for (const appointment of appointments) {
      if (!holdsTime(appointment)) continue;
      const resource = resourceOf(appointment, kind);
      if (!resource) continue;
      const group = byResource.get(resource.id) ?? { label: resource.label, items: [] };
      group.items.push(appointment);
      byResource.set(resource.id, group);
    }
    for (const [resource, group] of byResource) {
      if (group.items.length < 2) continue;
      for (const [a, b] of overlappingPairs(group.items)) {
        out.push({
          kind,
          resource,
          label: group.label,
          first: a.key,
          second: b.key,
          overlap: { from: Math.max(a.startMs, b.startMs), to: Math.min(a.endMs, b.endMs) },
        });
      }
    }
  }
  // Plain string order, not localeCompare: a busy day sorts over a thousand of them.
  return out.sort(
    (a, b) => a.overlap.from - b.overlap.from || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0),
  );
}

/** Appointment key -> the conflicts it is part of. */
export function conflictsByKey(conflicts: readonly Conflict[]): Map<string, Conflict[]> {
  const out = new Map<string, Conflict[]>();
  for (const conflict of conflicts) {
    for (const key of [conflict.first, conflict.second]) {
      const list = out.get(key) ?? [];
      list.push(conflict);
      out.set(key, list);
    }
  }
  return out;
}
