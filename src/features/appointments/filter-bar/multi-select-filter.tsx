import type { LazyModule } from '../../../ui/lazy-module.ts';
import { LazyTrigger } from '../../../ui/lazy-trigger.tsx';
import type { ChoiceOption } from './filter-options.ts';
import type { FilterPopoversModule, PopoverState } from './popover-module.ts';
import { MultiTriggerContent } from './trigger-content.tsx';

export interface MultiSelectFilterProps extends PopoverState {
  /** Visible name of the filter, e.g. "Status"; also names the trigger and the popover. */
  label: string;
  options: readonly ChoiceOption[];
  selected: readonly string[];
  onChange: (values: string[]) => void;
  /** Adds a text box that narrows the options (long lists: services, locations). */
  searchable?: boolean;
  /** Said when there is nothing to choose from in the current range. */
  emptyText?: string;
  /** Where the popover comes from (the shared lazy module, popover-module.ts). */
  popovers: LazyModule<FilterPopoversModule>;
}

/**
 * A multi-select as a Radix popover of native checkboxes (multi-select-options.tsx). Radix arrives
 * with the first interaction; until then a look-alike trigger stands in (src/ui/lazy-trigger.tsx).
 */
export function MultiSelectFilter({ open, onOpenChange, popovers, ...options }: MultiSelectFilterProps) {
  const trigger = <MultiTriggerContent label={options.label} count={options.selected.length} />;
  const active = options.selected.length > 0;
  return (
    <LazyTrigger
      lazy={popovers}
      {...{ open, onOpenChange }}
      className="button filter-trigger"
      data={{ 'data-active': active ? '' : undefined }}
      popup="dialog"
      what={`the ${options.label} filter`}
      render={({ MultiSelectPopover }, focusTrigger) => (
        <MultiSelectPopover {...{ trigger, active, open, onOpenChange, focusTrigger }} {...options} />
      )}
    >
      {trigger}
    </LazyTrigger>
  );
}
