/**
 * Which view of the list the URL asks for, and the view's own parameters: `view` (list, today,
 * timeline), `lanes` (the timeline's lane-by) and `show` (the Today board's summary filters). Today is
 * always today and the timeline always one day, so their date parameters collapse accordingly.
 */
import { z } from 'zod/mini';
import { LANE_BYS, laneBySchema, type LaneBy } from '../../../domain/day/lane-by.ts';
import { SUMMARY_KEYS, summaryKeySchema, type SummaryKey } from '../../../domain/day/day-summary.ts';
import type { CalendarDay } from '../../../lib/zoned-dates.ts';
import { defaultRange } from './date-presets.ts';
import { listOf } from './url-params.ts';

export const VIEWS = ['list', 'today', 'timeline'] as const;
export const viewSchema = z.enum(VIEWS);
export type View = z.infer<typeof viewSchema>;

export const VIEW_LABELS: Record<View, string> = { list: 'List', today: 'Today', timeline: 'Timeline' };

export interface ViewParams {
  view: View;
  lanes: LaneBy;
  show: SummaryKey[];
}

export const DEFAULT_VIEW_PARAMS: ViewParams = { view: 'list', lanes: 'staff', show: [] };

export const viewParamSchemas = {
  view: viewSchema,
  lanes: laneBySchema,
  show: listOf(summaryKeySchema, SUMMARY_KEYS),
};

export { LANE_BYS };

/** The days a view shows: Today is today, the timeline the first day of the range. */
export function viewDays(
  view: View,
  range: { from: CalendarDay; to: CalendarDay },
  today: CalendarDay,
): { from: CalendarDay; to: CalendarDay } {
  if (view === 'today') return { from: today, to: today };
  if (view === 'timeline') return { from: range.from, to: range.from };
  return range;
}

/** The view's parameters as URL pairs, defaults (and those the view ignores) left out. */
export function viewPairs(params: ViewParams): [string, string][] {
  const pairs: [string, string][] = [];
  if (params.view !== 'list') pairs.push(['view', params.view]);
  if (params.view === 'timeline' && params.lanes !== 'staff') pairs.push(['lanes', params.lanes]);
  if (params.view === 'today' && params.show.length > 0) pairs.push(['show', params.show.join(',')]);
  return pairs;
}

/**
 * Picking other dates on the Today board leaves it for the list (Today is today by definition); on the
 * timeline the new first day is the day shown.
 */
export function viewAfterDateChange(
  view: View,
  days: { from: CalendarDay; to: CalendarDay },
  today: CalendarDay,
): View {
  return view === 'today' && (days.from !== today || days.to !== today) ? 'list' : view;
}

/**
 * What a view link changes: leaving Today for the list brings back the default range (from today);
 * the timeline opens on the first day shown; the list keeps the day a timeline showed.
 */
export function viewPatch(
  current: { view: View; from: CalendarDay; to: CalendarDay },
  view: View,
): Partial<ViewParams & { from: CalendarDay; to: CalendarDay }> {
  if (view === current.view) return {};
  if (view === 'list' && current.view === 'today') return { view, ...defaultRange(current.from) };
  if (view === 'timeline') return { view, from: current.from, to: current.from };
  return { view };
}
