import { QueryClient } from '@tanstack/react-query';

/** The app's one QueryClient. Per-query retry and stale times live with the queries themselves. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { refetchOnWindowFocus: false, staleTime: 60_000 },
    },
  });
}
