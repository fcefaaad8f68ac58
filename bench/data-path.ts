// Data path: (1) normalise 100,000 sandbox records per provider from wire JSON, reported without a
// budget (no one waits on it: it is a few milliseconds at the default size); (2) filter, facet-count and
// sort 100,000 (and 10,000) normalised rows on a filter change, against a budget. Baselines, measured
// in this run: JSON.parse of the same records for (1), a plain Array filter + sort for (2).
import { z } from 'zod/mini';
import { generateSandboxData } from '../server/sandbox/data/generate-data.ts';
import type { Appointment } from '../src/domain/appointment.ts';
import { PROVIDER_IDS, type ProviderId } from '../contract/providers.ts';
import type { Range } from '../src/domain/range.ts';
import { applyFilters } from '../src/features/appointments/filter-engine/apply-filters.ts';
import { defaultListState, type ListState } from '../src/features/appointments/list-state/url-state.ts';
import type { ListNormaliser } from '../src/providers/contract.ts';
import { figure, type Figure } from './lib/report.ts';
import { summarise, timeRuns } from './lib/stats.ts';
import { normaliserFor } from './lib/normalisers.ts';

const ANCHOR = Date.parse('2026-11-18T09:30:00.000Z');
const DAY = 86_400_000;
/**
 * Timed runs per figure: a median of 9 shrugs off the odd slow run of a shared machine. No forced GC
 * between runs: a full collection shrinks the young generation, which made every run ~20% slower than
 * the steady state a browser tab loading pages reaches.
 */
const RUNS = 9;

/** What one provider's normalisation needs; the generated data itself is dropped before timing. */
interface NormaliseInput {
  provider: ProviderId;
  json: string;
  count: number;
  normalise: ListNormaliser;
}

function normaliseInputs(): NormaliseInput[] {
  const t0 = performance.now();
  const big = generateSandboxData({ seed: 7, anchorMs: ANCHOR, size: 100_000 });
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(`generated ${PROVIDER_IDS.length} x 100,000 sandbox records in ${seconds} s`);
  return PROVIDER_IDS.map((provider) => ({
    provider,
    json: JSON.stringify(big[provider].appointments),
    count: big[provider].appointments.length,
    normalise: normaliserFor(provider, big),
  }));
}

// The normaliser's input is the parsed wire JSON (the browser's `response.json()` does the parsing);
// JSON.parse of the same records is the baseline it is compared to.
function normaliseBench({ provider, json, count, normalise }: NormaliseInput): Figure[] {
  // Normalisers are pure (they never mutate their input), so one parsed copy serves every run.
  const parsed = JSON.parse(json) as unknown[];
  let kept = 0;
  const runs = timeRuns(
    () => {
      kept = normalise(parsed).appointments.length;
    },
    RUNS,
    2,
  );
  const parseRuns = timeRuns(() => JSON.parse(json), RUNS, 1);
  if (kept < count * 0.99) throw new Error(`${provider}: only ${kept} of ${count} records normalised`);
  const rate = (ms: number) => (count / ms) * 1000;
  const s = summarise(runs);
  return [
    figure({
      bench: 'data',
      name: `normalise ${provider} (${count.toLocaleString('en-US')} wire records)`,
      unit: 'rec/s',
      value: rate(s.median),
      baseline: rate(summarise(parseRuns).median),
      budget: null,
      spread: s.spread,
      note: 'baseline: JSON.parse of the same records',
    }),
  ];
}

/** A staff member's session of filter changes: statuses, providers, text, services, sorts, ranges. */
function filterStates(rows: Appointment[]): ListState[] {
  const env = { nowMs: ANCHOR, browserTz: 'Europe/Madrid' };
  const base = { ...defaultListState(env), from: '2026-07-21', to: '2027-03-18' };
  const services = [...new Set(rows.slice(0, 500).map((r) => r.service && `${r.provider}:${r.service.id}`))]
    .filter((s): s is string => Boolean(s))
    .slice(0, 3);
  const changes: Partial<ListState>[] = [
    {},
    { status: ['pending'] },
    { status: ['pending', 'confirmed'] },
    { provider: [PROVIDER_IDS[0], PROVIDER_IDS[PROVIDER_IDS.length - 1]!] },
    { q: 'maria' },
    { q: 'smith@' },
    { service: services },
    { sort: '-start' },
    { sort: 'client' },
    { sort: 'service' },
    { sort: '-status' },
    { from: '2026-11-16', to: '2026-11-22' },
    { from: '2026-11-01', to: '2026-11-30', status: ['cancelled'] },
  ];
  return changes.map((c) => ({ ...base, ...c }));
}

function rangeOf(state: ListState): Range {
  return {
    from: Date.parse(`${state.from}T00:00:00.000Z`),
    to: Date.parse(`${state.to}T00:00:00.000Z`) + DAY,
  };
}

function filterBench(rows: Appointment[], label: string, budgetMs: number): Figure[] {
  const states = filterStates(rows);
  const buildMs = timeRuns(() => applyFilters([...rows], states[0]!, rangeOf(states[0]!)), 3, 0);
  const runs = timeRuns((i) => {
    const s = states[i % states.length]!;
    applyFilters(rows, s, rangeOf(s));
  }, states.length * 8);
  const baseRuns = timeRuns((i) => {
    const s = states[i % states.length]!;
    const statuses = new Set(s.status);
    const { from, to } = rangeOf(s);
    rows
      .filter((r) => r.startMs >= from && r.startMs < to && (statuses.size === 0 || statuses.has(r.status)))
      .sort((a, b) => a.startMs - b.startMs);
  }, states.length * 8);
  const s = summarise(runs);
  const b = summarise(baseRuns);
  return [
    figure({
      bench: 'data',
      name: `filter change p95, ${label} rows`,
      unit: 'ms',
      value: s.p95,
      baseline: b.p95,
      budget: { on: 'value', op: '<=', limit: budgetMs },
      spread: s.spread,
      note: 'baseline: Array.filter + sort',
    }),
    figure({
      bench: 'data',
      name: `first filter incl. index build, ${label} rows`,
      unit: 'ms',
      value: summarise(buildMs).median,
      baseline: b.median,
      budget: null,
    }),
  ];
}

export async function runDataPathBench(): Promise<Figure[]> {
  // As in the browser, whose CSP (no 'unsafe-eval') keeps zod from compiling parsers with `new Function`.
  z.config({ jitless: true });
  const figures: Figure[] = [];
  const normalised: Appointment[] = [];
  for (const input of normaliseInputs()) {
    figures.push(...normaliseBench(input));
    const rows = input.normalise(JSON.parse(input.json) as unknown[]).appointments;
    normalised.push(...rows.slice(0, 33_334));
  }
  const rows100k = normalised.slice(0, 100_000);
  const rows10k = rows100k.filter((_, i) => i % 10 === 0);
  figures.push(...filterBench(rows100k, '100,000', 50), ...filterBench(rows10k, '10,000', 10));
  return figures;
}
