import { useEffect, useRef, type RefObject } from 'react';

/** Ask the table to bring a row into view, and optionally move keyboard focus to its link. */
export interface FocusRequest {
  key: string;
  /** Each request is acted on once: a new nonce asks again for the same row. */
  nonce: number;
  focus: boolean;
}

interface Options {
  scrollRef: RefObject<HTMLElement | null>;
  request: FocusRequest | null;
  indexOf: (key: string) => number;
  scrollToIndex: (index: number, options: { align: 'auto' }) => void;
}

const MAX_FRAMES = 10;

/**
 * Handles focus requests under virtualisation: the row may not be in the DOM yet, so scroll first, then
 * focus its link once rendered. A request is handled once, so later data changes (typing a search, a
 * background refetch) never steal focus. A scroll-only request whose row has not loaded yet waits for it.
 */
export function useRowFocus({ scrollRef, request, indexOf, scrollToIndex }: Options): void {
  const handled = useRef<number | null>(null);
  useEffect(() => {
    if (request === null || handled.current === request.nonce) return;
    const index = indexOf(request.key);
    if (index < 0 && !request.focus) return;
    handled.current = request.nonce;
    if (index < 0) return;
    scrollToIndex(index, { align: 'auto' });
    if (!request.focus) return;
    let frames = 0;
    let raf = 0;
    const tryFocus = () => {
      const selector = `tr[data-key="${CSS.escape(request.key)}"] .row-link`;
      const link = scrollRef.current?.querySelector<HTMLElement>(selector);
      if (link) link.focus({ preventScroll: true });
      else if (++frames < MAX_FRAMES) raf = requestAnimationFrame(tryFocus);
    };
    raf = requestAnimationFrame(tryFocus);
    return () => cancelAnimationFrame(raf);
  }, [request, indexOf, scrollToIndex, scrollRef]);
}
