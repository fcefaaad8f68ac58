// Sandbox data is fixed at start, except through the booking hooks (bookings.ts). Indexes built over a
// record list check its version and rebuild when a hook has added or moved a record.
const versions = new WeakMap<readonly object[], number>();

export function dataVersion(items: readonly object[]): number {
  return versions.get(items) ?? 0;
}

export function bumpDataVersion(items: readonly object[]): void {
  versions.set(items, dataVersion(items) + 1);
}

/** `build(items)` again whenever the list's version or length changed since the last call. */
export function liveIndex<I>(items: readonly object[], build: () => I): () => I {
  let built: { version: number; length: number; index: I } | null = null;
  return () => {
    const version = dataVersion(items);
    if (built === null || built.version !== version || built.length !== items.length)
      built = { version, length: items.length, index: build() };
    return built.index;
  };
}
