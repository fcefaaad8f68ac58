import { TZDate } from '@date-fns/tz';
import { addMonths } from 'date-fns';
import { z } from 'zod';
import type { FieldError } from './errors.ts';

/** `limit` is at most 100 (onlive.md, list parameters); the default is 20 on v1 pages. */
export const ONLIVE_MAX_LIMIT = 100;
export const ONLIVE_DEFAULT_LIMIT = 20;
/** The longest `startDate`..`endDate` range the list accepts. */
export const ONLIVE_MAX_RANGE_MONTHS = 6;

const DAY_MS = 86_400_000;
const DATE_MESSAGE = 'Must be a valid ISO 8601 date';

// A date-time with Z or an offset, or a bare date (taken as that UTC day; an end date covers the whole day).
const dateParam = (end: boolean) =>
  z.union(
    [
      z.iso.datetime({ offset: true, error: DATE_MESSAGE }).transform((v) => Date.parse(v)),
      z.iso
        .date({ error: DATE_MESSAGE })
        .transform((v) => Date.parse(`${v}T00:00:00Z`) + (end ? DAY_MS - 1 : 0)),
    ],
    { error: DATE_MESSAGE },
  );

const intParam = (max: number, fallback: number) =>
  z
    .string()
    .regex(/^\d+$/, { error: `Must be an integer between 1 and ${max}` })
    .transform(Number)
    .pipe(
      z
        .number()
        .min(1, { error: `Must be an integer between 1 and ${max}` })
        .max(max, { error: `Must be an integer between 1 and ${max}` }),
    )
    .optional()
    .transform((v) => v ?? fallback);

const pageSchema = {
  page: intParam(Number.MAX_SAFE_INTEGER, 1),
  limit: intParam(ONLIVE_MAX_LIMIT, ONLIVE_DEFAULT_LIMIT),
};

export const appointmentListSchema = z.object({
  startDate: dateParam(false).optional(),
  endDate: dateParam(true).optional(),
  ...pageSchema,
  state: z.string().optional(),
  calendarIds: z.array(z.string()).optional(),
  serviceId: z.string().optional(),
  userGroupId: z.string().optional(),
  search: z.string().optional(),
});
export type AppointmentListQuery = z.infer<typeof appointmentListSchema>;

export const referenceListSchema = z.object({
  ...pageSchema,
  search: z.string().optional(),
  type: z.string().optional(),
});
export type ReferenceListQuery = z.infer<typeof referenceListSchema>;

type Parsed<T> = { ok: true; query: T } | { ok: false; errors: FieldError[] };

/** Validates the list parameters; every problem becomes one `{field, message}` of the 400 body. */
export function parseQuery<T>(schema: z.ZodType<T>, raw: Record<string, unknown>): Parsed<T> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => ({
      field: String(issue.path[0] ?? 'query'),
      message: issue.message,
    }));
    return { ok: false, errors };
  }
  return { ok: true, query: parsed.data };
}

/** "Ranges are inclusive; max range 6 months" (onlive.md): calendar months, counted in UTC. */
export function rangeErrors(query: AppointmentListQuery): FieldError[] {
  const { startDate, endDate } = query;
  if (startDate === undefined || endDate === undefined) return [];
  if (endDate < startDate) return [{ field: 'endDate', message: 'Must not be before startDate' }];
  const latest = addMonths(new TZDate(startDate, 'UTC'), ONLIVE_MAX_RANGE_MONTHS).getTime();
  return endDate > latest ? [{ field: 'endDate', message: 'The date range must not exceed 6 months' }] : [];
}

/** Query values as the schema wants them: `calendarIds` repeated (or comma-separated), the rest single. */
export function rawQuery(url: URL): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const key of new Set(url.searchParams.keys())) {
    raw[key] =
      key === 'calendarIds'
        ? url.searchParams
            .getAll(key)
            .flatMap((v) => v.split(','))
            .filter((v) => v !== '')
        : url.searchParams.get(key);
  }
  return raw;
}
