import { liveIndex } from '../../../sandbox/data-version.ts';
import type { OnliveAppointment } from './wire.ts';
import type { AppointmentListQuery } from './list-query.ts';

/**
 * Answers list queries over appointments sorted by start: the date range is two binary searches
 * (an appointment is in range when its start lies in [startDate, endDate]), the other filters AND-ed.
 */
export function createAppointmentIndex(appointments: readonly OnliveAppointment[]) {
  // Rebuilt when a booking hook adds or moves an appointment (the list stays sorted by start).
  const current = liveIndex(appointments, () => buildIndex(appointments));
  return (query: AppointmentListQuery): OnliveAppointment[] => current()(query);
}

function buildIndex(appointments: readonly OnliveAppointment[]) {
  const starts = Float64Array.from(appointments, (a) => Date.parse(a.start));
  const haystacks: (string | undefined)[] = [];
  const haystack = (i: number, a: OnliveAppointment) =>
    (haystacks[i] ??= [
      a.title,
      a.description,
      a.agentComment ?? '',
      a.externalId ?? '',
      ...a.guests.flatMap((g) => [g.email, g.extraFields?.firstName ?? '', g.extraFields?.lastName ?? '']),
    ]
      .join('\n')
      .toLowerCase());

  return (query: AppointmentListQuery): OnliveAppointment[] => {
    const from = query.startDate === undefined ? 0 : lowerBound(starts, query.startDate);
    const to = query.endDate === undefined ? starts.length : lowerBound(starts, query.endDate + 1);
    const calendars = query.calendarIds?.length ? new Set(query.calendarIds) : null;
    const needle = query.search?.toLowerCase();
    const out: OnliveAppointment[] = [];
    for (let i = from; i < to; i += 1) {
      const a = appointments[i];
      if (a === undefined) continue;
      if (query.state !== undefined && a.state !== query.state) continue;
      if (query.serviceId !== undefined && a.serviceId !== query.serviceId) continue;
      if (query.userGroupId !== undefined && a.userGroupId !== query.userGroupId) continue;
      if (calendars && !a.calendarIds.some((id) => calendars.has(id))) continue;
      if (needle && !haystack(i, a).includes(needle)) continue;
      out.push(a);
    }
    return out;
  };
}

/** The first index whose value is >= target. */
function lowerBound(values: Float64Array, target: number): number {
  let [lo, hi] = [0, values.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] ?? Infinity) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
