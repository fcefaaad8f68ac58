import { useState } from 'react';
import { createLazyModule } from '../../../ui/lazy-module.ts';
import { LazyTrigger } from '../../../ui/lazy-trigger.tsx';
import type * as ColumnMenuModule from './column-menu-radix.tsx';
import type { ColumnMenuProps } from './column-menu-radix.tsx';

export type { ColumnMenuProps } from './column-menu-radix.tsx';

// Radix's menu stack is not needed to draw the first list view: it loads on the first pointerenter,
// focus or press of the trigger, behind a look-alike placeholder, which keeps the list route inside
// its bundle budget.
export const columnMenuModule = createLazyModule<typeof ColumnMenuModule>(
  () => import('./column-menu-radix.tsx'),
);

export function ColumnMenu(props: ColumnMenuProps) {
  const [open, setOpen] = useState(false);
  const trigger = (
    <>
      <ColumnsIcon />
      Columns
    </>
  );
  return (
    <LazyTrigger
      lazy={columnMenuModule}
      open={open}
      onOpenChange={setOpen}
      className="button"
      data={{ 'data-variant': 'ghost' }}
      popup="menu"
      what="the column menu"
      render={({ ColumnMenuRadix }, focusTrigger) => (
        <ColumnMenuRadix {...props} {...{ open, focusTrigger, trigger }} onOpenChange={setOpen} />
      )}
    >
      {trigger}
    </LazyTrigger>
  );
}

function ColumnsIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M2 3h12v10H2zM6 3v10M10 3v10" fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}
