import { beforeAll, describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FilterResult } from '../filter-engine/apply-filters.ts';
import { defaultListState, type ListState } from '../list-state/url-state.ts';
import { FilterBar } from './filter-bar.tsx';
import { filterPopovers } from './popover-module.ts';

// The popovers are one lazily imported module (its loading is filter-bar-lazy.test.tsx's subject).
// Loaded up front here, so that opening a popover does not race the first import's transform against
// findBy's one-second timeout on a busy machine: the test that failed 1 run in ~600 under load.
beforeAll(() => filterPopovers.load());

const NOW = Date.parse('2026-11-18T09:30:00Z'); // a Wednesday
const clock = () => NOW;

// The default view on that day: 18 to 25 Nov 2026 in Europe/Madrid, no filters, sorted by start.
const state: ListState = defaultListState({ nowMs: NOW, browserTz: 'Europe/Madrid' });

const facets: FilterResult['facets'] = {
  status: { pending: 12, confirmed: 30, arrived: 0, no_show: 2, cancelled: 5, other: 1 },
  provider: { caspen: 20, 'appointment-one': 10, onlive: 20 },
  service: [
    { value: 'caspen:ser_1', provider: 'caspen', label: 'Physiotherapy', count: 11 },
    { value: 'caspen:ser_2', provider: 'caspen', label: 'Massage', count: 9 },
    {
      value: 'appointment-one:30min',
      provider: 'appointment-one',
      label: '30 minute appointment',
      count: 10,
    },
    { value: 'onlive:td', provider: 'onlive', label: 'Test Drive Standard', count: 20 },
  ],
  location: [{ value: 'onlive:cal-1', provider: 'onlive', label: 'Ventas Madrid', count: 20 }],
};

function setup(over: Partial<ListState> = {}) {
  const onChange = vi.fn();
  const onReset = vi.fn();
  const user = userEvent.setup();
  const view = render(
    <FilterBar
      state={{ ...state, ...over }}
      facets={facets}
      onChange={onChange}
      onReset={onReset}
      now={clock}
    />,
  );
  return { onChange, onReset, user, view };
}

