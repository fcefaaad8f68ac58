import { z } from 'zod/mini';

/** An ISO 8601 instant with `Z` or an offset, as most providers send them. */
export const wireInstant = z.iso.datetime({ offset: true });
