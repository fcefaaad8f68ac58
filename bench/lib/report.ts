// One row per figure: the measured value, the baseline measured in the same run, their ratio, and the
// budget the figure must meet. `npm run bench` exits non-zero when any budget is missed.
import { mkdirSync, writeFileSync } from 'node:fs';

export interface Figure {
  bench: string;
  name: string;
  unit: string;
  value: number;
  /** The same quantity for the baseline measured in this run (null when the figure has none). */
  baseline: number | null;
  /** value / baseline. */
  ratio: number | null;
  /** e.g. `ratio <= 1.25` or `value <= 50`; null = reported only. */
  budget: { on: 'ratio' | 'value'; op: '<=' | '>='; limit: number } | null;
  /** Relative spread (IQR / median) of the samples behind `value`, when sampled. */
  spread?: number | null;
  note?: string;
}

export function figure(f: Omit<Figure, 'ratio'> & { ratio?: number | null }): Figure {
  const ratio = f.ratio ?? (f.baseline ? f.value / f.baseline : null);
  return { ...f, ratio };
}

export function passes(f: Figure): boolean {
  if (!f.budget) return true;
  const x = f.budget.on === 'ratio' ? f.ratio : f.value;
  if (x === null || !Number.isFinite(x)) return false;
  return f.budget.op === '<=' ? x <= f.budget.limit : x >= f.budget.limit;
}

const fmt = (n: number | null | undefined, digits = 2) =>
  n === null || n === undefined || !Number.isFinite(n)
    ? '-'
    : Math.abs(n) >= 1000
      ? Math.round(n).toLocaleString('en-US')
      : n.toFixed(digits);

export function renderTable(figures: Figure[]): string {
  const header = ['bench', 'figure', 'value', 'baseline', 'ratio', 'spread', 'budget', 'ok'];
  const rows = figures.map((f) => [
    f.bench,
    f.name,
    `${fmt(f.value)} ${f.unit}`,
    f.baseline === null ? '-' : `${fmt(f.baseline)} ${f.unit}`,
    fmt(f.ratio),
    f.spread === undefined || f.spread === null ? '-' : `±${(f.spread * 100).toFixed(0)}%`,
    f.budget ? `${f.budget.on} ${f.budget.op} ${f.budget.limit}` : '-',
    f.budget ? (passes(f) ? 'yes' : 'NO') : '',
  ]);
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

export function writeResults(path: string, figures: Figure[], meta: Record<string, unknown>): void {
  mkdirSync(new URL('.', `file://${path}`).pathname, { recursive: true });
  writeFileSync(path, `${JSON.stringify({ ...meta, figures }, null, 2)}\n`);
}
