import { useEffect, useRef } from 'react';
import { shortcutFor, type Shortcut } from './shortcuts.ts';

/** A handler returns false when it had nothing to do, so the key keeps its default behaviour. */
export type ShortcutHandlers = Partial<Record<Shortcut, () => boolean | void>>;

/** Listens on the document for the list shortcuts while the list is mounted. */
export function useListShortcuts(handlers: ShortcutHandlers, doc: Document = document): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const shortcut = shortcutFor(event);
      const handler = shortcut === null ? undefined : latest.current[shortcut];
      if (!handler) return;
      if (handler() !== false) event.preventDefault();
    };
    doc.addEventListener('keydown', onKeyDown);
    return () => doc.removeEventListener('keydown', onKeyDown);
  }, [doc]);
}
