// UI in headless Chromium: navigation -> first rows and -> all providers loaded, at the sandbox's default
// size and at 30,000 appointments per provider; rows in the DOM while scrolling; JS heap after load.
// Baseline: navigation -> first render of the bundle-baseline page (same libraries, no data, same server).
import { chromium, type Page } from '@playwright/test';
import { join } from 'node:path';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.ts';
import { figure, type Figure } from './lib/report.ts';
import { ensureAppBuild, startServe } from './lib/processes.ts';
import { summarise } from './lib/stats.ts';

const ROWS = 'table[aria-label="Appointments"] tbody tr[aria-rowindex]';

async function baselineDist(tmp: string): Promise<string> {
  const outDir = join(tmp, 'ui-baseline');
  await build({
    root: 'bench/baseline',
    configFile: false,
    plugins: [react()],
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

async function timeBaseline(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => document.getElementById('root')?.childElementCount !== undefined);
  return page.evaluate(() => performance.getEntriesByType('navigation')[0]!.toJSON().loadEventEnd as number);
}

async function timeApp(page: Page, url: string) {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction((sel) => document.querySelectorAll(sel).length > 0, ROWS, {
    timeout: 120_000,
    polling: 16,
  });
  const firstRows = await page.evaluate(() => performance.now());
  await page.waitForFunction(
    () => document.querySelectorAll('[aria-label="Provider status"] li[data-state="ok"]').length === 3,
    undefined,
    {
      timeout: 300_000,
      polling: 50,
    },
  );
  const allLoaded = await page.evaluate(() => performance.now());
  return { firstRows, allLoaded };
}

/**
 * Scrolls the table through its whole height in 80 evenly spaced jumps plus 20 small steps at the top,
 * and returns the most rows seen in the DOM. A sample is enough: the virtualiser's window does not
 * depend on where it is, and stepping through 90,000 rows one screen at a time takes minutes.
 */
async function maxRowsWhileScrolling(page: Page): Promise<number> {
  return page.evaluate(async (sel) => {
    const table = document.querySelector('table[aria-label="Appointments"]');
    let scroller: HTMLElement | null = table?.parentElement ?? null;
    while (scroller && scroller.scrollHeight <= scroller.clientHeight) scroller = scroller.parentElement;
    if (!scroller) return document.querySelectorAll(sel).length;
    const positions = [
      ...Array.from({ length: 20 }, (_, i) => i * 120),
      ...Array.from({ length: 81 }, (_, i) => (scroller.scrollHeight * i) / 80),
    ];
    let max = 0;
    for (const y of positions) {
      scroller.scrollTop = y;
      // Inline on purpose: a named helper here would be wrapped in tsx's `__name`, unknown in the page.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      max = Math.max(max, document.querySelectorAll(sel).length);
    }
    return max;
  }, ROWS);
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN) / 1_048_576;
}

async function scenario(tmp: string, size: number, runs: number, baselineMs: number): Promise<Figure[]> {
  const anchor = Date.now();
  const sandbox = await startServe<{ urls: Record<string, string> }>(['sandbox', String(size)], {
    BENCH_ANCHOR: new Date(anchor).toISOString(),
  });
  const app = await startServe<{ url: string }>(['app', await ensureAppBuild(tmp)], {
    FRONTDESK_BENCH_SANDBOX: JSON.stringify(sandbox.info.urls),
  });
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
  try {
    const first: number[] = [];
    const all: number[] = [];
    let rows = 0;
    let heap = 0;
    // The last run views the whole sandbox range so the table holds every appointment while scrolling.
    for (let i = 0; i < runs; i += 1) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      const t = await timeApp(page, `${app.info.url}/appointments`);
      first.push(t.firstRows);
      all.push(t.allLoaded);
      if (i === runs - 1) {
        heap = await heapMb(page);
        const from = new Date(anchor - 119 * 86_400_000).toISOString().slice(0, 10);
        const to = new Date(anchor + 119 * 86_400_000).toISOString().slice(0, 10);
        await page.goto(`${app.info.url}/appointments?from=${from}&to=${to}`);
        await page.waitForFunction(
          () => document.querySelectorAll('[aria-label="Provider status"] li[data-state="ok"]').length === 3,
          undefined,
          { timeout: 300_000 },
        );
        rows = await maxRowsWhileScrolling(page);
      }
      await page.close();
    }
    const label = `${size.toLocaleString('en-US')}/provider`;
    const f = summarise(first);
    const a = summarise(all);
    return [
      figure({
        bench: 'ui',
        name: `first rows, ${label}`,
        unit: 'ms',
        value: f.median,
        baseline: baselineMs,
        spread: f.spread,
        budget: null,
      }),
      figure({
        bench: 'ui',
        name: `all providers loaded, ${label}`,
        unit: 'ms',
        value: a.median,
        baseline: baselineMs,
        spread: a.spread,
        budget: null,
      }),
      figure({
        bench: 'ui',
        name: `max rows in DOM scrolling all, ${label}`,
        unit: 'rows',
        value: rows,
        baseline: null,
        budget: { on: 'value', op: '<=', limit: 150 },
      }),
      figure({
        bench: 'ui',
        name: `JS heap after load, ${label}`,
        unit: 'MB',
        value: heap,
        baseline: null,
        budget: null,
      }),
    ];
  } finally {
    await browser.close();
    app.stop();
    sandbox.stop();
  }
}

export async function runUiBench(tmp: string): Promise<Figure[]> {
  const baseServer = await startServe<{ url: string }>(['app', await baselineDist(tmp)], {
    FRONTDESK_BENCH_SANDBOX: '{}',
  });
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
  const samples: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const page = await browser.newPage();
    samples.push(await timeBaseline(page, `${baseServer.info.url}/`));
    await page.close();
  }
  await browser.close();
  baseServer.stop();
  const baselineMs = summarise(samples).median;
  console.log(`baseline page load: median ${baselineMs.toFixed(0)} ms`);
  return [...(await scenario(tmp, 1500, 3, baselineMs)), ...(await scenario(tmp, 30_000, 1, baselineMs))];
}
