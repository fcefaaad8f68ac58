// Timeline: headless Chromium on the built app, on the mirror, with a sandbox sized so one day holds
// about 600 appointments (48,200 per provider over the sandbox's 241 days) and every documented limit
// in force. The mirror's store is synced beforehand on a simulated clock (bench/lib/synced-store.ts),
// as a running server would have it. With every provider loaded on the list view of that day, the time
// from clicking "Timeline" to the frame after its last block is in the DOM: rendering only, the data
// is already there. Budget: 100 ms.
import { chromium, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.ts';
import { figure, type Figure } from './lib/report.ts';
import { ensureAppBuild, startServe } from './lib/processes.ts';
import { summarise } from './lib/stats.ts';
import { syncedStore } from './lib/synced-store.ts';

const PER_PROVIDER = 48_200;
const RUNS = 7;

async function allLoaded(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelectorAll('[aria-label="Provider status"] li[data-state="ok"]').length === 3,
    undefined,
    { timeout: 600_000, polling: 100 },
  );
}

/** Clicks a view link and resolves after the first frame that paints the whole view. */
async function timeSwitch(page: Page, view: 'Timeline' | 'List', blocks: number): Promise<number> {
  return page.evaluate(
    async ({ view, blocks }) => {
      const link = [...document.querySelectorAll<HTMLAnchorElement>('nav[aria-label="Views"] a')].find(
        (a) => a.textContent === view,
      );
      if (!link) throw new Error(`no ${view} link`);
      const started = performance.now();
      link.click();
      // Inline on purpose: a named helper here would be wrapped in tsx's `__name`, unknown in the page.
      for (;;) {
        await new Promise((r) => requestAnimationFrame(r));
        const ready =
          view === 'Timeline'
            ? document.querySelectorAll('.timeline-block').length >= blocks
            : document.querySelector('table[aria-label="Appointments"] tbody tr') !== null;
        // This frame paints the committed view; the task after it runs once it has.
        if (ready) break;
      }
      await new Promise((r) => setTimeout(r, 0));
      return performance.now() - started;
    },
    { view, blocks },
  );
}

export async function runTimelineBench(tmp: string): Promise<Figure[]> {
  const anchor = Date.now();
  const dataDir = join(tmp, 'timeline-mirror');
  rmSync(dataDir, { recursive: true, force: true });
  console.log(`timeline: mirror store ${(await syncedStore(dataDir, anchor, PER_PROVIDER)).toFixed(0)} MB`);
  const sandbox = await startServe<{ urls: Record<string, string> }>(['sandbox', String(PER_PROVIDER)], {
    BENCH_ANCHOR: new Date(anchor).toISOString(),
  });
  const app = await startServe<{ url: string }>(['app', await ensureAppBuild(tmp)], {
    FRONTDESK_BENCH_SANDBOX: JSON.stringify(sandbox.info.urls),
    BENCH_DATA_DIR: dataDir,
  });
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const day = new Date(anchor).toISOString().slice(0, 10);
    await page.goto(`${app.info.url}/appointments?from=${day}&to=${day}&tz=UTC`);
    await allLoaded(page);
    const count = await page.evaluate(() => {
      const text = document.querySelector('.list-count')?.textContent ?? '';
      return Number(/^([\d,]+)/.exec(text)?.[1]?.replaceAll(',', '') ?? NaN);
    });
    console.log(`timeline: ${count} appointments on ${day}`);
    // The first switch also fetches the view's code; it is not part of rendering.
    await timeSwitch(page, 'Timeline', count);
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      await timeSwitch(page, 'List', count);
      samples.push(await timeSwitch(page, 'Timeline', count));
    }
    const s = summarise(samples);
    return [
      figure({
        bench: 'timeline',
        name: `timeline render, ${count} appointments in a day`,
        unit: 'ms',
        value: s.median,
        baseline: null,
        spread: s.spread,
        budget: { on: 'value', op: '<=', limit: 100 },
      }),
    ];
  } finally {
    await browser.close();
    app.stop();
    sandbox.stop();
  }
}
