import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ProviderId } from '../../contract/providers.ts';
import { useAdapters } from './adapters-context.tsx';
import { appointmentQueries } from './appointment-queries.ts';

/** One appointment for the detail panel, from a cached list at once when there is one. */
export function useAppointment(provider: ProviderId, id: string) {
  return useQuery(appointmentQueries.detail(useAdapters()[provider], id, useQueryClient()));
}
