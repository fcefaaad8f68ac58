import { describe, expect, it } from 'vitest';
import { inertCopy } from './static-view.ts';

describe('inertCopy', () => {
  it('keeps the markup and the stylesheet, drops every script and preload', () => {
    const html =
      '<html><head><link rel="stylesheet" href="/assets/a.css"><link rel="modulepreload" href="/assets/b.js">' +
      '<link rel="preload" href="/api/providers" as="fetch" crossorigin="anonymous">' +
      '<script type="module" src="/assets/c.js"></script></head>' +
      '<body><table><tr><td>Ada</td></tr></table><SCRIPT>alert(1)\n</SCRIPT></body></html>';
    const copy = inertCopy(html);
    expect(copy).toBe(
      '<!doctype html><html><head><link rel="stylesheet" href="/assets/a.css"></head>' +
        '<body><table><tr><td>Ada</td></tr></table></body></html>',
    );
  });
});
