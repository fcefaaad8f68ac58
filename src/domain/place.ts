import type { Appointment, Ref } from './appointment.ts';

/**
 * Where an appointment happens, as the Location column, the Location filter and the CSV export all show
 * it: most providers have a place, but a provider that books calendars sets `calendar`, which then
 * stands in for the place (and wins over any free-text `location` it may also carry).
 */
export function placeRef(appointment: Pick<Appointment, 'calendar' | 'location'>): Ref | null {
  return appointment.calendar ?? appointment.location;
}
