import { lazy, Suspense } from 'react';
import type { ColumnMenuProps } from './column-menu-radix.tsx';

export type { ColumnMenuProps } from './column-menu-radix.tsx';

// Radix's menu stack is not needed to draw the first list view: it loads right after, behind a
// look-alike placeholder, which keeps the list route inside its bundle budget.
const ColumnMenuRadix = lazy(() =>
  import('./column-menu-radix.tsx').then((m) => ({ default: m.ColumnMenuRadix })),
);

export function ColumnMenu(props: ColumnMenuProps) {
  return (
    <Suspense
      fallback={
        <button type="button" className="button" data-variant="ghost" disabled>
          Columns
        </button>
      }
    >
      <ColumnMenuRadix {...props} />
    </Suspense>
  );
}
