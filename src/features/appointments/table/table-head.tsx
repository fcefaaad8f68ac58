import type { Header } from '@tanstack/react-table';
import type { Appointment } from '../../../domain/appointment.ts';
import type { SortKey } from '../filter-engine/sort-keys.ts';
import type { appointmentTableFeatures } from './columns.tsx';
import { cellStyle } from './layout.ts';
import { parseSort } from '../filter-engine/sort-keys.ts';
import { ariaSort, nextSort } from './sort.ts';

type AppointmentHeader = Header<typeof appointmentTableFeatures, Appointment, unknown>;

export interface TableHeadProps {
  headers: AppointmentHeader[];
  sort: SortKey;
  onSort: (sort: SortKey) => void;
  /** Card rows: the header stays for screen readers (column names) but is not drawn. */
  cards: boolean;
}

/** The sticky header row. Sortable columns are buttons; only the sorted one carries aria-sort. */
export function TableHead({ headers, sort, onSort, cards }: TableHeadProps) {
  const current = parseSort(sort);
  return (
    <thead>
      <tr aria-rowindex={1}>
        {headers.map((header) => {
          const meta = header.column.columnDef.meta;
          const label = String(header.column.columnDef.header ?? header.id);
          const field = meta?.sort;
          const sorted = field !== undefined && current.field === field;
          return (
            <th
              key={header.id}
              scope="col"
              data-column={header.id}
              style={meta && !cards ? cellStyle(meta) : undefined}
              aria-sort={sorted ? ariaSort(sort, field) : undefined}
            >
              {field === undefined ? (
                <span className="th-label">{label}</span>
              ) : (
                <button type="button" className="th-button" onClick={() => onSort(nextSort(sort, field))}>
                  {label}
                  <SortIcon state={sorted ? (current.desc ? 'desc' : 'asc') : 'none'} />
                </button>
              )}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}

function SortIcon({ state }: { state: 'asc' | 'desc' | 'none' }) {
  return (
    <svg
      className="sort-icon"
      data-state={state}
      width="10"
      height="12"
      viewBox="0 0 10 12"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M5 1 9 5H1z" className="sort-up" />
      <path d="M5 11 1 7h8z" className="sort-down" />
    </svg>
  );
}
