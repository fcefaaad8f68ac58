/**
 * The timeline's lanes: one per staff member, room or calendar, or location (across every provider),
 * plus one for appointments without one. Inside a lane, overlapping appointments take separate tracks
 * so every block stays visible.
 */
import type { Appointment, Ref } from '../appointment.ts';
import type { LaneBy } from './lane-by.ts';

const UNASSIGNED: Record<LaneBy, string> = {
  staff: 'No staff member',
  room: 'No room or calendar',
  location: 'No location',
};

export interface LaneItem<T> {
  appointment: T;
  /** 0-based track inside the lane. */
  track: number;
}

export interface Lane<T> {
  /** `<provider>:<id>`, or `none` for the unassigned lane. */
  key: string;
  label: string;
  /** The provider the resource belongs to (null for the unassigned lane). */
  provider: Appointment['provider'] | null;
  /** True when the lane's name could not be resolved and shows the id. */
  unnamed: boolean;
  /** The resource's id, when another lane of the same provider has the same name (two Carmen Ruiz). */
  twinId: string | null;
  tracks: number;
  /** By start, then end. */
  items: LaneItem<T>[];
}

export function laneRef(appointment: Appointment, by: LaneBy): Ref | null {
  switch (by) {
    case 'staff':
      return appointment.staff;
    case 'room':
      return appointment.room ?? appointment.calendar;
    case 'location':
      return appointment.location;
  }
}

/** Greedy interval colouring: each item takes the lowest track free at its start. */
function assignTracks<T extends Appointment>(sorted: readonly T[]): { items: LaneItem<T>[]; tracks: number } {
  const trackEnds: number[] = [];
  const items = sorted.map((appointment) => {
    let track = trackEnds.findIndex((end) => end <= appointment.startMs);
    if (track === -1) track = trackEnds.length;
    trackEnds[track] = Math.max(appointment.endMs, appointment.startMs);
    return { appointment, track };
  });
  return { items, tracks: Math.max(1, trackEnds.length) };
}

/** Lanes by name (the unassigned lane last), each with its items on tracks. */
export function buildLanes<T extends Appointment>(appointments: readonly T[], by: LaneBy): Lane<T>[] {
  const groups = new Map<string, { ref: Ref | null; provider: Appointment['provider'] | null; rows: T[] }>();
  for (const appointment of appointments) {
    const ref = laneRef(appointment, by);
    const key = ref ? `${appointment.provider}:${ref.id}` : 'none';
    const group = groups.get(key) ?? { ref, provider: ref ? appointment.provider : null, rows: [] };
    group.rows.push(appointment);
    groups.set(key, group);
  }
  const named = (provider: string | null, name: string) => `${provider}|${name}`;
  const sameName = new Map<string, number>();
  for (const { ref, provider } of groups.values())
    if (ref?.name)
      sameName.set(named(provider, ref.name), (sameName.get(named(provider, ref.name)) ?? 0) + 1);
  const lanes = [...groups].map(([key, { ref, provider, rows }]): Lane<T> => {
    const sorted = [...rows].sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
    return {
      key,
      label: ref ? (ref.name ?? ref.id) : UNASSIGNED[by],
      provider,
      unnamed: ref !== null && ref.name === null,
      twinId: ref?.name && (sameName.get(named(provider, ref.name)) ?? 0) > 1 ? ref.id : null,
      ...assignTracks(sorted),
    };
  });
  return lanes.sort((a, b) => {
    if ((a.key === 'none') !== (b.key === 'none')) return a.key === 'none' ? 1 : -1;
    return a.label.localeCompare(b.label, 'en-GB') || a.key.localeCompare(b.key);
  });
}
