import type { AppointmentStatus } from '../domain/status.ts';

/** One row of the status table: the provider's wire value (as documented) and what it becomes. */
export interface StatusRow {
  /** Human-readable wire condition, e.g. "`pending` and `confirmed: true`". */
  when: string;
  status: AppointmentStatus;
  /** A wire example that must map to `status` (checked by the status-table tests). */
  example: Record<string, unknown>;
}
