import type { AppointmentStatus } from '../../domain/status.ts';
import type { StatusRow } from '../status-row.ts';

/**
 * Caspen's row of the status table. Only `pending` appears in the API docs; the product help names
 * Pending, Arrived, Missed (no-show) and Canceled, and confirmation is a separate `confirmed` flag
 * (caspen.md "Status values"). Matching ignores case; both spellings of cancelled are accepted.
 */
export function caspenStatus(status: string, confirmed: boolean | null): AppointmentStatus {
  switch (status.trim().toLowerCase()) {
    case 'pending':
      return confirmed === true ? 'confirmed' : 'pending';
    case 'arrived':
      return 'arrived';
    case 'missed':
      return 'no_show';
    case 'cancelled':
    case 'canceled':
      return 'cancelled';
    default:
      return 'other';
  }
}

export const CASPEN_STATUS_ROWS: readonly StatusRow[] = [
  {
    when: '`pending`, `confirmed` not true',
    status: 'pending',
    example: { status: 'pending', confirmed: false },
  },
  {
    when: '`pending`, `confirmed: true`',
    status: 'confirmed',
    example: { status: 'pending', confirmed: true },
  },
  { when: '`arrived`', status: 'arrived', example: { status: 'arrived', confirmed: true } },
  { when: '`missed`', status: 'no_show', example: { status: 'missed', confirmed: null } },
  { when: '`cancelled`', status: 'cancelled', example: { status: 'cancelled', confirmed: false } },
  { when: '`canceled`', status: 'cancelled', example: { status: 'canceled', confirmed: null } },
  {
    when: 'anything else (kept verbatim)',
    status: 'other',
    example: { status: 'rescheduled', confirmed: true },
  },
];
