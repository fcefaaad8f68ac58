import type { LazyModule } from '../../../ui/lazy-module.ts';
import { LazyTrigger } from '../../../ui/lazy-trigger.tsx';
import type { Range } from '../../../domain/range.ts';
import type { CalendarDay } from '../../../lib/zoned-dates.ts';
import { matchPreset } from '../list-state/date-presets.ts';
import type { FilterPopoversModule, PopoverState } from './popover-module.ts';
import { DateTriggerContent } from './trigger-content.tsx';

export interface DateRangeFilterProps extends PopoverState {
  from: string;
  to: string;
  /** Today in the list's zone, for the presets. */
  today: string;
  onChange: (range: Range<CalendarDay>) => void;
  /** Where the popover comes from (the shared lazy module, popover-module.ts). */
  popovers: LazyModule<FilterPopoversModule>;
}

/** The date range trigger; presets and the custom range live in the popover (date-range-panel.tsx). */
export function DateRangeFilter({
  from,
  to,
  today,
  onChange,
  open,
  onOpenChange,
  popovers,
}: DateRangeFilterProps) {
  const preset = matchPreset({ from, to }, today);
  const trigger = <DateTriggerContent from={from} to={to} preset={preset} />;
  // Anything but the default range counts as a set filter.
  const active = preset !== 'next-7-days';
  const onApply = (range: Range<CalendarDay>) => {
    onChange(range);
    onOpenChange(false);
  };
  return (
    <LazyTrigger
      lazy={popovers}
      {...{ open, onOpenChange }}
      className="button filter-trigger"
      data={{ 'data-active': active ? '' : undefined }}
      popup="dialog"
      what="the date range"
      render={({ DateRangePopover }, focusTrigger) => (
        <DateRangePopover
          {...{ trigger, active, open, onOpenChange, focusTrigger }}
          {...{ from, to, today, preset, onApply }}
        />
      )}
    >
      {trigger}
    </LazyTrigger>
  );
}
