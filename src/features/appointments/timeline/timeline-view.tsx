import {
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import type { Appointment } from '../../../domain/appointment.ts';
import { LANE_BY_LABELS, LANE_BYS, laneBySchema, type LaneBy } from '../../../domain/day/lane-by.ts';
import { buildLanes } from '../../../domain/day/lanes.ts';
import { conflictsByKey, findConflicts } from '../../../domain/day/overlaps.ts';
import { addCalendarDays, dayOf, dayRange, type CalendarDay } from '../../../lib/zoned-dates.ts';
import { formatDate, formatTime } from '../../../ui/format.ts';
import { useFocusRequest } from '../day-views/use-focus-request.ts';
import type { FocusRequest } from '../table/use-row-focus.ts';
import { moveBlock } from './block-keys.ts';
import { ConflictsList } from './conflicts-list.tsx';
import { buildAxis, HOUR_PX, xOf } from './timeline-axis.ts';
import { TimelineLane } from './timeline-lane.tsx';
import { useLinkClick } from './use-link-click.ts';
import '../day-views/day-views.css';
import './timeline.css';

export interface TimelineViewProps {
  /** The day's rows after every filter. */
  rows: Appointment[];
  day: CalendarDay;
  lanes: LaneBy;
  timeZone: string;
  nowMs: number;
  onDay: (day: CalendarDay) => void;
  onLanes: (lanes: LaneBy) => void;
  hrefFor: (appointment: Appointment) => string;
  openKey: string | null;
  focusRequest: FocusRequest | null;
  loading: boolean;
  empty: ReactNode;
}

function cachedTimeText(timeZone: string): (ms: number) => string {
  const cache = new Map<number, string>();
  return (ms) => {
    let text = cache.get(ms);
    if (text === undefined) cache.set(ms, (text = formatTime(ms, timeZone)));
    return text;
  };
}

/**
 * Opens the day scrolled to `x` once. In the next frame, before its layout: scrolling during the
 * commit would force a layout of the whole new grid first and then lay it out again for the frame.
 */
function useInitialScroll(scroller: RefObject<HTMLDivElement | null>, x: number | null) {
  const done = useRef(false);
  useEffect(() => {
    if (done.current || x === null) return;
    const frame = requestAnimationFrame(() => {
      if (!scroller.current) return;
      done.current = true;
      scroller.current.scrollLeft = Math.max(0, x - HOUR_PX);
    });
    return () => cancelAnimationFrame(frame);
  }, [scroller, x]);
}

/**
 * One day across every provider: a lane per staff member, room or calendar, or location, appointments
 * as blocks, double bookings flagged on the block and listed. The blocks are one Tab stop; arrow keys
 * move between them and Enter opens one in the detail panel.
 */
export function TimelineView(props: TimelineViewProps) {
  const { rows, day, timeZone, hrefFor, openKey, nowMs } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const bounds = useMemo(() => dayRange(day, day, timeZone), [day, timeZone]);
  const axis = useMemo(() => buildAxis(rows, bounds, timeZone), [rows, bounds, timeZone]);
  const lanes = useMemo(() => buildLanes(rows, props.lanes), [rows, props.lanes]);
  const conflicts = useMemo(() => findConflicts(rows), [rows]);
  const flagged = useMemo(() => conflictsByKey(conflicts), [conflicts]);
  const byKey = useMemo(() => new Map(rows.map((r) => [r.key, r])), [rows]);
  const order = useMemo(
    () =>
      lanes.map((lane) =>
        lane.items.map((i) => ({ key: i.appointment.key, startMs: i.appointment.startMs })),
      ),
    [lanes],
  );
  const laneOf = useMemo(
    () => new Map(lanes.flatMap((lane) => lane.items.map((i) => [i.appointment.key, lane.key] as const))),
    [lanes],
  );
  const timeText = useMemo(() => cachedTimeText(timeZone), [timeZone]);
  const onClick = useLinkClick('a.timeline-block');
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const preferred = openKey ?? focusedKey;
  const tabbableKey =
    preferred !== null && byKey.has(preferred)
      ? preferred
      : (order.find((l) => l.length > 0)?.[0]?.key ?? null);
  useFocusRequest(scroller, props.focusRequest);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const key = (event.target as HTMLElement).dataset.focusKey;
    if (!key) return;
    const next = moveBlock(order, key, event.key);
    if (next === null) return;
    event.preventDefault();
    scroller.current?.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(next)}"]`)?.focus();
  };
  const today = dayOf(nowMs, timeZone);
  const nowX = nowMs >= axis.fromMs && nowMs < axis.toMs ? xOf(axis, nowMs) : null;
  const firstStart = rows.length > 0 ? Math.min(...rows.map((r) => r.startMs)) : null;
  // Open at now on today, else at the first appointment, with an hour of context on the left.
  useInitialScroll(scroller, nowX ?? (firstStart === null ? null : xOf(axis, firstStart)));

  return (
    <section className="day-view timeline" aria-labelledby="timeline-heading">
      <div className="day-view-head">
        <h2 id="timeline-heading">Timeline, {formatDate(bounds.from + 12 * 3_600_000, timeZone)}</h2>
        <div className="timeline-days" role="group" aria-label="Day">
          <button type="button" className="button" onClick={() => props.onDay(addCalendarDays(day, -1))}>
            Previous day
          </button>
          <button
            type="button"
            className="button"
            onClick={() => props.onDay(today)}
            disabled={day === today}
          >
            Today
          </button>
          <button type="button" className="button" onClick={() => props.onDay(addCalendarDays(day, 1))}>
            Next day
          </button>
        </div>
        <label className="timeline-lanes-by">
          Lanes by
          <select
            value={props.lanes}
            onChange={(event) => props.onLanes(laneBySchema.parse(event.target.value))}
          >
            {LANE_BYS.map((by) => (
              <option key={by} value={by}>
                {LANE_BY_LABELS[by]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ConflictsList conflicts={conflicts} byKey={byKey} timeZone={timeZone} hrefFor={hrefFor} />
      <div className="day-view-scroll" ref={scroller}>
        {rows.length === 0 && !props.loading ? (
          <div className="day-view-empty">{props.empty}</div>
        ) : (
          // Arrow keys and clicks are handled once here for every block (roving tabindex), not per link.
          // eslint-disable-next-line jsx-a11y/no-static-element-interactions
          <div
            className="timeline-grid"
            // The now line is drawn by the CSS in each lane and in the axis (timeline.css).
            style={{ width: axis.widthPx + 200, ...(nowX !== null ? { '--now-x': `${nowX}px` } : {}) }}
            data-now={nowX !== null ? '' : undefined}
            onKeyDown={onKeyDown}
            onClick={onClick}
            onFocus={(event) => setFocusedKey((event.target as HTMLElement).dataset.focusKey ?? null)}
            aria-busy={props.loading || undefined}
          >
            <div className="timeline-axis" aria-hidden="true">
              {axis.hours.map((hour) => (
                <span key={hour} className="axis-hour" style={{ left: 200 + xOf(axis, hour) }}>
                  {formatTime(hour, timeZone)}
                </span>
              ))}
            </div>
            {lanes.map((lane) => (
              <TimelineLane
                key={lane.key}
                lane={lane}
                axis={axis}
                timeText={timeText}
                hrefFor={hrefFor}
                conflicts={flagged}
                tabbableKey={
                  tabbableKey !== null && laneOf.get(tabbableKey) === lane.key ? tabbableKey : null
                }
                openKey={openKey !== null && laneOf.get(openKey) === lane.key ? openKey : null}
              />
            ))}
          </div>
        )}
      </div>
    </section>
  );
}
