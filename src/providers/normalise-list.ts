import type { z } from 'zod/mini';
import type { Appointment, Person } from '../domain/appointment.ts';
import type { ProviderId } from '../../contract/providers.ts';
import type { ListNormaliser, ListResult, QuarantinedRecord, ReferenceRecords } from './contract.ts';
import { safeParseInEnglish } from './issue-messages.ts';
import { SharedRefs } from './shared-refs.ts';

/** A provider module's `listNormaliser`: names built once from the references, then every list uses them. */
export function withNamesFrom<N>(
  normaliseList: (records: readonly unknown[], names: N) => ListResult,
  namesFrom: (references: ReferenceRecords) => N,
): (references: ReferenceRecords) => ListNormaliser {
  return (references) => {
    const names = namesFrom(references);
    return (records) => normaliseList(records, names);
  };
}

type ListReader = (records: readonly unknown[]) => unknown;

/** Names from reference lists, one reader per list name: `{ services: serviceNames, ... }`. */
export function namesFromLists<T extends Record<string, ListReader>>(readers: T) {
  return (references: ReferenceRecords) =>
    Object.fromEntries(
      Object.entries(readers).map(([list, read]) => [list, read(references[list] ?? [])]),
    ) as { [K in keyof T]: ReturnType<T[K]> };
}

/** Thrown by a normaliser for a record that passed its schema but still cannot be used. */
export class RecordProblem extends Error {
  readonly path: string;
  constructor(path: string, message: string) {
    super(message);
    this.path = path;
  }
}

/** The record's own id when it has a usable one, so the UI can name what was left out. */
export function recordId(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const id = (raw as { id?: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
}

export function quarantineFromZod(
  provider: ProviderId,
  raw: unknown,
  error: z.core.$ZodError,
): QuarantinedRecord {
  const issue = error.issues[0];
  return {
    provider,
    id: recordId(raw),
    path: issue ? issue.path.map(String).join('.') : '',
    message: issue?.message ?? 'Invalid record',
  };
}

/**
 * Builds a provider's pure `normaliseList(records, names)`: each record is checked on its own, so one bad
 * record is quarantined (left out, counted, explained) instead of failing the whole list.
 */
export function createListNormaliser<S extends z.ZodMiniType, N>(
  provider: ProviderId,
  schema: S,
  normalise: (wire: z.output<S>, raw: unknown, names: N, refs: SharedRefs) => Appointment,
) {
  return (records: readonly unknown[], names: N): ListResult => {
    const refs = new SharedRefs();
    const appointments: Appointment[] = [];
    const quarantined: QuarantinedRecord[] = [];
    for (const raw of records) {
      const parsed = safeParseInEnglish(schema, raw);
      if (!parsed.success) {
        quarantined.push(quarantineFromZod(provider, raw, parsed.error));
        continue;
      }
      try {
        appointments.push(normalise(parsed.data, raw, names, refs));
      } catch (error) {
        if (!(error instanceof RecordProblem)) throw error;
        quarantined.push({ provider, id: recordId(raw), path: error.path, message: error.message });
      }
    }
    return { appointments, quarantined };
  };
}

/** Epoch ms of a schema-checked instant; one the schema let through but Date cannot read is a problem. */
export function instantMs(iso: string, path: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RecordProblem(path, `Not a valid instant: ${iso}`);
  return ms;
}

/** Epoch ms of an optional instant; absent or unreadable is null (the field is informational). */
export function optionalMs(iso: string | null | undefined): number | null {
  if (iso === null || iso === undefined) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}

/** Shared, frozen values for what most appointments have: no guests, a confirmation without a time. */
export const NO_GUESTS: readonly Person[] = Object.freeze([]);
const CONFIRMED = Object.freeze({ confirmed: true, atMs: null });
const UNCONFIRMED = Object.freeze({ confirmed: false, atMs: null });

export function confirmation(confirmed: boolean, atMs: number | null): Appointment['confirmation'] {
  if (atMs !== null) return { confirmed, atMs };
  return confirmed ? CONFIRMED : UNCONFIRMED;
}

/** Removes later duplicates by `key` (range chunks fetched side by side can overlap at their edges). */
export function dedupeByKey<T extends { key: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => (seen.has(item.key) ? false : (seen.add(item.key), true)));
}
