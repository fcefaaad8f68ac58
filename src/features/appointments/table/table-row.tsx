import { memo } from 'react';
import { Link } from 'react-router';
import { FlexRender, type Row } from '@tanstack/react-table';
import type { Appointment } from '../../../domain/appointment.ts';
import type { appointmentTableFeatures } from './columns.tsx';
import { cellStyle } from './layout.ts';

type AppointmentRow = Row<typeof appointmentTableFeatures, Appointment>;

export interface TableRowProps {
  row: AppointmentRow;
  /** 0-based position in the filtered, sorted list. */
  index: number;
  offset: number;
  href: string;
  /** Only one row link is in the Tab order at a time (roving tabindex); J/K move it. */
  tabbable: boolean;
  selected: boolean;
  open: boolean;
  /** Changes when the visible columns change, so the memoised row re-renders. */
  columnsVersion: string;
  /** Two-line card (phones): the grid in table.css places the cells, not the column widths. */
  cards: boolean;
  onFocusRow: (key: string) => void;
}

/**
 * One appointment. The Start cell holds the row's link; CSS stretches it over the whole row, so a click
 * anywhere opens the appointment and middle-click still opens a new tab.
 */
export const TableRow = memo(function TableRow(props: TableRowProps) {
  const { row, index, offset, href, tabbable, selected, open, cards, onFocusRow } = props;
  const appointment = row.original;
  return (
    <tr
      className="table-row"
      data-key={appointment.key}
      data-selected={selected || undefined}
      aria-rowindex={index + 2}
      aria-current={open ? 'true' : undefined}
      style={{ transform: `translateY(${offset}px)` }}
    >
      {row.getVisibleCells().map((cell) => {
        const meta = cell.column.columnDef.meta;
        return (
          <td key={cell.id} data-column={cell.column.id} style={meta && !cards ? cellStyle(meta) : undefined}>
            {cell.column.id === 'start' ? (
              <Link
                to={href}
                className="row-link"
                tabIndex={tabbable ? 0 : -1}
                onFocus={() => onFocusRow(appointment.key)}
              >
                <FlexRender cell={cell} />
              </Link>
            ) : (
              <span className="cell-text">
                <FlexRender cell={cell} />
              </span>
            )}
          </td>
        );
      })}
    </tr>
  );
});
