// UI in headless Chromium on the server's mirror, with every provider's documented limit in force
// (windows scaled, see serve.ts), at the sandbox's default size and at 30,000 appointments per provider:
// once the mirror has synced, five tabs at once open the default view (navigation -> complete list,
// p95) while the fakes count what those views cost them (budget: nothing), with the renderer CPU each
// view costs; a cold server start on the store; first rows; rows in the DOM while scrolling; JS heap.
// Baselines: the bundle-baseline page (same libraries, no data, same server), alone for first rows, and
// in five tabs at once between the app's rounds (the contention floor); and, between the same rounds, an
// inert copy of the complete view (its HTML and CSS, no script) in five tabs at once: the view's floor.
import { chromium, type Browser, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { mirrorWindowPath } from '../contract/api-paths.ts';
import { PROVIDER_IDS } from '../contract/providers.ts';
import { MIRROR_USER_AGENT } from '../server/proxy/forward.ts';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.ts';
import { figure, type Figure } from './lib/report.ts';
import { rendererCpuMs } from './lib/renderer-cpu.ts';
import { ensureAppBuild, startServe } from './lib/processes.ts';
import { writeStaticView } from './lib/static-view.ts';
import { summarise } from './lib/stats.ts';

const ROWS = 'table[aria-label="Appointments"] tbody tr[aria-rowindex]';
const VIEWPORT = { width: 1440, height: 900 };

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

async function timeFirstRows(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction((sel) => document.querySelectorAll(sel).length > 0, ROWS, {
    timeout: 120_000,
    polling: 16,
  });
  return page.evaluate(() => performance.now());
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

/** The list is complete: every provider answered and the count is exact ("N of M", not "At least"). */
async function waitComplete(page: Page): Promise<number> {
  await page.waitForFunction(
    () =>
      document.querySelectorAll('[aria-label="Provider status"] li[data-state="ok"]').length === 3 &&
      /^[\d,]+ of [\d,]+ appointments?$/.test(document.querySelector('.list-count')?.textContent ?? ''),
    undefined,
    { timeout: 300_000, polling: 16 },
  );
  return page.evaluate(() => performance.now());
}

/** Until the mirror's first sync of every provider is done (it pages under the documented limits). */
async function waitSynced(appUrl: string, anchor: number): Promise<number> {
  const started = performance.now();
  for (;;) {
    const states = await Promise.all(
      PROVIDER_IDS.map(async (id) => {
        const response = await fetch(`${appUrl}${mirrorWindowPath(id, anchor, anchor + 86_400_000)}`);
        return response.ok ? ((await response.json()) as { sync: { state: string } }).sync.state : 'down';
      }),
    );
    if (states.every((s) => s === 'ready')) return (performance.now() - started) / 1000;
    if (performance.now() - started > 900_000) throw new Error(`mirror not synced: ${states.join(', ')}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Requests the fakes served for anything but the mirror's own sync, since the last reset. */
async function nonMirrorRequests(urls: Record<string, string>, reset = false): Promise<number> {
  let total = 0;
  for (const url of Object.values(urls)) {
    const control = `${new URL(url).origin}/__sandbox/requests`;
    const response = await fetch(control, { method: reset ? 'DELETE' : 'GET' });
    const counts = (await response.json()) as { byAgent?: Record<string, { total: number }> };
    for (const [agent, c] of Object.entries(counts.byAgent ?? {}))
      if (agent !== MIRROR_USER_AGENT) total += c.total;
  }
  return total;
}

interface FiveTabs {
  /** Navigation -> complete list, each tab of each round. */
  views: number[];
  /** Navigation -> load of the bundle-baseline page, five tabs at once, in rounds between the app's. */
  floor: number[];
  /** Navigation -> load of the view's inert copy, five tabs at once, in the same rounds. */
  staticView: number[];
  /** Renderer CPU per tab (ms), app and baseline; empty where /proc cannot be read. */
  cpu: number[];
  floorCpu: number[];
}

async function fiveAtOnce(browser: Browser, open: (page: Page) => Promise<number>) {
  const contexts = await Promise.all(
    Array.from({ length: 5 }, () => browser.newContext({ viewport: VIEWPORT })),
  );
  const pages = await Promise.all(contexts.map((c) => c.newPage()));
  const cpuBefore = rendererCpuMs();
  const times = await Promise.all(pages.map(open));
  const cpuAfter = rendererCpuMs();
  await Promise.all(contexts.map((c) => c.close()));
  const cpu = cpuBefore === null || cpuAfter === null ? [] : [(cpuAfter - cpuBefore) / 5];
  return { times, cpu };
}

/**
 * Five staff members opening the default view at the same moment, `rounds` times; before each round,
 * the baseline page in five tabs at once, so the floor is measured in the same minute as the app, on a
 * machine whose speed under contention varies from one minute to the next.
 */
async function simultaneousViews(
  browser: Browser,
  url: string,
  { floorUrl, staticViewUrl }: { floorUrl: string; staticViewUrl: string },
  rounds: number,
): Promise<FiveTabs> {
  const out: FiveTabs = { views: [], floor: [], staticView: [], cpu: [], floorCpu: [] };
  for (let round = 0; round < rounds; round += 1) {
    const floor = await fiveAtOnce(browser, (page) => timeBaseline(page, floorUrl));
    out.floor.push(...floor.times);
    out.floorCpu.push(...floor.cpu);
    const still = await fiveAtOnce(browser, (page) => timeBaseline(page, staticViewUrl));
    out.staticView.push(...still.times);
    const app = await fiveAtOnce(browser, async (page) => {
      await page.goto(url, { waitUntil: 'commit' });
      return waitComplete(page);
    });
    out.views.push(...app.times);
    out.cpu.push(...app.cpu);
  }
  return out;
}

async function scenario(
  tmp: string,
  size: number,
  runs: number,
  { baselineMs, floorUrl }: { baselineMs: number; floorUrl: string },
): Promise<Figure[]> {
  const anchor = Date.now();
  const dataDir = join(tmp, `ui-mirror-${size}`);
  rmSync(dataDir, { recursive: true, force: true });
  // Documented limits in force (windows scaled, see serve.ts): the mirror is the only one paging them.
  const sandbox = await startServe<{ urls: Record<string, string> }>(['sandbox', String(size)], {
    BENCH_ANCHOR: new Date(anchor).toISOString(),
  });
  const appEnv = { FRONTDESK_BENCH_SANDBOX: JSON.stringify(sandbox.info.urls), BENCH_DATA_DIR: dataDir };
  const appDist = await ensureAppBuild(tmp);
  let app = await startServe<{ url: string }>(['app', appDist], appEnv);
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
  const label = `${size.toLocaleString('en-US')}/provider`;
  try {
    const syncS = await waitSynced(app.info.url, anchor);
    console.log(`ui ${label}: mirror first sync ${syncS.toFixed(1)} s`);
    const snapshot = await browser.newPage({ viewport: VIEWPORT });
    await snapshot.goto(`${app.info.url}/appointments`, { waitUntil: 'commit' });
    await waitComplete(snapshot);
    const staticViewUrl = `${app.info.url}${await writeStaticView(snapshot, appDist)}`;
    await snapshot.close();
    await nonMirrorRequests(sandbox.info.urls, true);
    const five = await simultaneousViews(
      browser,
      `${app.info.url}/appointments`,
      { floorUrl, staticViewUrl },
      runs,
    );
    const caused = await nonMirrorRequests(sandbox.info.urls);
    const first: number[] = [];
    let rows = 0;
    let heap = 0;
    for (let i = 0; i < runs; i += 1) {
      const page = await browser.newPage({ viewport: VIEWPORT });
      first.push(await timeFirstRows(page, `${app.info.url}/appointments`));
      await waitComplete(page);
      if (i === runs - 1) {
        heap = await heapMb(page);
        // The whole sandbox range, so the table holds every appointment while scrolling.
        const from = new Date(anchor - 119 * 86_400_000).toISOString().slice(0, 10);
        const to = new Date(anchor + 119 * 86_400_000).toISOString().slice(0, 10);
        await page.goto(`${app.info.url}/appointments?from=${from}&to=${to}`);
        await waitComplete(page);
        rows = await maxRowsWhileScrolling(page);
      }
      await page.close();
    }
    // A cold start on the store just written: the list is served from it before any provider answers.
    app.stop();
    const spawned = performance.now();
    app = await startServe<{ url: string }>(['app', appDist], appEnv);
    const listeningMs = performance.now() - spawned;
    const page = await browser.newPage({ viewport: VIEWPORT });
    await page.goto(`${app.info.url}/appointments`, { waitUntil: 'commit' });
    const coldViewMs = await waitComplete(page);
    await page.close();
    const f = summarise(first);
    const v = summarise(five.views);
    const still = summarise(five.staticView);
    const cpu = summarise(five.cpu);
    const floorCpu = summarise(five.floorCpu);
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
        name: `complete default view, 5 tabs at once, p95, ${label}`,
        unit: 'ms',
        value: v.p95,
        // The view's floor: its inert copy (HTML and CSS, no script) in five tabs at once, same rounds.
        baseline: still.p95,
        spread: v.spread,
        budget: { on: 'value', op: '<=', limit: 1500 },
        note: `${five.views.length} views; mirror first sync ${syncS.toFixed(0)} s under the documented limits`,
      }),
      figure({
        bench: 'ui',
        name: `the same view inert (HTML and CSS, no script), 5 tabs at once, p95, ${label}`,
        unit: 'ms',
        value: still.p95,
        // The contention floor: the bundle-baseline page loaded in five tabs at once, same rounds.
        baseline: summarise(five.floor).p95,
        spread: still.spread,
        budget: null,
        note: 'what any rendering of this view costs here, server-side or not',
      }),
      ...(five.cpu.length > 0
        ? [
            figure({
              bench: 'ui',
              name: `renderer CPU per view, 5 tabs at once, ${label}`,
              unit: 'ms',
              value: cpu.median,
              // What the same five tabs cost for the empty baseline page.
              baseline: floorCpu.median,
              spread: cpu.spread,
              budget: null,
              note: 'median over rounds of (renderer CPU of the round) / 5',
            }),
          ]
        : []),
      figure({
        bench: 'ui',
        name: `provider requests caused by those views, ${label}`,
        unit: '',
        value: caused,
        baseline: null,
        budget: { on: 'value', op: '<=', limit: 0 },
      }),
      figure({
        bench: 'ui',
        name: `cold server start on the store: first complete view, ${label}`,
        unit: 'ms',
        value: coldViewMs,
        baseline: null,
        budget: { on: 'value', op: '<=', limit: 1500 },
        note: `after the server listened (spawn to listening ${listeningMs.toFixed(0)} ms)`,
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
  try {
    const browser = await chromium.launch({
      executablePath: findChromium() ?? undefined,
      args: CHROMIUM_ARGS,
    });
    const samples: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const page = await browser.newPage();
      samples.push(await timeBaseline(page, `${baseServer.info.url}/`));
      await page.close();
    }
    await browser.close();
    const baselineMs = summarise(samples).median;
    console.log(`baseline page load: median ${baselineMs.toFixed(0)} ms`);
    const base = { baselineMs, floorUrl: `${baseServer.info.url}/` };
    return [...(await scenario(tmp, 1500, 4, base)), ...(await scenario(tmp, 30_000, 2, base))];
  } finally {
    baseServer.stop();
  }
}
