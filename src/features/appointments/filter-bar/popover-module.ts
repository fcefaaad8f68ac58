import { createLazyModule, type LazyModule } from '../../../ui/lazy-module.ts';
import type * as Popovers from './filter-popovers-radix.tsx';

export type FilterPopoversModule = typeof Popovers;

/**
 * The one lazily imported module behind every filter popover: Radix Popover (popper, floating-ui,
 * dismissable layer, focus scope, ...) and the popover bodies. The first list view does not need it,
 * and leaving it out keeps the list route inside its bundle budget. Loading starts on the first
 * pointerenter, focus or press of any filter trigger (src/ui/lazy-trigger.tsx).
 */
export const filterPopovers: LazyModule<FilterPopoversModule> = createLazyModule(
  () => import('./filter-popovers-radix.tsx'),
);

/** Open state of one filter popover; the filter bar keeps it so at most one opens at a time. */
export interface PopoverState {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}
