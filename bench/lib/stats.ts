// Small statistics for noisy shared machines: medians and spreads, never single samples.
export interface Summary {
  median: number;
  p95: number;
  min: number;
  max: number;
  /** Interquartile range relative to the median: how noisy the samples were. */
  spread: number;
  samples: number;
}

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (pos - lo);
}

export function summarise(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const median = quantile(sorted, 0.5);
  return {
    median,
    p95: quantile(sorted, 0.95),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    spread: median === 0 ? 0 : (quantile(sorted, 0.75) - quantile(sorted, 0.25)) / median,
    samples: sorted.length,
  };
}

/** Runs `fn` `runs` times after `warmup` runs and returns the durations in milliseconds. */
export function timeRuns(fn: (i: number) => void, runs: number, warmup = 3): number[] {
  for (let i = 0; i < warmup; i += 1) fn(i);
  const out: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    fn(i);
    out.push(performance.now() - t0);
  }
  return out;
}
