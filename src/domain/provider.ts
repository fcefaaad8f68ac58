import { z } from 'zod/mini';

/** Every provider Frontdesk knows. Adding one starts here (and fails a registry test until wired). */
export const PROVIDER_IDS = ['caspen', 'appointment-one', 'onlive'] as const;
export const providerIdSchema = z.enum(PROVIDER_IDS);
export type ProviderId = z.infer<typeof providerIdSchema>;

export const PROVIDER_LABELS: Record<ProviderId, string> = {
  caspen: 'Caspen',
  'appointment-one': 'Appointment.one',
  onlive: 'ONLIVE.SITE',
};
