// The view's own floor for the five-tab figure: a copy of the complete default view as the browser
// drew it (its HTML and stylesheet, every script and preload removed), served by the same server. Five
// tabs loading it at once cost what any rendering of this view costs on this machine, server-rendered
// or not, so a budget below it cannot be met here by any change to the app.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

export const STATIC_VIEW_FILE = 'bench-static-view.html';

/** Strips what would run or fetch: scripts, module preloads, fetch preloads. Pure, for its test. */
export function inertCopy(html: string): string {
  return `<!doctype html>${html
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*\brel="(?:modulepreload|preload)"[^>]*>/gi, '')}`;
}

/** Writes the page's current document, inert, into the served build; returns its path on the site. */
export async function writeStaticView(page: Page, distDir: string): Promise<string> {
  const html = await page.evaluate(() => document.documentElement.outerHTML);
  writeFileSync(join(distDir, STATIC_VIEW_FILE), inertCopy(html));
  return `/${STATIC_VIEW_FILE}`;
}
