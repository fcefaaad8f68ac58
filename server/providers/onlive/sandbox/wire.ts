// ONLIVE.SITE v1 wire records exactly as the sandbox serves them (../shared/providers/onlive.md).
// Ids are UUIDs; times are ISO 8601 UTC with milliseconds.

export interface OnliveGuest {
  email: string;
  extraFields?: { phone?: string; lastName?: string; firstName?: string };
}

export interface OnliveAppointment {
  id: string;
  externalId: string | null;
  deletedAt: string | null;
  createdAt: string;
  updatedAt: string;
  title: string;
  description: string;
  lang: string;
  start: string;
  end: string;
  event: { eventId: string; iCallUrl: string; room: string } | null;
  reminders: { time: number; unit: string }[];
  guests: OnliveGuest[];
  extraFields: Record<string, string>;
  calendarIds: string[];
  serviceId: string | null;
  state: string;
  blocked: boolean;
  origin: string;
  organizationId: string;
  userGroupId: string | null;
  cancellationToken: string | null;
  cancellationOrigin: string | null;
  agentComment: string | null;
  cancelledAt: string | null;
}

export interface OnliveCalendar {
  id: string;
  externalId: string | null;
  name: string;
  timezone: string;
  type: 'agent' | 'asset';
  organizationId: string;
  extraFields: Record<string, string | number>;
  email: string | null;
  tags: string[];
  createdAt: string;
  updatedAt: string;
}

export interface OnliveService {
  id: string;
  deletedAt: string | null;
  createdAt: string;
  updatedAt: string;
  name: string;
  duration: number;
  timeBetween: number;
  minTimeToSchedule: number;
  maxTimeToSchedule: number;
}

export interface OnliveUserGroup {
  id: string;
  name: string;
  description: string | null;
  externalId: string | null;
  organizationId: string;
  extraFields: Record<string, string>;
  createdAt: string;
  updatedAt: string;
}

export interface OnliveData {
  /** Sorted by start, then id: the order `GET /api/v1/appointments` serves. */
  appointments: OnliveAppointment[];
  calendars: OnliveCalendar[];
  services: OnliveService[];
  userGroups: OnliveUserGroup[];
}

export function onliveTime(ms: number): string {
  return new Date(ms).toISOString();
}
