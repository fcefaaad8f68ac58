import { useId, useRef } from 'react';
import type { ListState } from '../list-state/url-state.ts';
import { activeChips, withoutChip, type Facets } from './filter-options.ts';

export interface ActiveFiltersProps {
  state: ListState;
  facets: Facets;
  onChange: (patch: Partial<ListState>) => void;
  onReset: () => void;
  /** Where focus goes when the chips are all gone (the search box). */
  focusFallback: () => void;
}

/** One removable chip per active filter value, and "Clear all". Renders nothing when no filter is set. */
export function ActiveFilters({ state, facets, onChange, onReset, focusFallback }: ActiveFiltersProps) {
  const list = useRef<HTMLUListElement>(null);
  const labelId = useId();
  const chips = activeChips(state, facets);
  if (chips.length === 0) return null;

  // The pressed chip disappears. Move focus before it does, to a control that stays: the next chip
  // (or "Clear all", always after the chips), or the search box when this was the only chip.
  const keepFocus = (index: number) => {
    const next = list.current?.querySelectorAll('button')[index + 1];
    if (chips.length > 1 && next) next.focus();
    else focusFallback();
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
                keepFocus(index);
                onChange(withoutChip(state, chip));
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
          <button
            type="button"
            className="button"
            data-variant="ghost"
            onClick={() => {
              focusFallback();
              onReset();
            }}
          >
            Clear all
          </button>
        </li>
      </ul>
    </div>
  );
}
