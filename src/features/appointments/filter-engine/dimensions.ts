/**
 * The list's filter dimensions, in the filter bar's order. Everything about a dimension derives from its
 * row here: the URL parameter and its schema (url-state.ts), the state field (`ListState`), the engine's
 * per-row index, mask and counters (prepare.ts, apply-filters.ts), the facet counts, the multi-select
 * control in the filter bar and the active-filter chips.
 *
 * To add a dimension, add one row: `enumDimension` for a fixed vocabulary (its values, their labels and
 * the appointment's value), `refDimension` for references named by the data (`<provider>:<id>` values,
 * grouped by provider, searchable). The filter bar then renders its multi-select; a control of another
 * kind is the only other change.
 */
import { z } from 'zod/mini';
import { PROVIDER_IDS, PROVIDER_LABELS } from '../../../../contract/providers.ts';
import type { Appointment, Ref } from '../../../domain/appointment.ts';
import { STATUS_LABELS, STATUSES } from '../../../domain/status.ts';

interface DimensionBase<K extends string> {
  /** The `ListState` field and URL parameter. */
  key: K;
  /** What staff see: the control's label and the chip's group. */
  label: string;
}

/** A fixed vocabulary, in its display and URL order. */
export interface EnumDimension<
  K extends string = string,
  V extends string = string,
> extends DimensionBase<K> {
  kind: 'enum';
  values: readonly [V, ...V[]];
  labels: Readonly<Record<V, string>>;
  of: (appointment: Appointment) => V;
}

/** References named by the data: the value is `<provider>:<id>` of the Ref the appointment carries. */
export interface RefDimension<K extends string = string> extends DimensionBase<K> {
  kind: 'ref';
  of: (appointment: Appointment) => Ref | null;
  /** The control's text when nothing of this kind occurs in the date range. */
  emptyText: string;
}

function enumDimension<const K extends string, V extends string>(
  row: Omit<EnumDimension<K, V>, 'kind'>,
): EnumDimension<K, V> {
  return { kind: 'enum', ...row };
}

function refDimension<const K extends string>(row: Omit<RefDimension<K>, 'kind'>): RefDimension<K> {
  return { kind: 'ref', ...row };
}

export const FILTER_DIMENSIONS = [
  enumDimension({
    key: 'status',
    label: 'Status',
    values: STATUSES,
    labels: STATUS_LABELS,
    of: (a) => a.status,
  }),
  refDimension({
    key: 'service',
    label: 'Service',
    of: (a) => a.service,
    emptyText: 'No services in this date range.',
  }),
  enumDimension({
    key: 'provider',
    label: 'Provider',
    values: PROVIDER_IDS,
    labels: PROVIDER_LABELS,
    of: (a) => a.provider,
  }),
  refDimension({
    key: 'location',
    label: 'Location',
    // The same place the Location column, the CSV and the detail panel show.
    of: (a) => a.location,
    emptyText: 'No locations in this date range.',
  }),
] as const;

export type FilterDimension = (typeof FILTER_DIMENSIONS)[number];
export type DimensionKey = FilterDimension['key'];

type ValueOf<D> = D extends EnumDimension<string, infer V> ? V : string;

/** What is ticked per dimension; an empty array means "no filter". */
export type DimensionSelection = { [D in FilterDimension as D['key']]: ValueOf<D>[] };

/** Facet counts per dimension: by value for a vocabulary, as offered options for references. */
export type DimensionFacets = {
  [D in FilterDimension as D['key']]: D extends EnumDimension<string, infer V>
    ? Record<V, number>
    : FacetOption[];
};

export interface FacetOption {
  /** `<provider>:<id>` */
  value: string;
  provider: (typeof PROVIDER_IDS)[number];
  label: string;
  count: number;
}

/** The URL schema of one value of the dimension. */
export function valueSchema(dimension: FilterDimension): z.ZodMiniType<string> {
  return dimension.kind === 'enum' ? z.enum(dimension.values) : refValue;
}

/** `<provider>:<id>`, for a known provider. */
const refValue = z.string().check(z.maxLength(300), z.regex(new RegExp(`^(${PROVIDER_IDS.join('|')}):.+$`)));

/** Nothing ticked anywhere. */
export function emptySelection(): DimensionSelection {
  return Object.fromEntries(FILTER_DIMENSIONS.map((d) => [d.key, []])) as unknown as DimensionSelection;
}

/** The values ticked for a dimension, as plain strings (every dimension's values are strings). */
export function selected(selection: DimensionSelection, key: DimensionKey): readonly string[] {
  return selection[key];
}

/** The patch that sets a dimension's ticked values; values outside a vocabulary are dropped. */
export function selectionPatch(
  dimension: FilterDimension,
  values: readonly string[],
): Partial<DimensionSelection> {
  const kept =
    dimension.kind === 'enum'
      ? values.filter((v) => (dimension.values as readonly string[]).includes(v))
      : values;
  return { [dimension.key]: [...kept] } as Partial<DimensionSelection>;
}
