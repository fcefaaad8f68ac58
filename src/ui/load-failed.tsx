import { useLayoutEffect, useRef, useState } from 'react';

export interface LoadFailedProps {
  /** What could not load, for screen readers and the Retry button's name ("the Status filter"). */
  what: string;
  onRetry: () => void;
  /** Retry is in flight: the button stays (and keeps focus) but does nothing. */
  retrying?: boolean;
  /** Take focus on mount: the failure answered a click whose target is now gone. */
  takeFocus?: boolean;
}

/**
 * Said in place of a piece of UI whose code did not arrive (offline, or a release replaced the file):
 * "Couldn't load: Retry". The rest of the page stays as it was.
 */
export function LoadFailed({ what, onRetry, retrying = false, takeFocus = false }: LoadFailedProps) {
  const button = useRef<HTMLButtonElement>(null);
  const [focusOnMount] = useState(takeFocus);
  useLayoutEffect(() => {
    if (focusOnMount) button.current?.focus();
  }, [focusOnMount]);
  return (
    <span className="load-failed" role="alert">
      Couldn’t load<span className="visually-hidden"> {what}</span>:{' '}
      <button
        ref={button}
        type="button"
        className="button"
        aria-disabled={retrying || undefined}
        onClick={() => (retrying ? undefined : onRetry())}
      >
        Retry<span className="visually-hidden"> loading {what}</span>
      </button>
    </span>
  );
}
