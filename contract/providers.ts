// Every provider Frontdesk knows, as both sides of the /api boundary spell it. Adding a provider starts
// here; the browser and server registries fail their tests until they have a line for it.
import { z } from 'zod/mini';

export const PROVIDER_IDS = ['caspen', 'appointment-one', 'onlive'] as const;
export const providerIdSchema = z.enum(PROVIDER_IDS);
export type ProviderId = z.infer<typeof providerIdSchema>;

export const PROVIDER_LABELS: Record<ProviderId, string> = {
  caspen: 'Caspen',
  'appointment-one': 'Appointment.one',
  onlive: 'ONLIVE.SITE',
};

export function isProviderId(value: string): value is ProviderId {
  return (PROVIDER_IDS as readonly string[]).includes(value);
}
