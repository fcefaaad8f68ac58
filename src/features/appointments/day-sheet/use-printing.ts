import { useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * True while the page is being printed. The browser lays the page out for print right after
 * `beforeprint`, so the state is flushed synchronously there; the `print` media query covers print
 * previews and PDF renderers that emulate print media without the event.
 */
export function usePrinting(): { printing: boolean; print: () => void } {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const media = window.matchMedia('print');
    const on = () => flushSync(() => setPrinting(true));
    const off = () => setPrinting(media.matches);
    const onMedia = (event: MediaQueryListEvent) => (event.matches ? on() : off());
    window.addEventListener('beforeprint', on);
    window.addEventListener('afterprint', off);
    media.addEventListener('change', onMedia);
    return () => {
      window.removeEventListener('beforeprint', on);
      window.removeEventListener('afterprint', off);
      media.removeEventListener('change', onMedia);
    };
  }, []);
  const print = useCallback(() => {
    flushSync(() => setPrinting(true));
    window.print();
  }, []);
  return { printing, print };
}
