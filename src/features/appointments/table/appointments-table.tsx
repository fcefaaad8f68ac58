import { useCallback, useMemo, useRef, type ReactNode } from 'react';
import { useTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Appointment } from '../../../domain/appointment.ts';
import type { SortKey } from '../filter-engine/sort-keys.ts';
import { appointmentTableFeatures, createColumns } from './columns.tsx';
import type { ColumnVisibility } from './column-visibility.ts';
import { useMediaQuery } from '../../../lib/use-media-query.ts';
import { CARDS_QUERY, minTableWidth, rowLayout } from './layout.ts';
import { SkeletonRows } from './skeleton-rows.tsx';
import { TableHead } from './table-head.tsx';
import { TableRow } from './table-row.tsx';
import { useRowFocus, type FocusRequest } from './use-row-focus.ts';
import './table.css';

export interface AppointmentsTableProps {
  rows: Appointment[];
  timeZone: string;
  sort: SortKey;
  onSort: (sort: SortKey) => void;
  visibility: ColumnVisibility;
  /** The keyboard selection (J/K) — also the open appointment while the panel is open. */
  selectedKey: string | null;
  openKey: string | null;
  hrefFor: (appointment: Appointment) => string;
  onSelect: (key: string) => void;
  /** Scroll to a row and focus its link (after J/K, or when the panel closes). */
  focusRequest: FocusRequest | null;
  loading: boolean;
  /** Shown under the header when there are no rows and nothing is loading. */
  empty: ReactNode;
}

/**
 * The appointments table: TanStack Table for columns and visibility, TanStack Virtual so only the rows
 * in view (plus overscan) are in the DOM. `aria-rowcount`/`aria-rowindex` keep the real size and
 * positions announced under virtualisation. Filtering and sorting happen before (applyFilters). On
 * phones and portrait tablets the same table draws each row as a two-line card (table.css).
 */
export function AppointmentsTable(props: AppointmentsTableProps) {
  const { rows, timeZone, visibility, selectedKey, openKey, loading } = props;
  const layout = rowLayout(useMediaQuery(CARDS_QUERY));
  const { rowHeight, headerHeight } = layout;
  const estimateSize = useCallback(() => rowHeight, [rowHeight]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const columns = useMemo(() => createColumns(timeZone), [timeZone]);
  // Stable callbacks: the virtualiser recomputes every row's offset whenever `getItemKey` changes,
  // which for 100,000 rows must happen when the rows change, not on every scroll frame.
  const getItemKey = useCallback((index: number) => rows[index]?.key ?? index, [rows]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
    overscan: 12,
    // The sticky header sits inside the scroll area above the rows: offsets account for it.
    scrollMargin: headerHeight,
    scrollPaddingStart: headerHeight,
  });
  const items = virtualizer.getVirtualItems();
  // The table models only the rendered window: building TanStack rows for 100,000 appointments on
  // every filter change costs hundreds of ms, a window of ~40 costs nothing.
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;
  const windowRows = useMemo(() => rows.slice(first, last + 1), [rows, first, last]);
  const table = useTable({
    features: appointmentTableFeatures,
    columns,
    data: windowRows,
    getRowId: (row) => row.key,
    state: { columnVisibility: visibility },
  });
  const modelRows = table.getRowModel().rows;
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const metas = headers.flatMap((h) => (h.column.columnDef.meta ? [h.column.columnDef.meta] : []));
  const columnsVersion = `${layout.cards}|${timeZone}|${headers.map((h) => h.id).join(',')}`;

  const showSkeleton = loading && rows.length === 0;
  const indexOf = useCallback((key: string) => rows.findIndex((row) => row.key === key), [rows]);
  useRowFocus({ scrollRef, request: props.focusRequest, indexOf, scrollToIndex: virtualizer.scrollToIndex });

  const renderedKeys = items.map((item) => rows[item.index]?.key);
  const tabbableKey =
    selectedKey !== null && renderedKeys.includes(selectedKey) ? selectedKey : renderedKeys[0];

  return (
    <div className="table-scroll" ref={scrollRef}>
      <table
        className="appointments-table"
        aria-label="Appointments"
        aria-rowcount={rows.length + 1}
        aria-busy={showSkeleton || undefined}
        data-layout={layout.cards ? 'cards' : undefined}
        style={layout.cards ? undefined : { minWidth: minTableWidth(metas) }}
      >
        <TableHead headers={headers} sort={props.sort} onSort={props.onSort} cards={layout.cards} />
        <tbody
          style={{ height: showSkeleton ? undefined : virtualizer.getTotalSize() }}
          data-skeleton={showSkeleton || undefined}
        >
          {showSkeleton ? <SkeletonRows columns={metas} /> : null}
          {items.map((item) => {
            const row = modelRows[item.index - first];
            if (!row) return null;
            return (
              <TableRow
                key={row.id}
                row={row}
                index={item.index}
                offset={item.start - headerHeight}
                cards={layout.cards}
                href={props.hrefFor(row.original)}
                tabbable={row.id === tabbableKey}
                selected={row.id === selectedKey}
                open={row.id === openKey}
                columnsVersion={columnsVersion}
                onFocusRow={props.onSelect}
              />
            );
          })}
        </tbody>
      </table>
      {!loading && rows.length === 0 ? <div className="table-empty">{props.empty}</div> : null}
    </div>
  );
}
