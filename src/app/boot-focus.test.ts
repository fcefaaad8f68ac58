import { describe, expect, it } from 'vitest';
import { focusedIdIn, refocus } from './boot-focus.ts';

const SHELL = '<a id="skip-link" href="#main">Skip</a><main id="main" tabindex="-1"></main>';

function shell() {
  const root = document.createElement('div');
  root.innerHTML = SHELL;
  document.body.append(root);
  return root;
}

describe('focus across the first render', () => {
  it('moves focus from the shell to the same element of the app', () => {
    const root = shell();
    document.getElementById('skip-link')!.focus();
    const id = focusedIdIn(root);
    expect(id).toBe('skip-link');
    // The first render replaces the shell's markup with the app's.
    root.innerHTML = `<div class="app">${SHELL}</div>`;
    expect(document.activeElement).toBe(document.body);
    refocus(root, id);
    expect(document.activeElement).toBe(document.getElementById('skip-link'));
    root.remove();
  });

  it('names the main region, and nothing when focus is outside the shell', () => {
    const root = shell();
    document.getElementById('main')!.focus();
    expect(focusedIdIn(root)).toBe('main');
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    expect(focusedIdIn(root)).toBeNull();
    refocus(root, null);
    expect(document.activeElement).toBe(outside);
    outside.remove();
    root.remove();
  });
});
