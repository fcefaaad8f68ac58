// What the sync engine needs to know about one provider: how to walk its lists, what a page looks like,
// and what of each record to keep. Each provider's strategy lives in server/providers/<id>/sync.ts.
import type { ProviderId } from '../../contract/providers.ts';
import type { RateBudget } from './budget.ts';

/** One list to walk to its end: a reference collection or (part of) the appointments. */
export interface SyncSegment {
  kind: 'ref' | 'appointments';
  /** For refs: the collection name the window answers with (`services`, `clients`, …). */
  collection: string;
  /** Proxy path and query of the first page, e.g. `/api/providers/caspen/appointments?limit=100`. */
  url: string;
  /** Whether a 404 means "this provider has no such list" (skipped) rather than a failure. */
  optional?: boolean;
  /** One record at `url` (a reference looked up by id), not a page of them. */
  single?: boolean;
}

export interface SyncPage {
  items: readonly unknown[];
  /** Proxy path and query of the next page, or null at the end of the segment. */
  next: string | null;
  /** Pages in the segment, when the provider says. */
  pages: number | null;
  /** Segments found on this page that must be walked too (Appointment.one event details). */
  more?: readonly SyncSegment[];
}

/** An appointment the engine can store: the few fields it relies on, and the trimmed record. */
export interface MirrorRecord {
  ok: true;
  id: string;
  startMs: number;
  endMs: number;
  /** The wire record trimmed to what the dashboard shows (no health data, no tokens). */
  record: unknown;
  refKeys: readonly string[];
}

export interface MirrorReject {
  ok: false;
  id: string | null;
  path: string;
  message: string;
}

export interface ScanRange {
  nowMs: number;
  /** Nothing ending before this is kept (retention). */
  fromMs: number;
}

export interface SyncStrategy {
  provider: ProviderId;
  /** The documented budget, used until the provider's own headers say otherwise. */
  budget: RateBudget;
  /** Every segment of a full scan: reference lists first, then every appointment. */
  fullScan(range: ScanRange): SyncSegment[];
  /** A short scan for new bookings: the last page again (`tail`), or the near-future window. */
  poll(range: ScanRange, tail: string | null): SyncSegment[];
  /** Proxy path of one appointment, read live when staff open it. */
  item(id: string): string;
  /** Reads one page's envelope; throws on a page that is not the provider's shape. */
  page(segment: SyncSegment, url: string, body: unknown): SyncPage;
  appointment(item: unknown): MirrorRecord | MirrorReject;
  /** A reference record trimmed to what the dashboard shows, or null to skip it. */
  ref(collection: string, item: unknown): { id: string; record: unknown } | null;
  /**
   * Proxy path of one reference record, for a new booking that points at one the store lacks (a
   * client's first booking); null, or no method, where only the full scan's lists bring them.
   */
  refItem?(collection: string, id: string): string | null;
}

/** The engine's key for a reference record. */
export function refKey(collection: string, id: string): string {
  return `${collection}:${id}`;
}
