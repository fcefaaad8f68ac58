/**
 * The list's state is its URL: every parameter is parsed with its own zod `z.catch()`, so garbage in one
 * falls back to its default with a notice and never breaks the page, and defaults are left out when
 * writing so links stay short. Unknown parameters are ignored. The filter parameters come from the
 * dimension table (filter-engine/dimensions.ts).
 */
import { z } from 'zod/mini';
import { dayOf } from '../../../lib/zoned-dates.ts';
import {
  emptySelection,
  FILTER_DIMENSIONS,
  valueSchema,
  type DimensionKey,
  type DimensionSelection,
} from '../filter-engine/dimensions.ts';
import { DEFAULT_SORT, SORT_KEYS, type SortKey } from '../filter-engine/sort-keys.ts';
import { defaultRange, resolveRange } from './date-presets.ts';
import { buildSearch, decodeList, decodeScalar, encodeValue, rawParams } from './query-string.ts';
import { calendarDay, listOf, ordered, shownParam, timeZone } from './url-params.ts';
import {
  DEFAULT_VIEW_PARAMS,
  viewDays,
  viewPairs,
  viewParamSchemas,
  type ViewParams,
} from './view-params.ts';

export interface ListState extends DimensionSelection, ViewParams {
  /** YYYY-MM-DD, inclusive, in `tz`. */
  from: string;
  to: string;
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

const PARAM_LABELS: Record<Exclude<ParamName, DimensionKey>, string> = {
  from: 'start date',
  to: 'end date',
  q: 'search text',
  sort: 'sort order',
  tz: 'time zone',
  view: 'view',
  lanes: 'timeline lanes',
  show: 'summary filter',
};

function paramLabel(name: ParamName): string {
  const dimension = FILTER_DIMENSIONS.find((d) => d.key === name);
  return dimension
    ? `${dimension.label.toLowerCase()} filter`
    : PARAM_LABELS[name as keyof typeof PARAM_LABELS];
}

/** Each dimension's values in its URL order: a vocabulary's own order, references sorted. */
const urlOrder = (key: DimensionKey) => {
  const dimension = FILTER_DIMENSIONS.find((d) => d.key === key);
  return dimension?.kind === 'enum' ? dimension.values : undefined;
};

/** Each parameter's `.catch()` reports the garbage it replaced to the parse running now. */
const IGNORE_GARBAGE = () => {};
let onGarbage: (name: ParamName) => void = IGNORE_GARBAGE;

/** Built once: building the schema costs more than parsing with it, and every URL change parses. */
function paramsSchema() {
  const caught = <S extends z.ZodMiniType>(name: ParamName, schema: S) =>
    z.catch(z.optional(schema), (): z.output<S> | undefined => {
      onGarbage(name);
      return undefined;
    });
  const dimensions = FILTER_DIMENSIONS.map((d) => [
    d.key,
    caught(d.key, listOf(valueSchema(d), urlOrder(d.key))),
  ]);
  return z.object({
    from: caught('from', calendarDay),
    to: caught('to', calendarDay),
    ...(Object.fromEntries(dimensions) as Record<
      DimensionKey,
      ReturnType<typeof caught<z.ZodMiniType<string[]>>>
    >),
    q: caught('q', z.string().check(z.maxLength(MAX_QUERY_LENGTH))),
    sort: caught('sort', z.enum(SORT_KEYS)),
    tz: caught('tz', timeZone),
    view: caught('view', viewParamSchemas.view),
    lanes: caught('lanes', viewParamSchemas.lanes),
    show: caught('show', viewParamSchemas.show),
  });
}

const PARAMS_SCHEMA = paramsSchema();

function parseParams(raw: Map<string, string>, report: (name: ParamName) => void) {
  // Parsing is synchronous, so the reporter set here sees exactly this parse's garbage.
  onGarbage = report;
  try {
    return PARAMS_SCHEMA.parse({
      from: decodeScalar(raw.get('from')),
      to: decodeScalar(raw.get('to')),
      ...Object.fromEntries(FILTER_DIMENSIONS.map((d) => [d.key, decodeList(raw.get(d.key))])),
      q: decodeScalar(raw.get('q')),
      sort: decodeScalar(raw.get('sort')),
      tz: decodeScalar(raw.get('tz')),
      view: decodeScalar(raw.get('view')),
      lanes: decodeScalar(raw.get('lanes')),
      show: decodeList(raw.get('show')),
    });
  } finally {
    onGarbage = IGNORE_GARBAGE;
  }
}

/** Parses `location.search` into the list state plus one notice per ignored or corrected parameter. */
export function parseListState(search: string, env: ListEnv): { state: ListState; notices: string[] } {
  const notices: string[] = [];
  const raw = rawParams(search);
  const params = parseParams(raw, (name) => {
    const shown = shownParam(raw.get(name) ?? '');
    notices.push(`Ignored the ${paramLabel(name)} in the address (“${shown}”): it is not valid.`);
  });
  const tz = params.tz ?? env.browserTz;
  const today = dayOf(env.nowMs, tz);
  const view = params.view ?? DEFAULT_VIEW_PARAMS.view;
  const { from, to } = viewDays(view, resolveRange(params.from, params.to, today, notices), today);
  const viewParams: ViewParams = {
    view,
    lanes: params.lanes ?? DEFAULT_VIEW_PARAMS.lanes,
    show: params.show ?? DEFAULT_VIEW_PARAMS.show,
  };
  const selection = emptySelection();
  for (const d of FILTER_DIMENSIONS) Object.assign(selection, { [d.key]: params[d.key] ?? [] });
  return {
    state: {
      from,
      to,
      ...selection,
      q: params.q ?? '',
      sort: params.sort ?? DEFAULT_SORT,
      tz,
      ...viewParams,
    },
    notices,
  };
}

/** The state with every filter at its default (today + 7 days in `tz`, nothing ticked, sorted by start). */
export function defaultListState(env: ListEnv, tz: string = env.browserTz): ListState {
  return {
    ...defaultRange(dayOf(env.nowMs, tz)),
    ...emptySelection(),
    q: '',
    sort: DEFAULT_SORT,
    tz,
    ...DEFAULT_VIEW_PARAMS,
  };
}

/** `?from=...&...` for the state, defaults left out ('' for the default view). */
export function serialiseListState(state: ListState, env: ListEnv): string {
  const pairs: [string, string][] = [];
  const today = dayOf(env.nowMs, state.tz);
  const defaults = viewDays(state.view, defaultRange(today), today);
  // Both days or neither: a lone `from` would be read back as from + 7 days. The timeline shows one
  // day, `from`; Today needs no dates at all.
  if (state.view === 'timeline' && state.from !== defaults.from) pairs.push(['from', state.from]);
  else if (state.view === 'list' && (state.from !== defaults.from || state.to !== defaults.to))
    pairs.push(['from', state.from], ['to', state.to]);
  for (const { key } of FILTER_DIMENSIONS) {
    const values: readonly string[] = state[key];
    if (values.length > 0) pairs.push([key, ordered(values, urlOrder(key)).map(encodeValue).join(',')]);
  }
  if (state.q.trim() !== '') pairs.push(['q', encodeValue(state.q)]);
  if (state.sort !== DEFAULT_SORT) pairs.push(['sort', state.sort]);
  if (state.tz !== env.browserTz) pairs.push(['tz', encodeValue(state.tz)]);
  pairs.push(...viewPairs(state));
  return buildSearch(pairs);
}
