// Appointment.one wire records exactly as the sandbox serves them (../shared/providers/appointment-one.md).
// Numbers and unix times are strings in most records and JSON numbers in a few (the project accepts both).

export interface AppointmentOneLink {
  rel: 'self' | 'event' | 'next';
  /** Host-relative, e.g. `/api/v1/event/30min`. */
  href: string;
  verbs: string[];
}

export interface AppointmentOneAppointment {
  /** 32 hex characters. */
  id: string;
  /** A real array here (unlike events): everyone invited, the requester included. */
  attendees: string[];
  subject: string;
  requester_name: string;
  requester_email: string;
  /** Unix seconds, UTC. */
  time_start: string | number;
  duration_mins: string | number;
  date_added: string | number;
  is_cancelled: boolean;
  links: AppointmentOneLink[];
}

export interface AppointmentOneEvent {
  id: string;
  name: string;
  status: 'active' | 'disabled' | 'deleted';
  visibility: 'public' | 'unlisted';
  url: string;
  description: string;
  /** HTML. */
  bio: string;
  free_busy_calendars: string[];
  date_added: string | number;
  invitation_title: string | null;
  invitation_body: string | null;
  location: string;
  duration: string | number;
  /** A JSON-encoded array inside a string, e.g. `"[]"`. */
  attendees: string;
  links: AppointmentOneLink[];
}

export interface AppointmentOneCalendar {
  /** An e-mail address. */
  id: string;
  type: 'Google Apps' | 'Office 365' | 'Exchange';
  default: boolean;
  state: 'ok' | 'access_error';
  date_added: string | number;
  links: AppointmentOneLink[];
}

export interface AppointmentOneData {
  /** In the order `GET /api/v1/appointment` pages through them. */
  appointments: AppointmentOneAppointment[];
  /** Full event details (`GET /api/v1/event/{id}`); the list serves `{id, name, links}` of each. */
  events: AppointmentOneEvent[];
  calendars: AppointmentOneCalendar[];
}

/** The page size of `GET /api/v1/appointment` (the project's assumption; the docs name no paging). */
export const APPOINTMENT_ONE_PAGE_SIZE = 100;

export function selfLink(href: string, verbs: string[] = ['GET', 'DELETE']): AppointmentOneLink {
  return { rel: 'self', href, verbs };
}
