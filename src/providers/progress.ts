import type { ProviderProgress } from './contract.ts';

/**
 * Sums page progress over parts fetched side by side (range chunks). Totals are known only
 * once every part has reported its own.
 */
export interface ProgressTracker {
  partTotals(part: number, totalPages: number, totalItems: number): void;
  page(items: number): void;
}

export function createProgressTracker(
  parts: number,
  emit?: (progress: ProviderProgress) => void,
): ProgressTracker {
  const totals: ({ pages: number; items: number } | undefined)[] = new Array<undefined>(parts).fill(
    undefined,
  );
  let pagesFetched = 0;
  let itemsFetched = 0;
  const sum = (pick: (t: { pages: number; items: number }) => number) =>
    totals.every((t) => t !== undefined) ? totals.reduce((acc, t) => acc + pick(t!), 0) : null;
  return {
    partTotals(part, totalPages, totalItems) {
      totals[part] = { pages: Math.max(totalPages, 1), items: totalItems };
    },
    page(items) {
      pagesFetched += 1;
      itemsFetched += items;
      emit?.({
        pagesFetched,
        totalPages: sum((t) => t.pages),
        itemsFetched,
        totalItems: sum((t) => t.items),
      });
    },
  };
}
