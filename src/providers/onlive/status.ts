import type { AppointmentStatus } from '../../domain/status.ts';
import type { StatusRow } from '../status-row.ts';

export interface OnliveStatusInput {
  /** v1 `state` or v2 `status`. */
  state: string;
  cancelledAt?: string | null;
  deletedAt?: string | null;
}

/**
 * ONLIVE.SITE's row of the status table. Values seen in the docs: `pending`, `confirmed`, `cancelled`,
 * `deleted` (onlive.md "Quirks"); a set `cancelledAt` or `deletedAt` also means cancelled, whatever the
 * state says (a deleted appointment frees its slot).
 */
export function onliveStatus({ state, cancelledAt, deletedAt }: OnliveStatusInput): AppointmentStatus {
  if (cancelledAt || deletedAt) return 'cancelled';
  switch (state.trim().toLowerCase()) {
    case 'pending':
      return 'pending';
    case 'confirmed':
      return 'confirmed';
    case 'cancelled':
    case 'canceled':
    case 'deleted':
      return 'cancelled';
    default:
      return 'other';
  }
}

const AT = '2025-03-09T19:32:06.669Z';

export const ONLIVE_STATUS_ROWS: readonly StatusRow[] = [
  { when: '`pending`', status: 'pending', example: { state: 'pending' } },
  { when: '`confirmed`', status: 'confirmed', example: { state: 'confirmed' } },
  { when: '`cancelled`', status: 'cancelled', example: { state: 'cancelled' } },
  { when: '`deleted`', status: 'cancelled', example: { state: 'deleted' } },
  {
    when: '`cancelledAt` set (any state)',
    status: 'cancelled',
    example: { state: 'pending', cancelledAt: AT },
  },
  {
    when: '`deletedAt` set (any state)',
    status: 'cancelled',
    example: { state: 'confirmed', deletedAt: AT },
  },
  { when: 'anything else (kept verbatim)', status: 'other', example: { state: 'in-progress' } },
];
