import {
  columnVisibilityFeature,
  createColumnHelper,
  metaHelper,
  tableFeatures,
} from '@tanstack/react-table';
import type { Appointment } from '../../../domain/appointment.ts';
import { placeRef } from '../../../domain/place.ts';
import { PROVIDER_LABELS } from '../../../../contract/providers.ts';
import {
  formatDate,
  formatDateTime,
  formatDuration,
  formatTime,
  isoDay,
  zoneAbbreviation,
} from '../../../ui/format.ts';
import { RefText } from '../../../ui/ref-text.tsx';
import { StatusBadge } from '../../../ui/status-badge.tsx';
import type { SortField } from './sort.ts';

/**
 * Per-column layout and behaviour. Widths are flex bases in px (header and body cells share them, so
 * columns line up); text columns may shrink to `min` with an ellipsis before the table scrolls sideways.
 */
export interface AppointmentColumnMeta {
  width: number;
  min: number;
  grow: number;
  sort?: SortField;
  /** Columns the list cannot be read without: they cannot be hidden. */
  required?: boolean;
}

export const appointmentTableFeatures = tableFeatures({
  columnVisibilityFeature,
  columnMeta: metaHelper<AppointmentColumnMeta>(),
});

const helper = createColumnHelper<typeof appointmentTableFeatures, Appointment>();

export const COLUMN_IDS = [
  'start',
  'end',
  'status',
  'service',
  'client',
  'staff',
  'location',
  'provider',
] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

function clientText(a: Appointment): string | null {
  return a.client?.name ?? a.client?.email ?? a.client?.phone ?? null;
}

function StartCell({ a, tz }: { a: Appointment; tz: string }) {
  return (
    <>
      {formatDate(a.startMs, tz)}, <strong>{formatTime(a.startMs, tz)}</strong>{' '}
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

/** The columns in display order. Header strings are the names staff see and tests look for. */
export function createColumns(tz: string) {
  return helper.columns([
    helper.display({
      id: 'start',
      header: 'Start',
      meta: { width: 224, min: 224, grow: 0, sort: 'start', required: true },
      cell: ({ row }) => <StartCell a={row.original} tz={tz} />,
    }),
    helper.display({
      id: 'end',
      header: 'End',
      meta: { width: 148, min: 128, grow: 0 },
      cell: ({ row }) => <EndCell a={row.original} tz={tz} />,
    }),
    helper.display({
      id: 'status',
      header: 'Status',
      meta: { width: 124, min: 124, grow: 0, sort: 'status', required: true },
      cell: ({ row }) => <StatusBadge status={row.original.status} rawStatus={row.original.rawStatus} />,
    }),
    helper.display({
      id: 'service',
      header: 'Service',
      meta: { width: 180, min: 100, grow: 2, sort: 'service' },
      cell: ({ row }) => <RefText value={row.original.service} />,
    }),
    helper.display({
      id: 'client',
      header: 'Client',
      meta: { width: 170, min: 100, grow: 2, sort: 'client', required: true },
      cell: ({ row }) => <Text value={clientText(row.original)} />,
    }),
    helper.display({
      id: 'staff',
      header: 'Staff',
      meta: { width: 140, min: 80, grow: 1 },
      cell: ({ row }) => <RefText value={row.original.staff} />,
    }),
    helper.display({
      id: 'location',
      header: 'Location',
      meta: { width: 150, min: 80, grow: 1 },
      // The same place the Location filter and the CSV use, so column, filter and export agree.
      cell: ({ row }) => <RefText value={placeRef(row.original)} />,
    }),
    helper.display({
      id: 'provider',
      header: 'Provider',
      meta: { width: 140, min: 132, grow: 0, sort: 'provider' },
      cell: ({ row }) => <>{PROVIDER_LABELS[row.original.provider]}</>,
    }),
  ]);
}
