// What the filter specs expect, computed straight from the sandbox's wire data with each fake's reading
// of its provider notes (server/providers/<id>/sandbox/rows.ts) — deliberately NOT with the app's
// adapters or applyFilters, so a bug there cannot hide itself.
import { TZDate } from '@date-fns/tz';
import { PROVIDER_IDS, type ProviderId } from '../../contract/providers.ts';
import { generateSandboxData } from '../../server/sandbox/data/generate-data.ts';
import { SANDBOX_FAKES } from '../../server/sandbox/registry.ts';
import type { SandboxRow } from '../../server/sandbox/sandbox-fake.ts';
import { E2E_STACK } from './stack.ts';

export type Provider = ProviderId;
export type Status = SandboxRow['status'];

export interface WireRow {
  provider: Provider;
  id: string;
  startMs: number;
  status: Status;
  /** `<provider>:<serviceId>` */
  service: string | null;
  serviceName: string | null;
  /** `<provider>:<id>` of the place the Location filter offers. */
  location: string | null;
  locationName: string | null;
  email: string | null;
}

let cached: WireRow[] | null = null;

/** Every sandbox appointment as the e2e stack serves it (seed 42, anchor, 1500 per provider). */
export function sandboxRows(): WireRow[] {
  if (cached) return cached;
  const data = generateSandboxData({
    seed: E2E_STACK.seed,
    anchorMs: Date.parse(E2E_STACK.anchor),
    size: 1500,
  });
  const rowsOf = <K extends ProviderId>(provider: K): WireRow[] =>
    SANDBOX_FAKES[provider].rows(data[provider]).map(({ serviceId, locationId, ...row }) => ({
      provider,
      ...row,
      service: serviceId === null ? null : `${provider}:${serviceId}`,
      location: locationId === null ? null : `${provider}:${locationId}`,
    }));
  cached = PROVIDER_IDS.flatMap(rowsOf);
  return cached;
}

function midnight(day: string, zone: string, plusDays = 0): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new TZDate(y, m - 1, d + plusDays, zone).getTime();
}

/** Rows starting on the calendar days [from, to] in `zone` (default: the e2e browser zone, Europe/Madrid). */
export function onDays(
  rows: readonly WireRow[],
  from: string,
  to: string,
  zone: string = E2E_STACK.timeZone,
): WireRow[] {
  const start = midnight(from, zone);
  const end = midnight(to, zone, 1);
  return rows.filter((r) => r.startMs >= start && r.startMs < end);
}

export function countBy<K extends string>(
  rows: readonly WireRow[],
  key: (row: WireRow) => K | null,
): Map<K, number> {
  const out = new Map<K, number>();
  for (const row of rows) {
    const k = key(row);
    if (k !== null) out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

/** The default view's days: the next 7 days from today (the anchor's day in Madrid), today included. */
export const DEFAULT_DAYS = { from: '2026-11-18', to: '2026-11-24' } as const;
