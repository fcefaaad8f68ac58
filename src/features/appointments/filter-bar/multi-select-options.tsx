import { startTransition, useId, useOptimistic, useState } from 'react';
import { PROVIDER_LABELS } from '../../../../contract/providers.ts';
import type { ChoiceOption } from './filter-options.ts';
import { groupOptions, matchingOptions } from './option-groups.ts';

export interface MultiSelectOptionsProps {
  /** Visible name of the filter, e.g. "Status". */
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
 * The body of a multi-select popover: native checkboxes give labels, Tab order and screen-reader state
 * for free. Counts say how many rows ticking an option would give, with the other filters applied.
 * It unmounts when the popover closes, which also clears the search text.
 */
export function MultiSelectOptions({
  label,
  options,
  selected,
  onChange,
  searchable,
  emptyText,
}: MultiSelectOptionsProps) {
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
    <>
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
    </>
  );
}
