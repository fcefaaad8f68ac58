import type { Appointment } from '../../../domain/appointment.ts';
import { startsWithin, type Range } from '../../../domain/range.ts';
import { PROVIDER_IDS, type ProviderId } from '../../../../contract/providers.ts';

/**
 * Concatenates per-provider arrays, returning the same array while every input is the same array.
 * The filter step caches on array identity, so re-merging on every render would defeat it.
 */
export function createMerger<T>(): (arrays: readonly (readonly T[])[]) => T[] {
  let last: readonly (readonly T[])[] = [];
  let merged: T[] = [];
  return (arrays) => {
    const same = arrays.length === last.length && arrays.every((array, i) => array === last[i]);
    if (!same) {
      last = arrays;
      merged = arrays.flat() as T[];
    }
    return merged;
  };
}

/** Appointments per provider that start in the range (the header chips' counts). */
export function countInRange(appointments: readonly Appointment[], range: Range): Record<ProviderId, number> {
  const counts = Object.fromEntries(PROVIDER_IDS.map((id) => [id, 0])) as Record<ProviderId, number>;
  for (const appointment of appointments) {
    if (startsWithin(appointment, range)) counts[appointment.provider] += 1;
  }
  return counts;
}
