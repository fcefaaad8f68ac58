// `GET /api/mirror/<provider>/appointments/<id>`: one appointment read live from the provider (and
// written back to the mirror), with the reference records it points at, so it shows names even when
// no window holding it was read (a deep link to last year's appointment, say).
import { z } from 'zod/mini';

export const itemResponseSchema = z.object({
  provider: z.string(),
  /** The provider's own answer for the appointment, wire-shaped like a window's records. */
  record: z.unknown(),
  /** Reference records it points at, by collection, as in a window answer. */
  refs: z.record(z.string(), z.array(z.unknown())),
});
export type ItemResponse = z.output<typeof itemResponseSchema>;
