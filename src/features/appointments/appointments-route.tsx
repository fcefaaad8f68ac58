import { useCallback, useRef } from 'react';
import { Outlet, useParams } from 'react-router';
import { PROVIDER_LABELS } from '../../../contract/providers.ts';
import type { Appointment } from '../../domain/appointment.ts';
import { useProviderConfig } from '../../providers/use-provider-config.ts';
import { HeaderSlot } from '../../ui/header-slot.tsx';
import type { DetailContext } from './detail/detail-context.ts';
import { ExportButton } from './export/export-button.tsx';
import { FilterBar } from './filter-bar/filter-bar.tsx';
import { FILTER_DIMENSIONS, selected } from './filter-engine/dimensions.ts';
import { useListNavigation } from './keyboard/use-list-navigation.ts';
import { UrlNotice } from './list-state/url-notice.tsx';
import { useListState } from './list-state/use-list-state.ts';
import type { ListState } from './list-state/url-state.ts';
import { FailureBanner } from './provider-status/failure-banner.tsx';
import { OfflineBanner } from './provider-status/offline-banner.tsx';
import { ProviderStatus } from './provider-status/provider-status.tsx';
import { QuarantineNotice } from './provider-status/quarantine-notice-lazy.tsx';
import { useRetryFocus } from './provider-status/use-retry-focus.ts';
import { AppointmentsTable } from './table/appointments-table.tsx';
import { ColumnMenu } from './table/column-menu.tsx';
import { COLUMNS } from './table/columns.tsx';
import { useColumnVisibility } from './table/column-visibility.ts';
import { EmptyState } from './table/empty-state.tsx';
import { countText, ListToolbar } from './table/list-toolbar.tsx';
import { useAppointmentsView } from './use-appointments-view.ts';
import { usePreloadOnIdle } from './use-preload.ts';
import { ChangesNotice } from './live-updates/changes-notice.tsx';
import { StaleBanner, SyncStatusLine } from './provider-status/sync-status.tsx';
import { DayViewBody } from './day-views/day-view-lazy.tsx';
import { useDayRows } from './day-views/use-day-rows.ts';
import { ViewNav } from './day-views/view-nav.tsx';
import { DaySheet } from './day-sheet/day-sheet.tsx';
import { usePrinting } from './day-sheet/use-printing.ts';
import { viewPatch } from './list-state/view-params.ts';

function hasFilters(state: ListState): boolean {
  return FILTER_DIMENSIONS.some((d) => selected(state, d.key).length > 0) || state.q !== '';
}

/**
 * `/appointments`: composes the URL state, one query per provider, the pure filter step, the table and
 * the status surfaces; the detail panel renders in the Outlet beside it.
 */
export function AppointmentsRoute() {
  const { state, range, notices, update, reset, search, searchWith } = useListState();
  // The whole list section, Show button included: moving from a row to "Show" must not apply them first.
  const listRegion = useRef<HTMLElement>(null);
  const view = useAppointmentsView(state, range, listRegion);
  const { quarantined, result, perProvider, loading, nothingYet } = view;
  const searchRef = useRef<HTMLInputElement>(null);
  const focusRows = () => {
    const row = document.querySelector<HTMLElement>('.appointments-table .row-link[tabindex="0"]');
    (row ?? searchRef.current)?.focus();
  };
  const lists = useRetryFocus(view.lists, focusRows);
  const config = useProviderConfig();
  const day = useDayRows(result.rows, state);
  const { printing, print } = usePrinting();

  const params = useParams();
  const openKey = params.provider && params.id ? `${params.provider}:${params.id}` : null;
  const hrefFor = useCallback(
    (a: Appointment) => `/appointments/${a.provider}/${encodeURIComponent(a.id)}${search}`,
    [search],
  );
  const nav = useListNavigation({
    rows: day.rows,
    openKey,
    hrefFor,
    listHref: `/appointments${search}`,
    searchRef,
  });
  const { visibility, setVisible } = useColumnVisibility();
  usePreloadOnIdle(!loading);

  const stillLoading = lists
    .filter((list) => list.status === 'loading')
    .map((list) => PROVIDER_LABELS[list.provider]);
  const stillSyncing = lists
    .filter((list) => list.status === 'ok' && list.sync?.state === 'first-sync')
    .map((list) => PROVIDER_LABELS[list.provider]);
  const detailContext: DetailContext = {
    rows: day.rows,
    timeZone: state.tz,
    go: nav.go,
    close: nav.close,
  };

  const empty = (
    <EmptyState
      filtered={hasFilters(state)}
      stillLoading={loading}
      onClear={() => {
        // The empty state goes once rows show: focus the search box first.
        searchRef.current?.focus();
        reset();
      }}
    />
  );

  return (
    <div className="appointments-page" data-panel={openKey !== null ? 'open' : undefined}>
      <HeaderSlot>
        <ViewNav
          current={state.view}
          hrefFor={(target) => `/appointments${searchWith(viewPatch(state, target))}`}
        />
        <ProviderStatus lists={lists} inRange={perProvider} sandbox={config.data?.sandbox ?? false} />
      </HeaderSlot>
      <section ref={listRegion} className="appointments-list" aria-labelledby="appointments-heading">
        <div className="list-notices">
          <UrlNotice notices={notices} onDismiss={() => searchRef.current?.focus()} />
          <OfflineBanner />
          <FailureBanner lists={lists} />
          <StaleBanner lists={lists} />
          <QuarantineNotice records={quarantined} />
        </div>
        <FilterBar
          state={state}
          facets={result.facets}
          onChange={update}
          onReset={reset}
          searchInputRef={searchRef}
        />
        <ListToolbar
          count={countText(day.rows.length, result.inRange, stillLoading, stillSyncing)}
          below={
            <>
              <ChangesNotice
                pending={view.pending}
                onShow={() => {
                  view.show();
                  focusRows();
                }}
              />
              <SyncStatusLine lists={lists} />
            </>
          }
          actions={
            <>
              <ColumnMenu columns={COLUMNS} visibility={visibility} onChange={setVisible} />
              <ExportButton rows={day.rows} timeZone={state.tz} />
              <button type="button" className="button" onClick={print}>
                Print
              </button>
            </>
          }
        />
        {state.view === 'list' ? (
          <AppointmentsTable
            rows={result.rows}
            timeZone={state.tz}
            sort={state.sort}
            onSort={(sort) => update({ sort })}
            visibility={visibility}
            selectedKey={nav.selectedKey}
            openKey={openKey}
            hrefFor={hrefFor}
            onSelect={nav.select}
            focusRequest={nav.focusRequest}
            loading={nothingYet}
            empty={empty}
          />
        ) : (
          <DayViewBody
            state={state}
            day={day}
            lists={lists}
            update={update}
            hrefFor={hrefFor}
            openKey={openKey}
            nav={nav}
            loading={nothingYet}
            empty={empty}
          />
        )}
      </section>
      <Outlet context={detailContext} />
      <DaySheet rows={day.rows} state={state} facets={result.facets} printing={printing} />
    </div>
  );
}
