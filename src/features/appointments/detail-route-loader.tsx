import type { ReactNode } from 'react';
import { useOutletContext } from 'react-router';
import { createLazyModule } from '../../ui/lazy-module.ts';
import { LazyPiece } from '../../ui/lazy-piece.tsx';
import type { DetailContext } from './detail/detail-context.ts';

/**
 * The detail panel's code (sections, history, DOMPurify loader) is not part of the first list view.
 * It is preloaded when the browser is idle after the list renders, and imported on first open
 * otherwise; if it cannot arrive (offline, or a release replaced the file) the panel says so with a
 * Retry, and the list stays.
 */
export const detailRouteModule = createLazyModule(() => import('./appointment-detail-route.tsx'));

/** The child route `/appointments/:provider/:id`: the real panel once its code is here. */
export function DetailRouteLoader() {
  const context = useOutletContext<DetailContext>();
  return (
    <LazyPiece
      lazy={detailRouteModule}
      what="the appointment details"
      fallback={
        <p className="detail-shell-message" role="status">
          <span className="spinner" aria-hidden="true" /> Loading…
        </p>
      }
      frame={(content) => <DetailShell onClose={context.close}>{content}</DetailShell>}
    >
      {({ AppointmentDetailRoute }) => <AppointmentDetailRoute />}
    </LazyPiece>
  );
}

/** What the panel looks like before its code is here: the landmark, a Close button and a message. */
function DetailShell({ onClose, children }: { onClose: () => void; children: ReactNode }) {
  return (
    <aside className="detail-panel detail-shell" aria-label="Appointment details">
      <div className="detail-shell-toolbar">
        <button type="button" className="button" data-variant="ghost" onClick={onClose} title="Close (Esc)">
          <span aria-hidden="true">✕</span>
          <span className="visually-hidden">Close details</span>
        </button>
      </div>
      <div className="detail-shell-body">{children}</div>
    </aside>
  );
}
