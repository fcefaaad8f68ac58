import { startTransition, useId, useOptimistic, useState } from 'react';
import * as Popover from '@radix-ui/react-popover';
import { PROVIDER_LABELS } from '../../../domain/provider.ts';
import { groupOptions, matchingOptions, type ChoiceOption } from './filter-options.ts';

export interface MultiSelectFilterProps {
  /** Visible name of the filter, e.g. "Status"; also names the trigger and the popover. */
  label: string;
  options: readonly ChoiceOption[];
  selected: readonly string[];
  onChange: (values: string[]) => void;
  /** Adds a text box that narrows the options (long lists: services, locations). */
  searchable?: boolean;
  /** Said when there is nothing to choose from in the current range. */
  emptyText?: string;
}

const numberFormat = new Intl.NumberFormat('en-GB');

/**
 * A multi-select as a Radix popover of native checkboxes: Radix gives focus handling, Esc and
 * outside-click closing; native checkboxes give labels, Tab order and screen-reader state for free.
 * Counts say how many rows ticking an option would give, with the other filters applied.
 */
export function MultiSelectFilter({
  label,
  options,
  selected,
  onChange,
  searchable,
  emptyText,
}: MultiSelectFilterProps) {
  const [query, setQuery] = useState('');
  const id = useId();
  const shown = searchable ? matchingOptions(options, query) : [...options];
  const groups = groupOptions(shown);
  // The URL update renders in a transition (React Router); the box must show the tick at once.
  const [ticked, setTicked] = useOptimistic<readonly string[]>(selected);
  const toggle = (value: string, checked: boolean) =>
    startTransition(() => {
      const next = checked ? [...ticked, value] : ticked.filter((v) => v !== value);
      setTicked(next);
      onChange(next);
    });

  return (
    <Popover.Root onOpenChange={(open) => (open ? undefined : setQuery(''))}>
      <Popover.Trigger className="filter-trigger" data-active={selected.length > 0 || undefined}>
        {label}{' '}
        {selected.length > 0 ? (
          <>
            <span className="filter-trigger-count">{selected.length}</span>
            <span className="visually-hidden"> selected</span>
          </>
        ) : null}
        <Chevron />
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          className="filter-popover"
          aria-label={`${label} filter`}
          align="start"
          sideOffset={4}
        >
          {searchable ? (
            <input
              type="search"
              className="filter-popover-search"
              aria-label={`Search ${label.toLowerCase()} options`}
              placeholder={`Search ${label.toLowerCase()}…`}
              value={query}
              onChange={(event) => setQuery(event.target.value)}
            />
          ) : null}
          <div className="filter-options">
            {shown.length === 0 ? (
              <p className="filter-empty">{query ? 'No match.' : (emptyText ?? 'Nothing to choose from.')}</p>
            ) : null}
            {groups.map(({ group, options: groupOpts }, g) => (
              <fieldset key={group ?? 'all'} className="filter-group">
                <legend className={group === null ? 'visually-hidden' : 'filter-group-label'}>
                  {group === null ? label : PROVIDER_LABELS[group]}
                </legend>
                {groupOpts.map((option, i) => (
                  <label
                    key={option.value}
                    className="filter-option"
                    data-empty={option.count === 0 || undefined}
                  >
                    <input
                      type="checkbox"
                      checked={ticked.includes(option.value)}
                      onChange={(event) => toggle(option.value, event.target.checked)}
                      aria-describedby={`${id}-${g}-${i}`}
                    />
                    <span className="filter-option-label">{option.label}</span>
                    {/* Out of the name ("Pending"), read as the description ("12"). */}
                    <span className="filter-option-count" id={`${id}-${g}-${i}`} aria-hidden="true">
                      {numberFormat.format(option.count)}
                    </span>
                  </label>
                ))}
              </fieldset>
            ))}
          </div>
          {selected.length > 0 ? (
            <div className="filter-popover-footer">
              <button type="button" className="button" data-variant="ghost" onClick={() => onChange([])}>
                Clear {label.toLowerCase()}
              </button>
            </div>
          ) : null}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}

export function Chevron() {
  return (
    <svg
      className="filter-chevron"
      width="12"
      height="12"
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.75" />
    </svg>
  );
}
