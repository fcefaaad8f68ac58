/**
 * index.html's shell has the app's skip link and main region (same ids), so Tab works while the first
 * reads are awaited; the first render replaces the shell, and focus would fall to <body>. These carry
 * it over.
 */

/** The id of the focused element inside `root`, if it has one. */
export function focusedIdIn(root: HTMLElement): string | null {
  const focused = root.ownerDocument.activeElement;
  return focused && root.contains(focused) && focused.id ? focused.id : null;
}

/** Focuses the element with `id` again (the app's own, once it has replaced the shell's). */
export function refocus(root: HTMLElement, id: string | null): void {
  if (id !== null) root.ownerDocument.getElementById(id)?.focus();
}
