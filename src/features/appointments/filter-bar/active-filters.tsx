import { useId, useRef } from 'react';
import type { ListState } from '../list-state/url-state.ts';
import { activeChips, withoutChip, type Facets } from './filter-options.ts';

export interface ActiveFiltersProps {
  state: ListState;
  facets: Facets;
  onChange: (patch: Partial<ListState>) => void;
  onReset: () => void;
}

/** One removable chip per active filter value, and "Clear all". Renders nothing when no filter is set. */
export function ActiveFilters({ state, facets, onChange, onReset }: ActiveFiltersProps) {
  const list = useRef<HTMLUListElement>(null);
  const labelId = useId();
  const chips = activeChips(state, facets);
  if (chips.length === 0) return null;

  // The pressed chip disappears: keep keyboard focus in the row (next chip, else "Clear all").
  const keepFocus = (index: number) => {
    requestAnimationFrame(() => {
      const buttons = list.current?.querySelectorAll('button');
      if (!buttons || buttons.length === 0) return;
      buttons[Math.min(index, buttons.length - 1)]?.focus();
    });
  };

  return (
    <div className="active-filters">
      <span className="active-filters-label" id={labelId}>
        Active filters
      </span>
      <ul className="chips" ref={list} aria-labelledby={labelId}>
        {chips.map((chip, index) => (
          <li key={`${chip.key}:${chip.value}`}>
            <button
              type="button"
              className="chip"
              onClick={() => {
                onChange(withoutChip(state, chip));
                keepFocus(index);
              }}
            >
              {/* The visible text stays inside the name (WCAG 2.5.3): "Remove filter Status: Pending". */}
              <span className="visually-hidden">Remove filter </span>
              <span className="chip-group">{chip.group}:</span> {chip.label}
              <span className="chip-x" aria-hidden="true">
                ×
              </span>
            </button>
          </li>
        ))}
        <li>
          <button type="button" className="button" data-variant="ghost" onClick={onReset}>
            Clear all
          </button>
        </li>
      </ul>
    </div>
  );
}
