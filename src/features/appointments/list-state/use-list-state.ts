import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { Range } from '../../../domain/range.ts';
import { browserTimeZone } from '../../../lib/time-zones.ts';
import { useNow } from '../../../lib/use-now.ts';
import { dayOf, dayRange } from '../../../lib/zoned-dates.ts';
import {
  defaultListState,
  parseListState,
  serialiseListState,
  type ListEnv,
  type ListState,
} from './url-state.ts';
import { viewAfterDateChange } from './view-params.ts';

export interface UseListState {
  state: ListState;
  /** [from 00:00 in tz, to + 1 day 00:00 in tz), epoch ms. */
  range: Range;
  /** One sentence per ignored or corrected URL parameter. */
  notices: string[];
  /** Writes the URL (defaults left out) as a new history entry, or in place with `replace`. */
  update(patch: Partial<ListState>, options?: { replace?: boolean }): void;
  /** Clears every filter and the date range; keeps the zone and the sort. */
  reset(): void;
  /** The current `?...` (canonical) to append to detail links so the list state survives. */
  search: string;
  /** The `?...` the state with `patch` applied would have (for links that change the view). */
  searchWith(patch: Partial<ListState>): string;
}

export interface UseListStateOptions {
  /** Injected clock for "today" (tests, the fixed e2e clock); defaults to Date.now. */
  now?: () => number;
}

const MINUTE = 60_000;

/**
 * The appointments list state, read from the URL of whichever route is active (the list or an open
 * appointment), so both share it and back/forward restore it exactly.
 */
export function useListState(options: UseListStateOptions = {}): UseListState {
  const location = useLocation();
  const navigate = useNavigate();
  const nowMs = useNow(options.now ?? Date.now);
  const [browserTz] = useState(browserTimeZone);
  const minute = Math.floor(nowMs / MINUTE);
  const env = useMemo<ListEnv>(() => ({ nowMs: minute * MINUTE, browserTz }), [minute, browserTz]);
  const { state, notices } = useMemo(() => parseListState(location.search, env), [location.search, env]);
  const range = useMemo(() => dayRange(state.from, state.to, state.tz), [state.from, state.to, state.tz]);
  const search = useMemo(() => serialiseListState(state, env), [state, env]);
  const { pathname } = location;
  // A garbage URL is said once and then replaced by the canonical one, so a copied or bookmarked link
  // is clean; the notice stays until the next change (it was read from the URL now gone).
  const [shown, setShown] = useState<readonly string[]>(notices);
  if (notices.length > 0 && notices !== shown) setShown(notices);
  const canonical = notices.length > 0 && location.search !== search;
  useEffect(() => {
    if (canonical)
      navigate({ pathname, search, hash: location.hash }, { replace: true, state: location.state });
  }, [canonical, navigate, pathname, search, location.hash, location.state]);
  // Navigations render in a transition: a second change before it commits must build on the first.
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  }, [state]);

  const update = useCallback(
    (patch: Partial<ListState>, opts?: { replace?: boolean }) => {
      const current = latest.current;
      const next = { ...current, ...patch };
      // A zone change keeps the default range relative ("today" in the new zone) unless days were picked.
      const defaults = defaultListState(env, current.tz);
      if (
        patch.tz &&
        !patch.from &&
        !patch.to &&
        current.from === defaults.from &&
        current.to === defaults.to
      ) {
        const zoned = defaultListState(env, patch.tz);
        next.from = zoned.from;
        next.to = zoned.to;
      }
      if (patch.from || patch.to) next.view = viewAfterDateChange(next.view, next, dayOf(env.nowMs, next.tz));
      latest.current = next;
      setShown([]);
      navigate({ pathname, search: serialiseListState(next, env) }, { replace: opts?.replace ?? false });
    },
    [env, pathname, navigate],
  );

  const reset = useCallback(() => {
    // The filters the chips show, not the dates: the range is not a filter (no chip, kept by the empty
    // state's "Clear filters" too), and a picked range is work the staff member did on purpose.
    const { tz, sort, view, lanes, from, to } = latest.current;
    const cleared = { ...defaultListState(env, tz), sort, view, lanes, from, to };
    latest.current = cleared;
    setShown([]);
    navigate({ pathname, search: serialiseListState(cleared, env) });
  }, [env, pathname, navigate]);

  const searchWith = useCallback(
    (patch: Partial<ListState>) => serialiseListState({ ...state, ...patch }, env),
    [state, env],
  );

  return { state, range, notices: shown as string[], update, reset, search, searchWith };
}
