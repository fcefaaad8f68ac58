import { z } from 'zod/mini';

/** The normalised status vocabulary; each adapter maps its provider's values onto it in one table. */
export const STATUSES = ['pending', 'confirmed', 'arrived', 'no_show', 'cancelled', 'other'] as const;
export const statusSchema = z.enum(STATUSES);
export type AppointmentStatus = z.infer<typeof statusSchema>;

export const STATUS_LABELS: Record<AppointmentStatus, string> = {
  pending: 'Pending',
  confirmed: 'Confirmed',
  arrived: 'Arrived',
  no_show: 'No-show',
  cancelled: 'Cancelled',
  other: 'Other',
};
