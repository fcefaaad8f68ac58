import type { AppointmentStatus } from '../../domain/status.ts';
import type { StatusRow } from '../status-row.ts';

/**
 * Appointment.one's row of the status table: it exposes only `is_cancelled`; a booking there needs no
 * confirmation and has no no-show concept (appointment-one.md, project assumptions).
 */
export function appointmentOneStatus(isCancelled: boolean): AppointmentStatus {
  return isCancelled ? 'cancelled' : 'confirmed';
}

/** The raw value we keep and show: Appointment.one has no status string, only the flag. */
export function appointmentOneRawStatus(isCancelled: boolean): string {
  return isCancelled ? 'is_cancelled: true' : 'is_cancelled: false';
}

export const APPOINTMENT_ONE_STATUS_ROWS: readonly StatusRow[] = [
  { when: '`is_cancelled: true`', status: 'cancelled', example: { is_cancelled: true } },
  {
    when: '`is_cancelled: false` (booked; no confirmation step)',
    status: 'confirmed',
    example: { is_cancelled: false },
  },
];
