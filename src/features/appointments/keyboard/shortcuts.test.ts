import { describe, expect, it } from 'vitest';
import { shortcutFor, type KeyEventLike } from './shortcuts.ts';

function key(
  k: string,
  target: EventTarget | null = document.body,
  extra: Partial<KeyEventLike> = {},
): KeyEventLike {
  return { key: k, ctrlKey: false, metaKey: false, altKey: false, defaultPrevented: false, target, ...extra };
}

function element(html: string, selector: string): Element {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  const found = host.querySelector(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

describe('shortcutFor', () => {
  it('maps the list keys', () => {
    expect(shortcutFor(key('/'))).toBe('search');
    expect(shortcutFor(key('j'))).toBe('next');
    expect(shortcutFor(key('K'))).toBe('prev');
    expect(shortcutFor(key('Enter'))).toBe('open');
    expect(shortcutFor(key('Escape'))).toBe('close');
    expect(shortcutFor(key('x'))).toBeNull();
  });

  it('leaves typing in fields alone', () => {
    const input = element('<label>Search <input type="search"></label>', 'input');
    expect(shortcutFor(key('/', input))).toBeNull();
    expect(shortcutFor(key('j', input))).toBeNull();
    expect(shortcutFor(key('Escape', input))).toBeNull();
    expect(shortcutFor(key('j', element('<select><option>a</option></select>', 'select')))).toBeNull();
  });

  it('lets Enter keep its meaning on links and buttons but moves with J/K from them', () => {
    const button = element('<button type="button">Next</button>', 'button');
    expect(shortcutFor(key('Enter', button))).toBeNull();
    expect(shortcutFor(key('Enter', element('<a href="/x">row</a>', 'a')))).toBeNull();
    expect(shortcutFor(key('j', button))).toBe('next');
  });

  it('ignores modifier combinations, handled keys, IME composition and open menus', () => {
    expect(shortcutFor(key('j', document.body, { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(key('/', document.body, { metaKey: true }))).toBeNull();
    expect(shortcutFor(key('Escape', document.body, { defaultPrevented: true }))).toBeNull();
    expect(shortcutFor(key('j', document.body, { isComposing: true }))).toBeNull();
    const item = element(
      '<div role="menu"><div role="menuitemcheckbox" tabindex="0">Staff</div></div>',
      '[role="menuitemcheckbox"]',
    );
    expect(shortcutFor(key('Escape', item))).toBeNull();
    expect(shortcutFor(key('j', item))).toBeNull();
  });
});
