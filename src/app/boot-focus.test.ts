import { describe, expect, it } from 'vitest';
import { focusInShell, restoreShellFocus } from './boot-focus.ts';

function shell() {
  const root = document.createElement('div');
  root.innerHTML = '<a class="skip-link" href="#main">Skip</a><main id="main" tabindex="-1"></main>';
  document.body.append(root);
  return root;
}

describe('focus across the first render', () => {
  it('moves focus from the shell to the same element of the app', () => {
    const root = shell();
    root.querySelector<HTMLElement>('.skip-link')!.focus();
    const where = focusInShell(root);
    expect(where).toBe('.skip-link');
    // The first render replaces the shell's markup with the app's.
    root.innerHTML =
      '<div class="app"><a class="skip-link" href="#main">Skip</a><main id="main" tabindex="-1"></main></div>';
    expect(document.activeElement).toBe(document.body);
    restoreShellFocus(root, where);
    expect(document.activeElement).toBe(root.querySelector('.skip-link'));
    root.remove();
  });

  it('names the main region by its id, and nothing when focus is elsewhere', () => {
    const root = shell();
    root.querySelector<HTMLElement>('#main')!.focus();
    expect(focusInShell(root)).toBe('#main');
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    expect(focusInShell(root)).toBeNull();
    restoreShellFocus(root, null);
    expect(document.activeElement).toBe(outside);
    outside.remove();
    root.remove();
  });
});
