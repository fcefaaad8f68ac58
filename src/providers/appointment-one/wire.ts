import { z } from 'zod/mini';

/**
 * Appointment.one wire schemas, as in ../shared/providers/appointment-one.md. Documented quirks accepted:
 * numbers and unix seconds arrive as strings (or numbers), `attendees` is a JSON-encoded string on events
 * but a real array on appointments, relationships exist only as HATEOAS `links`.
 */

export const NUMERIC = /^-?\d+(\.\d+)?$/;

/** "parse defensively (accept number or numeric string)"; an empty or non-numeric string stays invalid. */
export const numberish = z.pipe(
  z.transform((value: unknown) => (typeof value === 'string' && NUMERIC.test(value) ? Number(value) : value)),
  z.number(),
);

const stringArray = z.array(z.string());

/** Real array, or the JSON-encoded array the event endpoints send (`"[]"`). */
export const attendeesSchema = z.union([
  stringArray,
  z.pipe(
    z.string(),
    z.transform((text: string, ctx) => {
      const parsed = stringArray.safeParse(safeJson(text));
      if (parsed.success) return parsed.data;
      ctx.issues.push({ code: 'custom', message: 'Expected a JSON-encoded array of strings', input: text });
      return z.NEVER;
    }),
  ),
]);

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** `{ rel, href, verbs }`; `href` is host-relative upstream, a same-origin proxy URL after the proxy. */
export const linkSchema = z.object({
  rel: z.string(),
  href: z.string(),
  verbs: z.optional(z.array(z.string())),
});
export const linksSchema = z.array(linkSchema);
export type Link = z.output<typeof linkSchema>;

/** GET /api/v1/appointment/{id} (and each item of the assumed list). */
export const appointmentOneAppointmentSchema = z.object({
  id: z.string().check(z.minLength(1)),
  attendees: attendeesSchema,
  subject: z.string(),
  requester_name: z.string(),
  requester_email: z.string(),
  time_start: numberish,
  duration_mins: numberish,
  date_added: numberish,
  is_cancelled: z.boolean(),
  links: linksSchema,
});
export type AppointmentOneAppointment = z.output<typeof appointmentOneAppointmentSchema>;

/** Assumed list envelope (project assumption in the doc); paged by `rel: "next"` links. */
export const appointmentOneListSchema = z.looseObject({
  appointments: z.array(z.unknown()),
  count: numberish,
  total_count: numberish,
  links: linksSchema,
});

/** GET /api/v1/event/{id}. `bio`, `description` and `invitation_body` may hold HTML. */
export const appointmentOneEventSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  status: z.string(),
  visibility: z.string(),
  url: z.string(),
  description: z.string(),
  bio: z.string(),
  free_busy_calendars: z.array(z.string()),
  date_added: numberish,
  invitation_title: z.nullable(z.string()),
  invitation_body: z.nullable(z.string()),
  location: z.string(),
  duration: numberish,
  attendees: attendeesSchema,
  links: linksSchema,
});
export type AppointmentOneEvent = z.output<typeof appointmentOneEventSchema>;

/** GET /api/v1/event: the items carry only id, name and links. */
export const appointmentOneEventListSchema = z.looseObject({
  events: z.array(z.looseObject({ id: z.string(), name: z.string(), links: linksSchema })),
  count: numberish,
  total_count: numberish,
  links: linksSchema,
});

/** GET /api/v1/calendar[/{id}] items (not used by the dashboard; parsed so the examples are covered). */
export const appointmentOneCalendarSchema = z.looseObject({
  id: z.string(),
  type: z.string(),
  default: z.boolean(),
  state: z.string(),
  date_added: numberish,
  links: linksSchema,
});

export const appointmentOneCalendarListSchema = z.looseObject({
  calendars: z.array(appointmentOneCalendarSchema),
  count: numberish,
  total_count: numberish,
  links: linksSchema,
});

/** The `href` of the first link with this `rel`, or null. */
export function linkHref(links: readonly Link[], rel: string): string | null {
  for (const link of links) if (link.rel === rel) return link.href;
  return null;
}

/** Event id from an event link (`.../event/<id>`): the only place an appointment names its event. */
export function eventIdFromHref(href: string): string | null {
  const match = /\/event\/([^/?#]+)/.exec(href);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}
