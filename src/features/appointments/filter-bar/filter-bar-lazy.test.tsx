import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createLazyModule } from '../../../ui/lazy-module.ts';
import type { FilterResult } from '../filter-engine/apply-filters.ts';
import { defaultListState, type ListState } from '../list-state/url-state.ts';
import { FilterBar } from './filter-bar.tsx';
import * as realPopovers from './filter-popovers-radix.tsx';
import type { FilterPopoversModule } from './popover-module.ts';

const NOW = Date.parse('2026-11-18T09:30:00Z');
const clock = () => NOW;
// The default view on that day: 18 to 25 Nov 2026 in Europe/Madrid, no filters, sorted by start.
const state: ListState = defaultListState({ nowMs: NOW, browserTz: 'Europe/Madrid' });
const facets: FilterResult['facets'] = {
  status: { pending: 12, confirmed: 30, arrived: 0, no_show: 2, cancelled: 5, other: 1 },
  provider: { caspen: 20, 'appointment-one': 10, onlive: 20 },
  service: [],
  location: [],
};

/** The popover module behind a gate the test opens (or fails), counting import attempts. */
function gatedPopovers() {
  const attempts: { resolve: (m: FilterPopoversModule) => void; reject: (e: Error) => void }[] = [];
  const lazy = createLazyModule<FilterPopoversModule>(
    () => new Promise((resolve, reject) => attempts.push({ resolve, reject })),
  );
  const last = () => {
    const attempt = attempts.at(-1);
    if (!attempt) throw new Error('the popover module was never requested');
    return attempt;
  };
  return {
    lazy,
    attempts: () => attempts.length,
    arrive: () => act(async () => last().resolve(realPopovers)),
    fail: () => act(async () => last().reject(new Error('chunk failed to load'))),
  };
}

function setup() {
  const gate = gatedPopovers();
  const user = userEvent.setup();
  render(
    <FilterBar
      state={state}
      facets={facets}
      onChange={vi.fn()}
      onReset={vi.fn()}
      now={clock}
      popovers={gate.lazy}
    />,
  );
  const trigger = (name: RegExp) => screen.getByRole('button', { name });
  return { gate, user, trigger };
}

/** The look-alike stand-in is marked; the Radix trigger that replaces it is not. */
const isRadixTrigger = (el: HTMLElement) => !el.hasAttribute('data-placeholder');

describe('filter popovers load lazily', () => {
  it('draws look-alike triggers and imports nothing until a trigger is touched, then imports once', async () => {
    const { gate, user, trigger } = setup();
    const status = trigger(/^Status/);
    expect(status.getAttribute('aria-haspopup')).toBe('dialog');
    expect(status.getAttribute('aria-expanded')).toBe('false');
    expect(isRadixTrigger(status)).toBe(false);
    expect(gate.attempts()).toBe(0);
    await user.hover(status);
    expect(gate.attempts()).toBe(1);
    act(() => trigger(/^Service/).focus());
    await user.hover(trigger(/^Dates/));
    expect(gate.attempts()).toBe(1);
    await gate.arrive();
    expect(isRadixTrigger(trigger(/^Status/))).toBe(true);
    expect(isRadixTrigger(trigger(/^Dates/))).toBe(true);
  });

  it('opens a popover clicked before the module arrived, with focus inside, and returns focus on Esc', async () => {
    const { gate, user, trigger } = setup();
    await user.click(trigger(/^Status/));
    expect(screen.queryByRole('dialog')).toBeNull();
    await gate.arrive();
    const dialog = await screen.findByRole('dialog', { name: 'Status filter' });
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
    expect(within(dialog).getAllByRole('checkbox')).toHaveLength(6);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(trigger(/^Status/));
    expect(isRadixTrigger(trigger(/^Status/))).toBe(true);
  });

  it('keeps keyboard focus on the trigger when the Radix one replaces the focused placeholder', async () => {
    const { gate, user, trigger } = setup();
    act(() => trigger(/^Dates/).focus());
    await gate.arrive();
    const dates = trigger(/^Dates/);
    expect(isRadixTrigger(dates)).toBe(true);
    expect(document.activeElement).toBe(dates);
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('dialog', { name: 'Date range' })).toBeTruthy();
  });

  it('does not swap a trigger while it is pressed (that would swallow the click)', async () => {
    const { gate, trigger } = setup();
    fireEvent.pointerDown(trigger(/^Provider/), { button: 0, pointerType: 'mouse' });
    await gate.arrive();
    expect(isRadixTrigger(trigger(/^Provider/))).toBe(false);
    expect(isRadixTrigger(trigger(/^Status/))).toBe(true);
    fireEvent.click(trigger(/^Provider/));
    expect(await screen.findByRole('dialog', { name: 'Provider filter' })).toBeTruthy();
  });

  it('opens only the last of two triggers clicked before the module arrived', async () => {
    const { gate, user, trigger } = setup();
    await user.click(trigger(/^Status/));
    await user.click(trigger(/^Provider/));
    await gate.arrive();
    expect(await screen.findByRole('dialog', { name: 'Provider filter' })).toBeTruthy();
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
  });

  it('after a failed import forgets the click, and the next interaction tries again', async () => {
    const { gate, user, trigger } = setup();
    await user.click(trigger(/^Status/));
    await gate.fail();
    expect(isRadixTrigger(trigger(/^Status/))).toBe(false);
    await user.hover(trigger(/^Location/));
    expect(gate.attempts()).toBe(2);
    await gate.arrive();
    expect(isRadixTrigger(trigger(/^Status/))).toBe(true);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
