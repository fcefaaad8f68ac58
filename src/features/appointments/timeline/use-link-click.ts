import { useCallback, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';

/**
 * One click handler for many plain `<a href>` links inside a container (hundreds of blocks or
 * conflicts), instead of a router `Link` each: a left click on a link matching `selector` navigates in
 * the app. Modified and middle clicks are left to the browser (new tab, new window), as `Link` does.
 */
export function useLinkClick(selector: string): (event: MouseEvent<HTMLElement>) => void {
  const navigate = useNavigate();
  return useCallback(
    (event: MouseEvent<HTMLElement>) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element).closest<HTMLAnchorElement>(selector);
      const href = link?.getAttribute('href');
      if (!link || !href || !event.currentTarget.contains(link)) return;
      event.preventDefault();
      void navigate(href);
    },
    [navigate, selector],
  );
}
