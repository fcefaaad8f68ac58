import { Fragment } from 'react';
import { PROVIDER_LABELS } from '../../../../contract/providers.ts';
import type { Appointment } from '../../../domain/appointment.ts';
import { STATUS_LABELS } from '../../../domain/status.ts';
import { formatDate, isoDay } from '../../../ui/format.ts';
import { formatTimeRange } from '../../../ui/time-range.ts';
import { refLabel } from '../../../ui/ref-text.tsx';
import type { FacetOption } from '../filter-engine/dimensions.ts';
import type { ListState } from '../list-state/url-state.ts';
import { printedAt, sheetDays, sheetFilters, sheetTitle } from './sheet-header.ts';

const COLUMNS = ['Time', 'Status', 'Client', 'Phone', 'Service', 'Staff', 'Location', 'Provider'];

export interface DaySheetTableProps {
  rows: readonly Appointment[];
  state: ListState;
  facets: { service: readonly FacetOption[]; location: readonly FacetOption[] };
  printedAtMs: number;
}

/**
 * Every row of the filtered view as one plain table, for paper: the virtualised screen table only
 * holds what is on screen. A day heading row starts each day when the sheet spans several.
 */
export function DaySheetTable({ rows, state, facets, printedAtMs }: DaySheetTableProps) {
  const timeZone = state.tz;
  const filters = sheetFilters(state, facets);
  const multiDay =
    rows.length > 0 &&
    isoDay(rows[0]!.startMs, timeZone) !== isoDay(rows[rows.length - 1]!.startMs, timeZone);
  return (
    <>
      <header className="sheet-header">
        <h1>
          {sheetTitle(state)}, {sheetDays(state)}
        </h1>
        <p>{filters.length === 0 ? 'No filters' : filters.join(' · ')}</p>
        <p>
          {rows.length} {rows.length === 1 ? 'appointment' : 'appointments'} ·{' '}
          {printedAt(printedAtMs, timeZone)}
        </p>
      </header>
      <table className="sheet-table">
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((a, i) => {
            const previous = rows[i - 1];
            const heading =
              multiDay && (!previous || isoDay(previous.startMs, timeZone) !== isoDay(a.startMs, timeZone));
            return (
              <Fragment key={a.key}>
                {heading ? (
                  <tr className="sheet-day">
                    <th scope="rowgroup" colSpan={COLUMNS.length}>
                      {formatDate(a.startMs, timeZone)}
                    </th>
                  </tr>
                ) : null}
                <tr>
                  <td>{formatTimeRange(a.startMs, a.endMs, timeZone)}</td>
                  <td>{STATUS_LABELS[a.status]}</td>
                  <td>{a.client?.name ?? ''}</td>
                  <td>{a.client?.phone ?? ''}</td>
                  <td>{refLabel(a.service)}</td>
                  <td>{refLabel(a.staff)}</td>
                  <td>{refLabel(a.location)}</td>
                  <td>{PROVIDER_LABELS[a.provider]}</td>
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
