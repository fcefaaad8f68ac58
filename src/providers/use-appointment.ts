import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ProviderId } from '../../contract/providers.ts';
import { appointmentQueries } from './appointment-queries.ts';
import { useDataAdapters } from './use-data-adapters.ts';
import { useProviderConfig } from './use-provider-config.ts';

/** One appointment for the detail panel, from a cached list at once when there is one. */
export function useAppointment(provider: ProviderId, id: string) {
  const config = useProviderConfig();
  const adapter = useDataAdapters()[provider];
  // Until the server has said whether it mirrors the provider, the right way to read it is unknown.
  const settled = config.isSuccess || config.isError;
  return useQuery({ ...appointmentQueries.detail(adapter, id, useQueryClient()), enabled: settled });
}
