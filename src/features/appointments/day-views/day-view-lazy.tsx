import { createLazyModule } from '../../../ui/lazy-module.ts';
import { LazyPiece } from '../../../ui/lazy-piece.tsx';
import type { DayViewBodyProps } from './day-view-body.tsx';

/**
 * The Today board and the timeline are not part of the list's first load (the list route's bundle
 * has a size budget): their code arrives when one of them is opened, or with the first reads when the
 * page opens on one (src/app/warm-start.ts).
 */
export const dayViewModule = createLazyModule(() => import('./day-view-body.tsx'));

export function DayViewBody(props: DayViewBodyProps) {
  return (
    <LazyPiece
      lazy={dayViewModule}
      what="this view"
      fallback={
        <p className="day-view-empty" role="status">
          Loading the view…
        </p>
      }
    >
      {({ DayViewBody: Body }) => <Body {...props} />}
    </LazyPiece>
  );
}
