/**
 * index.html's shell has the app's skip link and main region, so Tab works while the first reads are
 * awaited; the first render replaces the shell, and focus would fall to <body>. These carry it over.
 */

/** Where focus is inside `root`, as a selector the app's own markup matches too (`#id` or `.class`). */
export function focusInShell(root: HTMLElement): string | null {
  const focused = root.ownerDocument.activeElement;
  if (!(focused instanceof HTMLElement) || !root.contains(focused)) return null;
  const name = focused.id ? `#${focused.id}` : focused.classList[0] ? `.${focused.classList[0]}` : null;
  return name !== null && /^[#.][\w-]+$/.test(name) ? name : null;
}

/** Focuses the app's element that `selector` (from focusInShell) names, if there is one. */
export function restoreShellFocus(root: HTMLElement, selector: string | null): void {
  if (selector !== null) root.querySelector<HTMLElement>(selector)?.focus();
}
