/**
 * Per-adapter cache of reference lookups (services, locations, events, ...): each key is fetched once
 * and shared by concurrent callers. A failed lookup resolves to the fallback (so the list still renders
 * ids) and is kept for a shorter time, so a broken endpoint is not hammered but is retried later.
 */
export interface RefCache {
  get<T>(
    key: string,
    load: (signal?: AbortSignal) => Promise<T>,
    fallback: T,
    signal?: AbortSignal,
  ): Promise<T>;
  clear(): void;
}

export interface RefCacheOptions {
  now: () => number;
  /** How long a successful lookup is reused (default 10 min). */
  ttlMs?: number;
  /** How long a failed lookup is reused (default 1 min). */
  failureTtlMs?: number;
}

interface Entry {
  expiresAt: number;
  value: Promise<unknown>;
}

export function createRefCache({ now, ttlMs = 600_000, failureTtlMs = 60_000 }: RefCacheOptions): RefCache {
  const entries = new Map<string, Entry>();
  return {
    get<T>(key: string, load: (signal?: AbortSignal) => Promise<T>, fallback: T, signal?: AbortSignal) {
      const hit = entries.get(key);
      if (hit && hit.expiresAt > now()) return hit.value as Promise<T>;
      const entry: Entry = { expiresAt: now() + ttlMs, value: Promise.resolve(fallback) };
      entry.value = load(signal).catch(() => {
        // An abort says nothing about the endpoint: forget it so the next caller loads again.
        if (signal?.aborted) entries.delete(key);
        else entry.expiresAt = now() + failureTtlMs;
        return fallback;
      });
      entries.set(key, entry);
      return entry.value as Promise<T>;
    },
    clear() {
      entries.clear();
    },
  };
}
