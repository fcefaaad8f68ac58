import { useEffect, useRef, type ReactNode } from 'react';
import type { Appointment } from '../../../domain/appointment.ts';
import './detail.css';

export interface DetailNav {
  prev: Appointment | null;
  next: Appointment | null;
  /** 1-based position in the filtered, sorted list; null when the appointment is not in it. */
  position: number | null;
  total: number;
  go: (appointment: Appointment) => void;
}

export interface DetailFrameProps {
  heading: string;
  meta?: ReactNode;
  nav: DetailNav;
  onClose: () => void;
  children: ReactNode;
}

/**
 * The panel's frame: a complementary landmark named "Appointment details", non-modal (no focus trap,
 * the list stays usable). On open, focus moves to the heading so keyboard and screen-reader users land
 * in the panel; Esc (handled by the route) closes it and returns focus to the row.
 */
export function DetailFrame({ heading, meta, nav, onClose, children }: DetailFrameProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, []);
  const { prev, next } = nav;
  return (
    <aside className="detail-panel" aria-label="Appointment details">
      <div className="detail-toolbar">
        <button
          type="button"
          className="button"
          data-variant="ghost"
          disabled={prev === null}
          onClick={() => prev && nav.go(prev)}
          aria-keyshortcuts="K"
          title="Previous appointment (K)"
        >
          <span aria-hidden="true">↑</span> Previous<span className="visually-hidden"> appointment</span>
        </button>
        <button
          type="button"
          className="button"
          data-variant="ghost"
          disabled={next === null}
          onClick={() => next && nav.go(next)}
          aria-keyshortcuts="J"
          title="Next appointment (J)"
        >
          <span aria-hidden="true">↓</span> Next<span className="visually-hidden"> appointment</span>
        </button>
        <span className="detail-position">
          {nav.position !== null ? `${nav.position} of ${nav.total}` : 'Not in the current list'}
        </span>
        <button
          type="button"
          className="button detail-close"
          data-variant="ghost"
          onClick={onClose}
          aria-keyshortcuts="Escape"
          title="Close (Esc)"
        >
          <span aria-hidden="true">✕</span>
          <span className="visually-hidden">Close details</span>
        </button>
      </div>
      {/* Walking with J/K or the buttons keeps focus where it is: say what is shown now. */}
      <p className="visually-hidden" aria-live="polite">
        {nav.position !== null ? `${heading}, ${nav.position} of ${nav.total}` : heading}
      </p>
      <div className="detail-scroll">
        <header className="detail-header">
          <h2 tabIndex={-1} ref={headingRef}>
            {heading}
          </h2>
          {meta}
        </header>
        {children}
      </div>
    </aside>
  );
}
