// The read paths the dashboard uses, per provider, and the query keys each accepts. Anything not
// listed here is refused before the upstream is contacted.
import type { ProviderId } from '../../contract/providers.ts';
import { ProxyRefusal } from './errors.ts';

export interface RouteSpec {
  /** First path segment below the provider's base URL, e.g. `appointments`. */
  collection: string;
  /** Query keys accepted on the list route; the item route (`<collection>/<id>`) accepts none. */
  listQuery: readonly string[];
  /** Keys that may appear more than once (ONLIVE.SITE's `calendarIds`, onlive.md). */
  repeatable?: readonly string[];
}

const caspenList = (collection: string): RouteSpec => ({ collection, listQuery: ['cursor', 'limit'] });
const onliveList = (collection: string): RouteSpec => ({
  collection,
  listQuery: ['page', 'limit', 'search'],
});

export const ALLOW_LIST: Record<ProviderId, readonly RouteSpec[]> = {
  caspen: ['appointments', 'services', 'locations', 'clients', 'practitioners', 'rooms'].map(caspenList),
  'appointment-one': [
    { collection: 'appointment', listQuery: ['page'] },
    { collection: 'event', listQuery: [] },
    { collection: 'calendar', listQuery: [] },
  ],
  onlive: [
    {
      collection: 'appointments',
      listQuery: [
        'startDate',
        'endDate',
        'page',
        'limit',
        'state',
        'calendarIds',
        'serviceId',
        'userGroupId',
        'search',
      ],
      repeatable: ['calendarIds'],
    },
    ...['calendars', 'services', 'user-groups'].map(onliveList),
  ],
};

/** One path segment of safe characters: letters, digits, `_ - . @` (Appointment.one ids are e-mails). */
export const ID_PATTERN = /^[A-Za-z0-9_.@-]{1,128}$/;
const NUMERIC_KEYS = new Set(['page', 'limit']);
const MAX_VALUE_LENGTH = 512;

export interface AllowedRequest {
  /** Decoded path segments below the provider's base URL. */
  segments: readonly string[];
  query: ReadonlyArray<readonly [string, string]>;
  /** Route template for logs, without ids or query values. */
  label: string;
}

/** Throws a ProxyRefusal (404 for unknown paths, 400 for bad ids or query) unless allowed. */
export function checkAllowList(provider: ProviderId, segments: readonly string[], query: URLSearchParams) {
  const [collection, id, ...extra] = segments;
  const route = ALLOW_LIST[provider].find((r) => r.collection === collection);
  if (!route || extra.length > 0)
    throw new ProxyRefusal(404, 'not-found', 'This path is not available through the proxy');
  if (id !== undefined && (!ID_PATTERN.test(id) || /^\.+$/.test(id)))
    throw new ProxyRefusal(400, 'bad-request', 'The id in the path is not valid');
  const pairs = checkQuery(route, id === undefined ? route.listQuery : [], query);
  return {
    segments,
    query: pairs,
    label: `${provider} ${route.collection}${id === undefined ? '' : '/:id'}`,
  };
}

function checkQuery(route: RouteSpec, allowed: readonly string[], query: URLSearchParams) {
  const pairs = [...query.entries()];
  const seen = new Set<string>();
  for (const [key, value] of pairs) {
    if (!allowed.includes(key))
      throw new ProxyRefusal(400, 'bad-request', `Query parameter "${printable(key)}" is not accepted here`);
    if (seen.has(key) && !route.repeatable?.includes(key))
      throw new ProxyRefusal(400, 'bad-request', `Query parameter "${key}" may appear only once`);
    seen.add(key);
    if (!validValue(key, value))
      throw new ProxyRefusal(400, 'bad-request', `Query parameter "${key}" is not valid`);
  }
  return pairs;
}

function validValue(key: string, value: string): boolean {
  if (NUMERIC_KEYS.has(key)) return /^\d{1,6}$/.test(value);
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  return value.length <= MAX_VALUE_LENGTH && !/[\u0000-\u001f\u007f]/.test(value);
}

/** Echoing a refused key is useful to the developer; keep it short and safe to print. */
function printable(key: string): string {
  return key.replace(/[^A-Za-z0-9_.-]/g, '?').slice(0, 40);
}
