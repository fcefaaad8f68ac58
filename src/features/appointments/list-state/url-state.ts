/**
 * The list's state is its URL (ARCHITECTURE rule 4): every parameter is parsed with its own zod
 * `z.catch()`, so garbage in one falls back to its default with a notice and never breaks the page, and
 * defaults are left out when writing so links stay short. Unknown parameters are ignored.
 */
import { z } from 'zod/mini';
import { PROVIDER_IDS, providerIdSchema, type ProviderId } from '../../../../contract/providers.ts';
import { STATUSES, statusSchema, type AppointmentStatus } from '../../../domain/status.ts';
import { dayOf } from '../../../lib/zoned-dates.ts';
import { defaultRange, resolveRange } from './date-presets.ts';
import { buildSearch, decodeList, decodeScalar, encodeValue, rawParams } from './query-string.ts';
import { calendarDay, listOf, ordered, refValue, shownParam, timeZone } from './url-params.ts';

export const SORT_KEYS = [
  'start',
  '-start',
  'status',
  '-status',
  'service',
  '-service',
  'client',
  '-client',
  'provider',
  '-provider',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface ListState {
  /** YYYY-MM-DD, inclusive, in `tz`. */
  from: string;
  to: string;
  /** Empty arrays mean "no filter". */
  status: AppointmentStatus[];
  provider: ProviderId[];
  /** `<provider>:<serviceId>` */
  service: string[];
  /** `<provider>:<locationOrCalendarId>` */
  location: string[];
  q: string;
  sort: SortKey;
  tz: string;
}

/** What the defaults depend on: the clock (for "today") and the browser's zone. */
export interface ListEnv {
  nowMs: number;
  browserTz: string;
}

export const MAX_QUERY_LENGTH = 200;

type ParamName = keyof ListState;

const PARAM_LABELS: Record<ParamName, string> = {
  from: 'start date',
  to: 'end date',
  status: 'status filter',
  provider: 'provider filter',
  service: 'service filter',
  location: 'location filter',
  q: 'search text',
  sort: 'sort order',
  tz: 'time zone',
};

/** One schema per call: each parameter's `.catch()` reports the garbage it replaced. */
function paramsSchema(onGarbage: (name: ParamName) => void) {
  const caught = <S extends z.ZodMiniType>(name: ParamName, schema: S) =>
    z.catch(z.optional(schema), (): z.output<S> | undefined => {
      onGarbage(name);
      return undefined;
    });
  return z.object({
    from: caught('from', calendarDay),
    to: caught('to', calendarDay),
    status: caught('status', listOf(statusSchema, STATUSES)),
    provider: caught('provider', listOf(providerIdSchema, PROVIDER_IDS)),
    service: caught('service', listOf(refValue)),
    location: caught('location', listOf(refValue)),
    q: caught('q', z.string().check(z.maxLength(MAX_QUERY_LENGTH))),
    sort: caught('sort', z.enum(SORT_KEYS)),
    tz: caught('tz', timeZone),
  });
}

/** Parses `location.search` into the list state plus one notice per ignored or corrected parameter. */
export function parseListState(search: string, env: ListEnv): { state: ListState; notices: string[] } {
  const notices: string[] = [];
  const raw = rawParams(search);
  const params = paramsSchema((name) => {
    notices.push(
      `Ignored the ${PARAM_LABELS[name]} in the address (“${shownParam(raw.get(name) ?? '')}”): it is not valid.`,
    );
  }).parse({
    from: decodeScalar(raw.get('from')),
    to: decodeScalar(raw.get('to')),
    status: decodeList(raw.get('status')),
    provider: decodeList(raw.get('provider')),
    service: decodeList(raw.get('service')),
    location: decodeList(raw.get('location')),
    q: decodeScalar(raw.get('q')),
    sort: decodeScalar(raw.get('sort')),
    tz: decodeScalar(raw.get('tz')),
  });
  const tz = params.tz ?? env.browserTz;
  const { from, to } = resolveRange(params.from, params.to, dayOf(env.nowMs, tz), notices);
  const state: ListState = {
    from,
    to,
    status: params.status ?? [],
    provider: params.provider ?? [],
    service: params.service ?? [],
    location: params.location ?? [],
    q: params.q ?? '',
    sort: params.sort ?? 'start',
    tz,
  };
  return { state, notices };
}

/** The state with every filter at its default (today + 7 days in `tz`, nothing ticked, sorted by start). */
export function defaultListState(env: ListEnv, tz: string = env.browserTz): ListState {
  return {
    ...defaultRange(dayOf(env.nowMs, tz)),
    status: [],
    provider: [],
    service: [],
    location: [],
    q: '',
    sort: 'start',
    tz,
  };
}

/** `?from=...&...` for the state, defaults left out ('' for the default view). */
export function serialiseListState(state: ListState, env: ListEnv): string {
  const pairs: [string, string][] = [];
  const defaults = defaultRange(dayOf(env.nowMs, state.tz));
  // Both days or neither: a lone `from` would be read back as from + 7 days.
  if (state.from !== defaults.from || state.to !== defaults.to)
    pairs.push(['from', state.from], ['to', state.to]);
  const list = (key: string, values: readonly string[], order?: readonly string[]) => {
    if (values.length > 0) pairs.push([key, ordered(values, order).map(encodeValue).join(',')]);
  };
  list('status', state.status, STATUSES);
  list('provider', state.provider, PROVIDER_IDS);
  list('service', state.service);
  list('location', state.location);
  if (state.q.trim() !== '') pairs.push(['q', encodeValue(state.q)]);
  if (state.sort !== 'start') pairs.push(['sort', state.sort]);
  if (state.tz !== env.browserTz) pairs.push(['tz', encodeValue(state.tz)]);
  return buildSearch(pairs);
}
