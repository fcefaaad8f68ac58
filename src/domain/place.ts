import type { Appointment, Ref } from './appointment.ts';

/**
 * Where an appointment happens, as the Location column, the Location filter and the CSV export all show
 * it: Caspen and Appointment.one have a place, ONLIVE.SITE books calendars (onlive.md, `calendarIds`), so
 * its calendar stands in for the place (and wins over the free-text `location` it may also carry).
 */
export function placeRef(appointment: Pick<Appointment, 'calendar' | 'location'>): Ref | null {
  return appointment.calendar ?? appointment.location;
}
