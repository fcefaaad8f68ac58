// `npm run bench`: every benchmark in turn, a table, bench/results/latest.json, and a non-zero exit when
// any budget is missed. `npm run bench -- bundle data` runs a subset.
import { mkdirSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { passes, renderTable, writeResults, type Figure } from './lib/report.ts';
import { runBundleBench } from './bundle.ts';
import { runDataPathBench } from './data-path.ts';
import { runMirrorBench } from './mirror.ts';
import { runProxyBench } from './proxy.ts';
import { runTimelineBench } from './timeline.ts';
import { runUiBench } from './ui.ts';

const BENCHES: Record<string, (tmp: string) => Promise<Figure[]>> = {
  bundle: runBundleBench,
  data: runDataPathBench,
  mirror: runMirrorBench,
  proxy: runProxyBench,
  ui: runUiBench,
  timeline: runTimelineBench,
};

const selected = process.argv.slice(2).filter((a) => a in BENCHES);
const names = selected.length > 0 ? selected : Object.keys(BENCHES);
const tmp = join(process.cwd(), 'bench/.tmp');
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });

const figures: Figure[] = [];
const crashed: string[] = [];
for (const name of names) {
  console.log(`\n== ${name} ==`);
  const started = performance.now();
  try {
    figures.push(...(await BENCHES[name]!(tmp)));
  } catch (error) {
    // One broken benchmark must not hide the others' figures; it still fails the run.
    console.error(
      `${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    crashed.push(name);
  }
  console.log(`(${name}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

console.log(`\n${renderTable(figures)}`);
writeResults(join(process.cwd(), 'bench/results/latest.json'), figures, {
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  benches: names,
  crashed,
});
const failed = figures.filter((f) => !passes(f));
if (crashed.length > 0) console.error(`\nbenchmarks that did not finish: ${crashed.join(', ')}`);
if (failed.length > 0 || crashed.length > 0) {
  console.error(
    `\n${failed.length} budget(s) missed: ${failed.map((f) => `${f.bench}/${f.name}`).join(', ')}`,
  );
  process.exit(1);
}
console.log('\nAll budgets met.');
