import { lazy, Suspense } from 'react';
import type { DayViewBodyProps } from './day-view-body.tsx';

// The Today board and the timeline are not part of the list's first load: their code arrives when one
// of them is opened (the list route's bundle has a size budget).
const Body = lazy(async () => ({ default: (await import('./day-view-body.tsx')).DayViewBody }));

export function DayViewBody(props: DayViewBodyProps) {
  return (
    <Suspense
      fallback={
        <p className="day-view-empty" role="status">
          Loading the view…
        </p>
      }
    >
      <Body {...props} />
    </Suspense>
  );
}
