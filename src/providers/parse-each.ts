import type { z } from 'zod/mini';

/** Parses reference records one by one; a broken one is skipped (its id then shows instead of a name). */
export function parseEach<S extends z.ZodMiniType>(
  schema: S,
  records: readonly unknown[],
  add: (item: z.output<S>) => void,
) {
  for (const record of records) {
    const parsed = schema.safeParse(record);
    if (parsed.success) add(parsed.data);
  }
}
