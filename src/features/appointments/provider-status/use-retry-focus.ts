import { useEffect, useRef } from 'react';
import type { ProviderId } from '../../../../contract/providers.ts';
import type { ProviderListState } from '../../../providers/use-appointment-lists.ts';

/**
 * A Retry that works removes its own button (the chip turns into a count, the banner goes): focus
 * would fall to the page. Wraps each list's `retry` so that, once that provider has loaded, focus
 * moves to `land` (the list's rows) if nothing else has taken it meanwhile.
 */
export function useRetryFocus(lists: ProviderListState[], land: () => void): ProviderListState[] {
  const waiting = useRef(new Set<ProviderId>());
  useEffect(() => {
    for (const list of lists) {
      if (!waiting.current.has(list.provider) || list.isFetching) continue;
      waiting.current.delete(list.provider);
      const active = document.activeElement;
      const lost = active === null || active === document.body || !active.isConnected;
      if (list.status === 'ok' && lost) land();
    }
  });
  return lists.map((list) =>
    list.status !== 'error'
      ? list
      : {
          ...list,
          retry: () => {
            waiting.current.add(list.provider);
            list.retry();
          },
        },
  );
}
