import { useCallback, useRef, useState, type RefObject } from 'react';
import { useNow } from '../../../lib/use-now.ts';
import { dayOf } from '../../../lib/zoned-dates.ts';
import type { LazyModule } from '../../../ui/lazy-module.ts';
import type { ListState } from '../list-state/url-state.ts';
import { ActiveFilters } from './active-filters.tsx';
import { DateRangeFilter } from './date-range-filter.tsx';
import {
  FILTER_DIMENSIONS,
  selected,
  selectionPatch,
  type DimensionKey,
} from '../filter-engine/dimensions.ts';
import { dimensionOptions, type Facets } from './filter-options.ts';
import { filterPopovers, type FilterPopoversModule, type PopoverState } from './popover-module.ts';
import { MultiSelectFilter } from './multi-select-filter.tsx';
import { SearchBox } from './search-box.tsx';
import { TimeZoneSelect } from './time-zone-select.tsx';
import './filter-bar.css';

export interface FilterBarProps {
  state: ListState;
  facets: Facets;
  /** Usually `useListState().update`; `replace` rewrites the current history entry (typing). */
  onChange: (patch: Partial<ListState>, options?: { replace?: boolean }) => void;
  onReset: () => void;
  searchInputRef?: RefObject<HTMLInputElement | null>;
  /** Injected clock for the date presets' "today". */
  now?: () => number;
  /** The lazily loaded popover module; tests inject one to control when it arrives. */
  popovers?: LazyModule<FilterPopoversModule>;
}

type PopoverName = 'dates' | DimensionKey;

/**
 * One filter popover open at a time. This also settles clicks on two triggers before the popover module
 * has loaded: the last one wins. A late "closed" from a popover that is no longer current is ignored.
 */
function useOpenPopover(): (name: PopoverName) => PopoverState {
  const [openName, setOpenName] = useState<PopoverName | null>(null);
  return (name) => ({
    open: openName === name,
    onOpenChange: (open) => setOpenName((current) => (open ? name : current === name ? null : current)),
  });
}

/** Search, date range, one multi-select per filter dimension, time zone, then the active-filter chips. */
export function FilterBar({
  state,
  facets,
  onChange,
  onReset,
  searchInputRef,
  now,
  popovers = filterPopovers,
}: FilterBarProps) {
  const today = dayOf(useNow(now), state.tz);
  const popover = useOpenPopover();
  const ownSearchRef = useRef<HTMLInputElement>(null);
  const searchRef = searchInputRef ?? ownSearchRef;
  const onSearch = useCallback(
    (q: string, options: { replace: boolean }) => onChange({ q }, options),
    [onChange],
  );
  return (
    <div role="search" className="filter-bar" aria-label="Filters">
      <div className="filter-controls">
        <SearchBox value={state.q} onChange={onSearch} inputRef={searchRef} />
        <DateRangeFilter
          from={state.from}
          to={state.to}
          today={today}
          onChange={(range) => onChange(range)}
          popovers={popovers}
          {...popover('dates')}
        />
        {FILTER_DIMENSIONS.map((dimension) => (
          <MultiSelectFilter
            key={dimension.key}
            label={dimension.label}
            options={dimensionOptions(dimension, facets)}
            selected={selected(state, dimension.key)}
            onChange={(values) => onChange(selectionPatch(dimension, values))}
            searchable={dimension.kind === 'ref'}
            emptyText={dimension.kind === 'ref' ? dimension.emptyText : undefined}
            popovers={popovers}
            {...popover(dimension.key)}
          />
        ))}
        <TimeZoneSelect value={state.tz} onChange={(tz) => onChange({ tz })} />
      </div>
      <ActiveFilters
        state={state}
        facets={facets}
        onChange={onChange}
        onReset={onReset}
        focusFallback={() => searchRef.current?.focus()}
      />
    </div>
  );
}
