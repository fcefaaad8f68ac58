/** The export's columns and how each appointment fills them (pure, no CSV library). */
import type { Appointment, Ref } from '../../../domain/appointment.ts';
import { isoWithOffset } from '../../../lib/zoned-dates.ts';

export const CSV_COLUMNS = [
  'provider',
  'id',
  'start',
  'end',
  'duration_minutes',
  'status',
  'raw_status',
  'service',
  'client_name',
  'client_email',
  'client_phone',
  'staff',
  'location',
  'title',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

function ref(value: Ref | null): string {
  return value === null ? '' : (value.name ?? value.id);
}

/**
 * One row per appointment. Times are ISO 8601 with the selected zone's offset at that instant
 * (`2026-11-18T10:30:00+01:00`), so a spreadsheet shows the same wall time as the screen and the
 * instant stays exact. Names fall back to ids, as on screen.
 */
export function csvRow(a: Appointment, timeZone: string): string[] {
  return [
    a.provider,
    a.id,
    isoWithOffset(a.startMs, timeZone),
    isoWithOffset(a.endMs, timeZone),
    String(a.durationMinutes),
    a.status,
    a.rawStatus,
    ref(a.service),
    a.client?.name ?? '',
    a.client?.email ?? '',
    a.client?.phone ?? '',
    ref(a.staff),
    ref(a.location),
    a.title ?? '',
  ];
}
