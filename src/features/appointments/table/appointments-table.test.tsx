import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { sampleAppointment, sampleAppointments } from '../../../test-support/test-appointment.ts';
import type { SortKey } from '../filter-engine/sort-keys.ts';
import { AppointmentsTable, type AppointmentsTableProps } from './appointments-table.tsx';

// happy-dom has no layout: give elements a viewport-sized client box so the virtualiser renders rows.
const descriptors = ['clientHeight', 'clientWidth'].map(
  (name) => [name, Object.getOwnPropertyDescriptor(HTMLElement.prototype, name)] as const,
);
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1200 });
});
afterAll(() => {
  for (const [name, descriptor] of descriptors)
    if (descriptor) Object.defineProperty(HTMLElement.prototype, name, descriptor);
});

function renderTable(overrides: Partial<AppointmentsTableProps> = {}) {
  const sorts: SortKey[] = [];
  const props: AppointmentsTableProps = {
    rows: sampleAppointments(5),
    timeZone: 'Europe/Madrid',
    sort: 'start',
    onSort: (sort) => sorts.push(sort),
    visibility: {},
    selectedKey: null,
    openKey: null,
    hrefFor: (a) => `/appointments/${a.provider}/${a.id}?q=x`,
    onSelect: () => undefined,
    focusRequest: null,
    loading: false,
    empty: <p>Nothing here</p>,
    ...overrides,
  };
  render(
    <MemoryRouter>
      <AppointmentsTable {...props} />
    </MemoryRouter>,
  );
  return { sorts, table: screen.getByRole('table', { name: 'Appointments' }) };
}

describe('AppointmentsTable', () => {
  it('has the agreed column headers and row semantics', () => {
    const { table } = renderTable();
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual(['Start', 'End', 'Status', 'Service', 'Client', 'Staff', 'Location', 'Provider']);
    expect(table.getAttribute('aria-rowcount')).toBe('6');
    const rows = within(table).getAllByRole('row');
    expect(rows.map((row) => row.getAttribute('aria-rowindex'))).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('renders start with date, time and zone, and links each row to its detail with the list search', () => {
    const { table } = renderTable({ rows: [sampleAppointment(0)] });
    const link = within(table).getByRole('link');
    expect(link.textContent).toBe('Wed, 18 Nov 2026, 10:00 CET');
    expect(link.getAttribute('href')).toBe('/appointments/caspen/apt-0?q=x');
  });

  it('shows ids in place of missing names and the raw value of an "other" status', () => {
    const { table } = renderTable({ rows: [sampleAppointment(3), sampleAppointment(5)] });
    expect(within(table).getByText('svc-3').className).toBe('ref-id');
    expect(within(table).getByTitle('Provider status: rescheduled').textContent).toContain('Other');
  });

  it('shows the same place as the Location filter, the CSV and the panel: never the calendar', () => {
    const onlive = sampleAppointment(2, {
      calendar: { id: 'cal-1', name: 'Ventas Madrid' },
      location: { id: 'Calle 1, Madrid', name: 'Calle 1, Madrid' },
    });
    const { table } = renderTable({ rows: [onlive, sampleAppointment(0)] });
    const column = within(table)
      .getAllByRole('columnheader')
      .findIndex((th) => th.textContent === 'Location');
    const [, ...bodyRows] = within(table).getAllByRole('row');
    const locations = bodyRows.map((row) => within(row).getAllByRole('cell')[column]?.textContent);
    expect(locations).toEqual(['Calle 1, Madrid', 'Main Clinic']);
  });

  it('renders only the rows in view for a large list but keeps the full row count', () => {
    const { table } = renderTable({ rows: sampleAppointments(100_000) });
    expect(table.getAttribute('aria-rowcount')).toBe('100001');
    const rendered = within(table).getAllByRole('row').length;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60);
  });

  it('sorts through the header buttons and marks the sorted column', async () => {
    const { sorts, table } = renderTable({ sort: '-start' });
    const start = within(table).getByRole('columnheader', { name: /Start/ });
    expect(start.getAttribute('aria-sort')).toBe('descending');
    expect(
      within(table)
        .getByRole('columnheader', { name: /Client/ })
        .getAttribute('aria-sort'),
    ).toBeNull();
    await userEvent.click(within(start).getByRole('button'));
    await userEvent.click(within(table).getByRole('button', { name: /Client/ }));
    expect(sorts).toEqual(['start', 'client']);
    expect(within(table).queryByRole('button', { name: /Staff/ })).toBeNull();
  });

  it('hides columns per visibility and marks the open row', () => {
    const rows = sampleAppointments(3);
    const { table } = renderTable({ rows, visibility: { staff: false, end: false }, openKey: rows[1]!.key });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual(['Start', 'Status', 'Service', 'Client', 'Location', 'Provider']);
    const current = table.querySelectorAll('tr[aria-current="true"]');
    expect(current).toHaveLength(1);
    expect(current[0]?.getAttribute('aria-rowindex')).toBe('3');
  });

  it('keeps exactly one row link in the Tab order', () => {
    const rows = sampleAppointments(4);
    const { table } = renderTable({ rows, selectedKey: rows[2]!.key });
    const tabbable = within(table)
      .getAllByRole('link')
      .filter((link) => link.getAttribute('tabindex') === '0');
    expect(tabbable).toHaveLength(1);
    expect(tabbable[0]?.closest('tr')?.getAttribute('data-key')).toBe(rows[2]!.key);
  });

  it('shows skeletons while loading and the empty state after', () => {
    renderTable({ rows: [], loading: true });
    expect(screen.getByRole('table', { name: 'Appointments' }).getAttribute('aria-busy')).toBe('true');
    expect(screen.queryByText('Nothing here')).toBeNull();
  });

  it('shows the empty state when nothing matches', () => {
    renderTable({ rows: [] });
    expect(screen.getByText('Nothing here')).toBeTruthy();
  });
});
