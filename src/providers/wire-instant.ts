import { z } from 'zod/mini';
import { formatCheck } from './fast-parse.ts';

/** An ISO 8601 instant with `Z` or an offset, as Caspen and ONLIVE.SITE send them. */
export const wireInstant = z.iso.datetime({ offset: true });

/** The same check for the fast parsers, on zod's own pattern. */
export const isWireInstant = formatCheck(wireInstant);

/** `z.nullable(wireInstant)` / `z.nullish(wireInstant)` for the fast parsers. */
export const isNullableInstant = (value: unknown): value is string | null =>
  value === null || isWireInstant(value);
export const isNullishInstant = (value: unknown): value is string | null | undefined =>
  value === undefined || isNullableInstant(value);
