import { useEffect, useRef, type RefObject } from 'react';
import type { FocusRequest } from '../table/use-row-focus.ts';

/**
 * The day views' side of the list's focus requests (J/K, closing the panel): every appointment in them
 * is in the DOM, so the element with `data-focus-key` is scrolled to and, when asked, focused. Each
 * request is acted on once, so a refetch never steals focus, and only requests made while the view is
 * open: one made in the list (J) must not pull the focus off the view switcher just clicked, and
 * whether it did would depend on how fast the view's code arrived. The row stays the view's Tab stop.
 */
export function useFocusRequest(
  container: RefObject<HTMLElement | null>,
  request: FocusRequest | null,
): void {
  const handled = useRef<number | null>(request?.nonce ?? null);
  useEffect(() => {
    if (request === null || handled.current === request.nonce) return;
    const target = container.current?.querySelector<HTMLElement>(
      `[data-focus-key="${CSS.escape(request.key)}"]`,
    );
    if (!target) return;
    handled.current = request.nonce;
    target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    if (request.focus) target.focus({ preventScroll: true });
  }, [container, request]);
}
