// Helpers the provider strategies share: the minimal checks the engine relies on, field projection,
// page-number paging and date chunks.
import { z } from 'zod';
import type { MirrorReject } from './strategy.ts';

export const DAY_MS = 86_400_000;

/** An ISO 8601 instant as epoch milliseconds. */
export const isoInstant = z
  .string()
  .refine(
    (text) => /^\d{4}-\d{2}-\d{2}T/.test(text) && Number.isFinite(Date.parse(text)),
    'Expected an ISO 8601 instant',
  )
  .transform((text) => Date.parse(text));

/** A number or a numeric string (Appointment.one sends both, appointment-one.md "Quirks"). */
export const numberish = z.union([
  z.number(),
  z
    .string()
    .regex(/^-?\d+(\.\d+)?$/, 'Expected a number')
    .transform(Number),
]);

export const recordId = z.string().min(1).max(256);

/** The first issue of a failed check, as the quarantine lists it. */
export function reject(item: unknown, error: z.ZodError): MirrorReject {
  const issue = error.issues[0];
  const id = (item as { id?: unknown } | null)?.id;
  return {
    ok: false,
    id: typeof id === 'string' && id !== '' ? id.slice(0, 256) : null,
    path: issue?.path.join('.') || '(record)',
    message: issue?.message ?? 'Invalid record',
  };
}

/** A copy of `item` with only `fields`, in that order; absent fields stay absent. */
export function pick(item: unknown, fields: readonly string[]): Record<string, unknown> {
  const source = item as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const field of fields) if (Object.hasOwn(source, field)) out[field] = source[field];
  return out;
}

/** The same list URL with `page` set to `n`. */
export function withPage(url: string, n: number): string {
  const parsed = new URL(url, 'http://mirror.invalid');
  parsed.searchParams.set('page', String(n));
  return `${parsed.pathname}${parsed.search}`;
}

export function pageOf(url: string): number {
  const page = Number(new URL(url, 'http://mirror.invalid').searchParams.get('page') ?? '1');
  return Number.isSafeInteger(page) && page >= 1 ? page : 1;
}

export function startOfUtcDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

/** [fromMs, toMs) as consecutive half-open chunks of at most `chunkMs`. */
export function chunks(fromMs: number, toMs: number, chunkMs: number): { fromMs: number; toMs: number }[] {
  const out: { fromMs: number; toMs: number }[] = [];
  for (let start = fromMs; start < toMs; start += chunkMs)
    out.push({ fromMs: start, toMs: Math.min(toMs, start + chunkMs) });
  return out;
}

/** Whether a link taken from a page stays under this provider's proxy base (never another host). */
export function underBase(url: string, base: string): boolean {
  return url.startsWith(`${base}/`) && !url.includes('//');
}