describe('FilterBar', () => {
  it('is a search landmark named "Filters" with every control labelled', () => {
    setup();
    const bar = screen.getByRole('search', { name: 'Filters' });
    for (const name of ['Search']) expect(within(bar).getByRole('searchbox', { name })).toBeTruthy();
    for (const name of [/^Dates/, /^Status/, /^Service/, /^Provider/, /^Location/]) {
      expect(within(bar).getByRole('button', { name })).toBeTruthy();
    }
    expect(within(bar).getByRole('combobox', { name: 'Time zone' })).toBeTruthy();
  });

  it('shows status options with counts and reports the ticked values', async () => {
    const { user, onChange } = setup({ status: ['pending'] });
    await user.click(screen.getByRole('button', { name: 'Status 1 selected' }));
    const dialog = await screen.findByRole('dialog', { name: 'Status filter' });
    const pending = within(dialog).getByRole('checkbox', { name: 'Pending' });
    expect((pending as HTMLInputElement).checked).toBe(true);
    expect(pending.getAttribute('aria-describedby')).toBeTruthy();
    expect(within(dialog).getByRole('checkbox', { name: 'No-show' })).toBeTruthy();
    expect(within(dialog).getByText('30')).toBeTruthy();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Confirmed' }));
    expect(onChange).toHaveBeenLastCalledWith({ status: ['pending', 'confirmed'] });
    await user.click(pending);
    expect(onChange).toHaveBeenLastCalledWith({ status: [] });
  });

  it('groups services by provider and narrows them by a search', async () => {
    const { user, onChange } = setup();
    await user.click(screen.getByRole('button', { name: 'Service' }));
    const dialog = await screen.findByRole('dialog', { name: 'Service filter' });
    const groups = within(dialog).getAllByRole('group');
    expect(groups.map((g) => g.querySelector('legend')?.textContent)).toEqual([
      'Caspen',
      'Appointment.one',
      'ONLIVE.SITE',
    ]);
    await user.type(within(dialog).getByRole('searchbox', { name: 'Search service options' }), 'phys');
    expect(
      within(dialog)
        .getAllByRole('checkbox')
        .map((c) => c.getAttribute('aria-describedby') && c.closest('label')?.textContent),
    ).toEqual(['Physiotherapy11']);
    await user.click(within(dialog).getByRole('checkbox', { name: 'Physiotherapy' }));
    expect(onChange).toHaveBeenLastCalledWith({ service: ['caspen:ser_1'] });
  });

  it('applies a date preset at once, computed in the list zone', async () => {
    const { user, onChange } = setup();
    const trigger = screen.getByRole('button', { name: /^Dates/ });
    expect(trigger.textContent).toContain('Next 7 days');
    await user.click(trigger);
    const dialog = await screen.findByRole('dialog', { name: 'Date range' });
    expect(within(dialog).getByRole('button', { name: 'Next 7 days' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await user.click(within(dialog).getByRole('button', { name: 'This week' }));
    expect(onChange).toHaveBeenLastCalledWith({ from: '2026-11-16', to: '2026-11-22' });
  });

  it('applies a custom range only on Apply, in order', async () => {
    const { user, onChange } = setup();
    await user.click(screen.getByRole('button', { name: /^Dates/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Date range' });
    const from = within(dialog).getByLabelText('From');
    const to = within(dialog).getByLabelText('To');
    await user.clear(from);
    await user.type(from, '2026-12-20');
    await user.clear(to);
    await user.type(to, '2026-12-01');
    expect(onChange).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Apply' }));
    expect(onChange).toHaveBeenLastCalledWith({ from: '2026-12-01', to: '2026-12-20' });
  });

  it('writes the search text after a pause, and Enter writes at once', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const { onChange } = setup();
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      const box = screen.getByRole('searchbox', { name: 'Search' });
      await user.type(box, 'ana');
      expect(onChange).not.toHaveBeenCalled();
      await act(() => vi.advanceTimersByTimeAsync(300));
      expect(onChange).toHaveBeenCalledTimes(1);
      expect(onChange).toHaveBeenLastCalledWith({ q: 'ana' }, { replace: false });
      await user.type(box, ' g');
      await act(() => vi.advanceTimersByTimeAsync(300));
      // Later writes of the same burst replace the history entry.
      expect(onChange).toHaveBeenLastCalledWith({ q: 'ana g' }, { replace: true });
      await user.type(box, 'x{Enter}');
      expect(onChange).toHaveBeenLastCalledWith({ q: 'ana gx' }, { replace: true });
    } finally {
      vi.useRealTimers();
    }
  });

  it('takes a new search value from outside (back/forward)', () => {
    const { view } = setup({ q: 'first' });
    expect((screen.getByRole('searchbox', { name: 'Search' }) as HTMLInputElement).value).toBe('first');
    view.rerender(
      <FilterBar
        state={{ ...state, q: 'second' }}
        facets={facets}
        onChange={vi.fn()}
        onReset={vi.fn()}
        now={clock}
      />,
    );
    expect((screen.getByRole('searchbox', { name: 'Search' }) as HTMLInputElement).value).toBe('second');
  });

  it('shows active filters as removable chips and a Clear all', async () => {
    const { user, onChange, onReset } = setup({
      status: ['pending', 'cancelled'],
      service: ['onlive:td'],
      q: 'ana',
    });
    const chips = screen.getByRole('list', { name: 'Active filters' });
    const names = [
      'Remove filter Status: Pending',
      'Remove filter Status: Cancelled',
      'Remove filter Service: Test Drive Standard (ONLIVE.SITE)',
      'Remove filter Search: “ana”',
      'Clear all',
    ];
    expect(within(chips).getAllByRole('button')).toHaveLength(names.length);
    for (const name of names) expect(within(chips).getByRole('button', { name })).toBeTruthy();
    await user.click(within(chips).getByRole('button', { name: 'Remove filter Status: Pending' }));
    expect(onChange).toHaveBeenLastCalledWith({ status: ['cancelled'] });
    await user.click(within(chips).getByRole('button', { name: 'Clear all' }));
    expect(onReset).toHaveBeenCalledTimes(1);
  });

  it('shows no chips when nothing is filtered', () => {
    setup();
    expect(screen.queryByRole('list', { name: 'Active filters' })).toBeNull();
  });

  it('switches the time zone with a native select', async () => {
    const { user, onChange } = setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Time zone' }), 'Asia/Tokyo');
    expect(onChange).toHaveBeenLastCalledWith({ tz: 'Asia/Tokyo' });
  });
});
