import { createContext, useContext, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

/**
 * The app header owns a slot that routes fill (provider status lives with the list's data, but shows in
 * the header). A context carries the element so no route needs `document.getElementById`.
 */
export const HeaderSlotContext = createContext<HTMLElement | null>(null);

export function HeaderSlot({ children }: { children: ReactNode }) {
  const slot = useContext(HeaderSlotContext);
  return slot ? createPortal(children, slot) : null;
}
