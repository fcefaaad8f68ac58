import type { ReactNode } from 'react';
import type { Appointment } from '../../../domain/appointment.ts';
import type { ProviderListState } from '../../../providers/use-appointment-lists.ts';
import type { ListState } from '../list-state/url-state.ts';
import type { FocusRequest } from '../table/use-row-focus.ts';
import { TimelineView } from '../timeline/timeline-view.tsx';
import { TodayBoard } from '../today/today-board.tsx';
import type { DayRows } from './use-day-rows.ts';

export interface DayViewBodyProps {
  state: ListState;
  day: DayRows;
  lists: ProviderListState[];
  update: (patch: Partial<ListState>) => void;
  hrefFor: (appointment: Appointment) => string;
  openKey: string | null;
  nav: { selectedKey: string | null; select: (key: string) => void; focusRequest: FocusRequest | null };
  loading: boolean;
  empty: ReactNode;
}

/** The oldest answer among the providers that have answered: what "updated N s ago" must admit to. */
function oldestUpdate(lists: readonly ProviderListState[]): number | null {
  const times = lists.flatMap((list) => (list.updatedAt === null ? [] : [list.updatedAt]));
  return times.length === 0 ? null : Math.min(...times);
}

/** The body of the page for the day views (the list view keeps its table). */
export function DayViewBody({
  state,
  day,
  lists,
  update,
  hrefFor,
  openKey,
  nav,
  loading,
  empty,
}: DayViewBodyProps) {
  const refreshing = lists.some((list) => list.isFetching);
  if (state.view === 'timeline')
    return (
      <TimelineView
        rows={day.rows}
        day={state.from}
        lanes={state.lanes}
        timeZone={state.tz}
        nowMs={day.nowMs}
        onDay={(d) => update({ from: d, to: d })}
        onLanes={(lanes) => update({ lanes })}
        hrefFor={hrefFor}
        openKey={openKey}
        focusRequest={nav.focusRequest}
        loading={loading}
        empty={empty}
      />
    );
  return (
    <TodayBoard
      rows={day.rows}
      summary={day.summary}
      show={state.show}
      onShow={(show) => update({ show })}
      nowMs={day.nowMs}
      timeZone={state.tz}
      hrefFor={hrefFor}
      openKey={openKey}
      selectedKey={nav.selectedKey}
      onSelect={nav.select}
      focusRequest={nav.focusRequest}
      updatedAt={oldestUpdate(lists)}
      refreshing={refreshing}
      onRefresh={() => lists.forEach((list) => list.retry())}
      empty={empty}
      loading={loading}
    />
  );
}
