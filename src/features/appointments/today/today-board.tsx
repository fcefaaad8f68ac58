import { Fragment, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Appointment } from '../../../domain/appointment.ts';
import { groupByHour, nowIndex } from '../../../domain/day/hour-groups.ts';
import type { DaySummary, SummaryKey } from '../../../domain/day/day-summary.ts';
import { formatDate, formatTime } from '../../../ui/format.ts';
import { useFocusRequest } from '../day-views/use-focus-request.ts';
import type { FocusRequest } from '../table/use-row-focus.ts';
import { SummaryStrip } from './summary-strip.tsx';
import { NowRow, TODAY_COLUMNS, TodayRow } from './today-rows.tsx';
import { UpdatedAgo } from './updated-ago.tsx';
import '../day-views/day-views.css';
import './today.css';

export interface TodayBoardProps {
  /** Today's rows after every filter, by start. */
  rows: Appointment[];
  summary: DaySummary<Appointment>;
  show: readonly SummaryKey[];
  onShow: (keys: SummaryKey[]) => void;
  nowMs: number;
  timeZone: string;
  hrefFor: (appointment: Appointment) => string;
  openKey: string | null;
  selectedKey: string | null;
  onSelect: (key: string) => void;
  focusRequest: FocusRequest | null;
  updatedAt: number | null;
  refreshing: boolean;
  onRefresh: () => void;
  /** Shown instead of the table when there are no rows (and nothing is loading). */
  empty: ReactNode;
  loading: boolean;
}

/** Scrolls the board so the now line sits a third of the way down, once per mount. */
function useScrollToNow(scroller: React.RefObject<HTMLDivElement | null>, ready: boolean) {
  const done = useRef(false);
  useEffect(() => {
    const container = scroller.current;
    const line = container?.querySelector('[data-now-line]');
    if (!ready || done.current || !container || !line) return;
    done.current = true;
    const offset = line.getBoundingClientRect().top - container.getBoundingClientRect().top;
    container.scrollBy({ top: offset - container.clientHeight / 3 });
  }, [scroller, ready]);
}

/**
 * Today: the date once, a summary strip, then the day's appointments grouped by hour with a line at
 * "now" that the board scrolls to when it opens. One Tab stop for the rows (roving tabindex).
 */
export function TodayBoard(props: TodayBoardProps) {
  const { rows, timeZone, nowMs, hrefFor, openKey, selectedKey, onSelect } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const groups = useMemo(() => groupByHour(rows, timeZone), [rows, timeZone]);
  const now = nowIndex(rows, nowMs);
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const activeKey = openKey ?? selectedKey ?? focusedKey;
  const tabbableKey = rows.some((r) => r.key === activeKey)
    ? activeKey
    : (rows[Math.min(now, rows.length - 1)]?.key ?? null);
  useFocusRequest(scroller, props.focusRequest);
  useScrollToNow(scroller, rows.length > 0);

  const onFocusRow = useCallback(
    (key: string) => {
      setFocusedKey(key);
      onSelect(key);
    },
    [onSelect],
  );
  const onArrow = useCallback(
    (key: string, delta: 1 | -1) => {
      const index = rows.findIndex((r) => r.key === key);
      const next = rows[Math.min(rows.length - 1, Math.max(0, index + delta))];
      scroller.current
        ?.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(next?.key ?? '')}"]`)
        ?.focus();
    },
    [rows],
  );

  return (
    <section className="day-view today-board" aria-labelledby="today-heading">
      <div className="day-view-head">
        <h2 id="today-heading">Today, {formatDate(nowMs, timeZone)}</h2>
        <UpdatedAgo updatedAt={props.updatedAt} refreshing={props.refreshing} onRefresh={props.onRefresh} />
      </div>
      <SummaryStrip
        summary={props.summary}
        selected={props.show}
        timeZone={timeZone}
        onChange={props.onShow}
      />
      <div className="day-view-scroll" ref={scroller}>
        {rows.length === 0 && !props.loading ? (
          <div className="day-view-empty">{props.empty}</div>
        ) : (
          <table
            className="today-table"
            aria-label="Today's appointments"
            aria-busy={props.loading || undefined}
          >
            <thead>
              <tr>
                {TODAY_COLUMNS.map((label) => (
                  <th key={label} scope="col">
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            {groups.map((group, g) => {
              const first = group.first;
              const nowHere = now >= first && now < first + group.rows.length;
              const nowLine = <NowRow label={formatTime(nowMs, timeZone)} />;
              return (
                <tbody key={group.hourMs}>
                  {/* Before the hour heading when now falls before the hour's first appointment. */}
                  {nowHere && now === first ? nowLine : null}
                  <tr className="hour-row">
                    <th scope="rowgroup" colSpan={TODAY_COLUMNS.length}>
                      {formatTime(group.hourMs, timeZone)}
                    </th>
                  </tr>
                  {group.rows.map((appointment, i) => (
                    <Fragment key={appointment.key}>
                      {nowHere && i > 0 && now === first + i ? nowLine : null}
                      <TodayRow
                        appointment={appointment}
                        timeZone={timeZone}
                        href={hrefFor(appointment)}
                        tabbable={appointment.key === tabbableKey}
                        open={appointment.key === openKey}
                        onFocusRow={onFocusRow}
                        onArrow={onArrow}
                      />
                    </Fragment>
                  ))}
                  {g === groups.length - 1 && now === rows.length ? nowLine : null}
                </tbody>
              );
            })}
          </table>
        )}
      </div>
    </section>
  );
}
