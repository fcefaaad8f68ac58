import { z } from 'zod/mini';
import { wireInstant as instant } from '../wire-instant.ts';

/**
 * ONLIVE.SITE wire schemas, as in ../shared/providers/onlive.md. Both API generations are accepted for an
 * appointment: v1 `start`/`end`/`state` and v2 `startAt`/`endAt`/`status` (documented quirk). Guest
 * e-mails are plain strings: the doc's own examples show obfuscated text (`[email protected]`).
 * An appointment declares only the fields the dashboard reads: `reminders`, `organizationId` and
 * `cancellationToken` are not checked, and show in the detail panel's raw view.
 */
/** Free-form `extraFields`: any plain object (values are checked where they are read). */
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const freeForm = z.custom<Record<string, unknown>>(isPlainObject, { message: 'Expected an object' });

export const onliveGuestSchema = z.object({
  email: z.string(),
  extraFields: z.nullish(freeForm),
});

/** v1 list items carry `event` as `{ eventId, iCallUrl, room }`; the single GET shows `null`. */
export const onliveEventSchema = z.object({
  eventId: z.nullish(z.string()),
  iCallUrl: z.nullish(z.string()),
  room: z.nullish(z.string()),
});

export const onliveAppointmentSchema = z
  .object({
    id: z.string().check(z.minLength(1)),
    externalId: z.nullish(z.string()),
    deletedAt: z.nullish(instant),
    cancelledAt: z.nullish(instant),
    createdAt: instant,
    updatedAt: instant,
    title: z.nullish(z.string()),
    description: z.nullish(z.string()),
    lang: z.nullish(z.string()),
    start: z.optional(instant),
    end: z.optional(instant),
    startAt: z.optional(instant),
    endAt: z.optional(instant),
    event: z.nullish(onliveEventSchema),
    guests: z.array(onliveGuestSchema),
    extraFields: z.nullish(freeForm),
    calendarIds: z.array(z.string()),
    serviceId: z.nullish(z.string()),
    state: z.optional(z.string()),
    status: z.optional(z.string()),
    subStatus: z.nullish(z.string()),
    blocked: z.optional(z.boolean()),
    origin: z.nullish(z.string()),
    userGroupId: z.nullish(z.string()),
    cancellationOrigin: z.nullish(z.string()),
    agentComment: z.nullish(z.string()),
  })
  .check((ctx) => {
    const v = ctx.value;
    if (v.start === undefined && v.startAt === undefined)
      ctx.issues.push(missing('start', 'Expected start (v1) or startAt (v2)', v));
    if (v.end === undefined && v.endAt === undefined)
      ctx.issues.push(missing('end', 'Expected end (v1) or endAt (v2)', v));
    if (v.state === undefined && v.status === undefined)
      ctx.issues.push(missing('state', 'Expected state (v1) or status (v2)', v));
  });

function missing(path: string, message: string, input: unknown) {
  return { code: 'custom' as const, path: [path], message, input };
}
export type OnliveAppointment = z.output<typeof onliveAppointmentSchema>;

/** Appointment list page: `{ items, total, count, currentPage, totalPages }`. */
export const onlivePageSchema = z.looseObject({
  items: z.array(z.unknown()),
  total: z.number().check(z.int(), z.nonnegative()),
  count: z.optional(z.number().check(z.int(), z.nonnegative())),
  currentPage: z.optional(z.number().check(z.int())),
  totalPages: z.number().check(z.int(), z.nonnegative()),
});

/**
 * Calendar, service and user-group lists: documented loosely; the sandbox answers
 * `{ items, total, count, currentPage, totalPages, page, limit, pages }`. Read `items` and whatever
 * paging fields are present.
 */
export const onliveRefPageSchema = z.looseObject({
  items: z.array(z.unknown()),
  total: z.optional(z.number()),
  totalPages: z.optional(z.number()),
  pages: z.optional(z.number()),
  limit: z.optional(z.number()),
});

export const onliveCalendarSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  timezone: z.nullish(z.string()),
  type: z.nullish(z.string()),
});

export const onliveNamedSchema = z.looseObject({ id: z.string(), name: z.string() });
