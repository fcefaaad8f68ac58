import { type OnliveCalendar, type OnliveService, type OnliveUserGroup, onliveTime } from './wire.ts';
import type { Random } from '../../../sandbox/data/random.ts';
import { DAY_MS } from '../../../sandbox/data/time-slots.ts';
import { SITES } from '../../../sandbox/data/world.ts';

export interface OnliveReference {
  organizationId: string;
  calendars: OnliveCalendar[];
  services: OnliveService[];
  userGroups: OnliveUserGroup[];
  /** For each SITES index: the user group and the calendars working there. */
  bySite: { userGroupId: string; calendarIds: string[] }[];
  assetCalendarId: string;
}

// [name, site index, type]; calendars take their time zone from the site.
const CALENDARS: readonly [string, number, OnliveCalendar['type']][] = [
  ['Sales – Sydney', 0, 'agent'],
  ['Ventas Madrid', 1, 'agent'],
  ['New York Showroom', 2, 'agent'],
  ['東京 営業チーム', 3, 'agent'],
  ['Test Drive Car 1', 1, 'asset'],
  ['Zoë Ångström', 2, 'agent'],
];
const SERVICES: readonly [string, number][] = [
  ['Test Drive Standard', 30],
  ['Product Demo Meeting', 60],
  ['Video consultation', 45],
  ['Trade-in valuation', 30],
  ['After-sales review', 90],
];
// User group per site index: Sydney and Tokyo share APAC.
const GROUPS: readonly [string, number[]][] = [
  ['APAC', [0, 3]],
  ['Ventas España', [1]],
  ['Sales North America', [2]],
];

export function onliveReference(rng: Random, anchorMs: number): OnliveReference {
  const organizationId = rng.uuid();
  const stamp = () => onliveTime(anchorMs - rng.int(300, 800) * DAY_MS + rng.int(0, 86_399_999));
  const calendars = CALENDARS.map(([name, site, type], i): OnliveCalendar => {
    const createdAt = stamp();
    return {
      id: rng.uuid(),
      externalId: i === 3 ? null : `cal-${10_000 + i}`,
      name,
      timezone: SITES[site]?.zone ?? 'UTC',
      type,
      organizationId,
      extraFields: i === 3 ? {} : { location: `${SITES[site]?.city ?? ''} office`, capacity: 4 + i },
      email: type === 'asset' ? null : `calendar${i + 1}@example.com`,
      tags: i === 3 ? [] : ['sales'],
      createdAt,
      updatedAt: createdAt,
    };
  });
  const services = SERVICES.map(([name, duration], i): OnliveService => {
    const createdAt = stamp();
    return {
      id: rng.uuid(),
      deletedAt: null,
      createdAt,
      updatedAt: createdAt,
      name,
      duration,
      timeBetween: i % 2 === 0 ? 30 : 15,
      minTimeToSchedule: 0,
      maxTimeToSchedule: 90,
    };
  });
  const userGroups = GROUPS.map(([name], i): OnliveUserGroup => {
    const createdAt = stamp();
    const bare = i === 0; // every nullable field null
    return {
      id: rng.uuid(),
      name,
      description: bare ? null : `${name} team`,
      externalId: bare ? null : `grp-${i}`,
      organizationId,
      extraFields: bare ? {} : { region: name },
      createdAt,
      updatedAt: createdAt,
    };
  });
  return { organizationId, calendars, services, userGroups, ...placesOf(calendars, userGroups) };
}

/**
 * Where each site's bookings go, from the generated calendars and user groups (in generation order);
 * run-time bookings use it too, so they reference the same calendars as the generated ones.
 */
export function placesOf(
  calendars: readonly OnliveCalendar[],
  userGroups: readonly OnliveUserGroup[],
): Pick<OnliveReference, 'bySite' | 'assetCalendarId'> {
  const bySite = SITES.map((_, site) => ({
    userGroupId: userGroups[GROUPS.findIndex(([, sites]) => sites.includes(site))]?.id ?? '',
    calendarIds: calendars
      .filter((_, i) => CALENDARS[i]?.[1] === site && CALENDARS[i]?.[2] === 'agent')
      .map((c) => c.id),
  }));
  return { bySite, assetCalendarId: calendars[4]?.id ?? '' };
}
