// Loaded lazily (popover-module.ts): everything only an open filter popover needs.
import type { ReactNode } from 'react';
import * as Popover from '@radix-ui/react-popover';
import { useFocusOnMount } from '../../../ui/lazy-trigger.tsx';
import { DateRangePanel, type DateRangePanelProps } from './date-range-panel.tsx';
import type { PopoverState } from './popover-module.ts';
import { MultiSelectOptions, type MultiSelectOptionsProps } from './multi-select-options.tsx';
import './filter-popovers.css';

/** What every filter popover takes from its eager wrapper. */
export interface FilterPopoverBase extends PopoverState {
  trigger: ReactNode;
  active: boolean;
  /** Focus the Radix trigger once mounted: the placeholder it replaces had keyboard focus. */
  focusTrigger: boolean;
}

interface ShellProps extends FilterPopoverBase {
  /** Names the popover (role dialog). */
  label: string;
  className: string;
  children: ReactNode;
}

/**
 * A Radix popover: focus moves in on open and back to the trigger on close, Esc and outside clicks
 * close it, and it stays inside the viewport. Controlled, so a click on the placeholder before this
 * module loaded opens it on mount.
 */
function FilterPopoverShell({
  open,
  onOpenChange,
  trigger,
  active,
  focusTrigger,
  label,
  className,
  children,
}: ShellProps) {
  const triggerRef = useFocusOnMount(focusTrigger);
  return (
    <Popover.Root open={open} onOpenChange={onOpenChange}>
      <Popover.Trigger ref={triggerRef} className="button filter-trigger" data-active={active || undefined}>
        {trigger}
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content className={className} aria-label={label} align="start" sideOffset={4}>
          {children}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}

export type MultiSelectPopoverProps = FilterPopoverBase & MultiSelectOptionsProps;

/** A multi-select filter's popover of checkboxes; named "<label> filter". */
export function MultiSelectPopover({
  open,
  onOpenChange,
  trigger,
  active,
  focusTrigger,
  ...options
}: MultiSelectPopoverProps) {
  return (
    <FilterPopoverShell
      {...{ open, onOpenChange, trigger, active, focusTrigger }}
      label={`${options.label} filter`}
      className="filter-popover"
    >
      <MultiSelectOptions {...options} />
    </FilterPopoverShell>
  );
}

export type DateRangePopoverProps = FilterPopoverBase & DateRangePanelProps;

/** The date range popover: presets and a custom range; named "Date range". */
export function DateRangePopover({
  open,
  onOpenChange,
  trigger,
  active,
  focusTrigger,
  ...panel
}: DateRangePopoverProps) {
  return (
    <FilterPopoverShell
      {...{ open, onOpenChange, trigger, active, focusTrigger }}
      label="Date range"
      className="filter-popover date-popover"
    >
      <DateRangePanel {...panel} />
    </FilterPopoverShell>
  );
}
