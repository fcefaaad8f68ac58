import { PROVIDER_IDS } from '../../contract/providers.ts';
import { dayViewModule } from '../features/appointments/day-views/day-view-lazy.tsx';
import { parseListState } from '../features/appointments/list-state/url-state.ts';
import { browserTimeZone } from '../lib/time-zones.ts';
import { dayRange } from '../lib/zoned-dates.ts';
import { appointmentQueries } from '../providers/appointment-queries.ts';
import { providerQueries } from '../providers/provider-queries.ts';
import type { BrowserDeps } from './browser-deps.ts';

/** How long the first render may wait for the first reads (index.html's shell shows meanwhile). */
export const WARM_START_DEADLINE_MS = 1_200;

/** The list's routes: `/` redirects to it, and a detail link shows it beside the panel. */
const LIST_PATH = /^\/(appointments(\/.*)?)?$/;

/**
 * Starts, before React renders anything, the reads the first screen needs: the provider list (already
 * on its way through the `preload` in index.html), then one mirror window per mirrored provider for
 * the range in the URL, into the cache the list reads, and the Today board's or the timeline's code
 * when the URL opens one. Resolves once they have answered, or at the deadline, whichever comes
 * first. The list then renders once, with its rows, instead of a skeleton first and again as each
 * provider answers: on a busy or slow machine (several staff members' tabs on one front-desk PC) each
 * of those renders is what the staff member waits for. Providers paged through the proxy are not
 * waited for: their first page can take a while.
 */
export async function warmStart(
  deps: Pick<BrowserDeps, 'queryClient' | 'fetch' | 'mirrorAdapters' | 'now'>,
  location: { pathname: string; search: string },
  deadlineMs = WARM_START_DEADLINE_MS,
): Promise<void> {
  if (!LIST_PATH.test(location.pathname)) return;
  const { queryClient } = deps;
  const env = { nowMs: deps.now(), browserTz: browserTimeZone() };
  const { state } = parseListState(location.search, env);
  const reads = (async () => {
    const config = await queryClient.ensureQueryData(providerQueries.config(deps.fetch));
    const range = dayRange(state.from, state.to, state.tz);
    const mirrored = PROVIDER_IDS.filter((id) =>
      config.providers.some((p) => p.id === id && p.enabled && p.mirrored),
    );
    // prefetchQuery never throws: a failed window is the list's to show, with its Retry; so is a
    // view's code that cannot arrive.
    await Promise.all([
      ...mirrored.map((id) =>
        queryClient.prefetchQuery(appointmentQueries.list(deps.mirrorAdapters[id], range)),
      ),
      state.view === 'list' ? undefined : dayViewModule.load().catch(() => undefined),
    ]);
  })();
  // A failed provider list is the list's to show too (useProviderConfig reads the same query). The
  // deadline's timer is left to fire: it resolves a promise no one waits for any more.
  await Promise.race([reads.catch(() => undefined), new Promise((r) => setTimeout(r, deadlineMs))]);
}
