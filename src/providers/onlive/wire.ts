import { z } from 'zod';

/**
 * ONLIVE.SITE wire schemas, as in ../shared/providers/onlive.md. Both API generations are accepted for an
 * appointment: v1 `start`/`end`/`state` and v2 `startAt`/`endAt`/`status` (documented quirk). Guest
 * e-mails are plain strings: the doc's own examples show obfuscated text (`[email protected]`).
 */
const instant = z.iso.datetime({ offset: true });
/** Free-form `extraFields`: any plain object. A custom check, not z.record: it is on the hot path twice per record. */
const freeForm = z.custom<Record<string, unknown>>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  { message: 'Expected an object' },
);

export const onliveGuestSchema = z.looseObject({
  email: z.string(),
  extraFields: freeForm.nullish(),
});

/** v1 list items carry `event` as `{ eventId, iCallUrl, room }`; the single GET shows `null`. */
export const onliveEventSchema = z.looseObject({
  eventId: z.string().nullish(),
  iCallUrl: z.string().nullish(),
  room: z.string().nullish(),
});

export const onliveAppointmentSchema = z
  .looseObject({
    id: z.string().min(1),
    externalId: z.string().nullish(),
    deletedAt: instant.nullish(),
    cancelledAt: instant.nullish(),
    createdAt: instant,
    updatedAt: instant,
    title: z.string().nullish(),
    description: z.string().nullish(),
    lang: z.string().nullish(),
    start: instant.optional(),
    end: instant.optional(),
    startAt: instant.optional(),
    endAt: instant.optional(),
    event: onliveEventSchema.nullish(),
    reminders: z.array(z.looseObject({ time: z.number(), unit: z.string() })).nullish(),
    guests: z.array(onliveGuestSchema),
    extraFields: freeForm.nullish(),
    calendarIds: z.array(z.string()),
    serviceId: z.string().nullish(),
    state: z.string().optional(),
    status: z.string().optional(),
    subStatus: z.string().nullish(),
    blocked: z.boolean().optional(),
    origin: z.string().nullish(),
    organizationId: z.string().nullish(),
    userGroupId: z.string().nullish(),
    cancellationToken: z.string().nullish(),
    cancellationOrigin: z.string().nullish(),
    agentComment: z.string().nullish(),
  })
  .check((ctx) => {
    const v = ctx.value;
    const missing = (path: string, message: string) =>
      ctx.issues.push({ code: 'custom', path: [path], message, input: v });
    if (v.start === undefined && v.startAt === undefined)
      missing('start', 'Expected start (v1) or startAt (v2)');
    if (v.end === undefined && v.endAt === undefined) missing('end', 'Expected end (v1) or endAt (v2)');
    if (v.state === undefined && v.status === undefined)
      missing('state', 'Expected state (v1) or status (v2)');
  });
export type OnliveAppointment = z.output<typeof onliveAppointmentSchema>;

/** Appointment list page: `{ items, total, count, currentPage, totalPages }`. */
export const onlivePageSchema = z.looseObject({
  items: z.array(z.unknown()),
  total: z.number().int().nonnegative(),
  count: z.number().int().nonnegative().optional(),
  currentPage: z.number().int().optional(),
  totalPages: z.number().int().nonnegative(),
});

/**
 * Calendar, service and user-group lists: documented loosely; the sandbox answers
 * `{ items, total, count, currentPage, totalPages, page, limit, pages }`. Read `items` and whatever
 * paging fields are present.
 */
export const onliveRefPageSchema = z.looseObject({
  items: z.array(z.unknown()),
  total: z.number().optional(),
  totalPages: z.number().optional(),
  pages: z.number().optional(),
  limit: z.number().optional(),
});

export const onliveCalendarSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  timezone: z.string().nullish(),
  type: z.string().nullish(),
});

export const onliveNamedSchema = z.looseObject({ id: z.string(), name: z.string() });
