import {
  columnVisibilityFeature,
  createColumnHelper,
  metaHelper,
  tableFeatures,
} from '@tanstack/react-table';
import type { Appointment } from '../../../domain/appointment.ts';
import { PROVIDER_LABELS } from '../../../../contract/providers.ts';
import {
  formatDateParts,
  formatDateTime,
  formatDuration,
  formatTime,
  isoDay,
  zoneAbbreviation,
} from '../../../ui/format.ts';
import { RefText } from '../../../ui/ref-text.tsx';
import { StatusBadge } from '../../../ui/status-badge.tsx';
import type { SortField } from '../filter-engine/sort-keys.ts';
import type { ReactNode } from 'react';

/**
 * Per-column layout and behaviour. Widths are flex bases in px (header and body cells share them, so
 * columns line up); text columns may shrink to `min` with an ellipsis before the table scrolls sideways.
 */
export interface AppointmentColumnMeta {
  width: number;
  min: number;
  grow: number;
  /** The sort field a header click sorts by; absent for a column that does not sort. */
  sort?: SortField;
  /** False for the columns the list cannot be read without: they cannot be hidden. */
  hideable?: false;
}

interface ColumnDefinition extends AppointmentColumnMeta {
  id: string;
  /** The header: the name staff see, in the table, the Columns menu and the tests. */
  label: string;
  cell: (appointment: Appointment, tz: string) => ReactNode;
}

export const appointmentTableFeatures = tableFeatures({
  columnVisibilityFeature,
  columnMeta: metaHelper<AppointmentColumnMeta>(),
});

const helper = createColumnHelper<typeof appointmentTableFeatures, Appointment>();

function clientText(a: Appointment): string | null {
  return a.client?.name ?? a.client?.email ?? a.client?.phone ?? null;
}

function StartCell({ a, tz }: { a: Appointment; tz: string }) {
  const { day, year } = formatDateParts(a.startMs, tz);
  return (
    <>
      {day}
      <span className="cell-year">{year}</span>, <strong>{formatTime(a.startMs, tz)}</strong>{' '}
      <span className="cell-muted">{zoneAbbreviation(a.startMs, tz)}</span>
    </>
  );
}

/** End time; the date too when the appointment ends on another day in this zone. */
function EndCell({ a, tz }: { a: Appointment; tz: string }) {
  const otherDay = isoDay(a.startMs, tz) !== isoDay(a.endMs, tz);
  return (
    <>
      {otherDay ? formatDateTime(a.endMs, tz) : formatTime(a.endMs, tz)}{' '}
      <span className="cell-muted">{formatDuration(a.durationMinutes)}</span>
    </>
  );
}

function Text({ value }: { value: string | null }) {
  return value === null ? <span className="cell-muted">—</span> : <>{value}</>;
}

/** The columns in display order: the one place that says what a column is called, sorts by and may hide. */
export const COLUMNS = [
  {
    id: 'start',
    label: 'Start',
    width: 224,
    min: 224,
    grow: 0,
    sort: 'start',
    hideable: false,
    cell: (a, tz) => <StartCell a={a} tz={tz} />,
  },
  { id: 'end', label: 'End', width: 148, min: 128, grow: 0, cell: (a, tz) => <EndCell a={a} tz={tz} /> },
  {
    id: 'status',
    label: 'Status',
    width: 124,
    min: 124,
    grow: 0,
    sort: 'status',
    hideable: false,
    cell: (a) => <StatusBadge status={a.status} rawStatus={a.rawStatus} />,
  },
  {
    id: 'service',
    label: 'Service',
    width: 180,
    min: 100,
    grow: 2,
    sort: 'service',
    cell: (a) => <RefText value={a.service} />,
  },
  {
    id: 'client',
    label: 'Client',
    width: 170,
    min: 100,
    grow: 2,
    sort: 'client',
    hideable: false,
    cell: (a) => <Text value={clientText(a)} />,
  },
  { id: 'staff', label: 'Staff', width: 140, min: 80, grow: 1, cell: (a) => <RefText value={a.staff} /> },
  {
    id: 'location',
    label: 'Location',
    width: 150,
    min: 80,
    grow: 1,
    // The same place the Location filter and the CSV use, so column, filter and export agree.
    cell: (a) => <RefText value={a.location} />,
  },
  {
    id: 'provider',
    label: 'Provider',
    width: 140,
    min: 132,
    grow: 0,
    sort: 'provider',
    cell: (a) => <>{PROVIDER_LABELS[a.provider]}</>,
  },
] as const satisfies readonly ColumnDefinition[];

export type ColumnId = (typeof COLUMNS)[number]['id'];
export const COLUMN_IDS = COLUMNS.map((column) => column.id) as [ColumnId, ...ColumnId[]];

export function isHideable(id: ColumnId): boolean {
  return COLUMNS.some((column) => column.id === id && !('hideable' in column && column.hideable === false));
}

/** The table's column definitions for a time zone (cells format times in it). */
export function createColumns(tz: string) {
  return helper.columns(
    COLUMNS.map(({ id, label, cell, ...meta }) =>
      helper.display({
        id,
        header: label,
        meta,
        cell: ({ row }) => cell(row.original, tz),
      }),
    ),
  );
}
