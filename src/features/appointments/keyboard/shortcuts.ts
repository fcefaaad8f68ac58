/** The list's keyboard shortcuts (also listed in the README). */
export type Shortcut = 'search' | 'next' | 'prev' | 'open' | 'close';

export interface KeyEventLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
  isComposing?: boolean;
  target: EventTarget | null;
}

const EDITABLE = 'input, textarea, select, [contenteditable=""], [contenteditable="true"]';
/** Where Enter already means something (follow, press, toggle). */
const INTERACTIVE =
  'a[href], button, summary, [role="button"], [role="link"], [role="menuitem"], [role="option"]';
/** Open menus, popovers and dialogs own their keys (Radix handles Esc and arrows there). */
const OVERLAY = '[role="menu"], [role="dialog"], [role="listbox"], [data-radix-popper-content-wrapper]';

function closest(target: EventTarget | null, selector: string): boolean {
  return target instanceof Element && target.closest(selector) !== null;
}

/**
 * Maps a keydown to a shortcut, or null when the key belongs to something else: typing in a field,
 * a modifier combination, an open menu, or a key another handler already used.
 */
export function shortcutFor(event: KeyEventLike): Shortcut | null {
  if (event.defaultPrevented || event.isComposing) return null;
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (closest(event.target, OVERLAY)) return null;
  if (closest(event.target, EDITABLE)) return null;
  switch (event.key) {
    case '/':
      return 'search';
    case 'j':
    case 'J':
      return 'next';
    case 'k':
    case 'K':
      return 'prev';
    case 'Enter':
      return closest(event.target, INTERACTIVE) ? null : 'open';
    case 'Escape':
      return 'close';
    default:
      return null;
  }
}
