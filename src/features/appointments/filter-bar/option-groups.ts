// Only an open multi-select popover needs these, so they load with it (popover-module.ts).
import { PROVIDER_IDS, type ProviderId } from '../../../../contract/providers.ts';
import { foldText } from '../../../lib/fold-text.ts';
import type { ChoiceOption } from './filter-options.ts';

/** Options whose label contains every folded word of the query (the searchable service list). */
export function matchingOptions(options: readonly ChoiceOption[], query: string): ChoiceOption[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...options];
  return options.filter((o) => {
    const label = foldText(o.label);
    return words.every((w) => label.includes(w));
  });
}

/** Options grouped by provider in registry order; ungrouped options form one unnamed group. */
export function groupOptions(
  options: readonly ChoiceOption[],
): { group: ProviderId | null; options: ChoiceOption[] }[] {
  const groups = new Map<ProviderId | null, ChoiceOption[]>();
  for (const option of options) {
    const key = option.group ?? null;
    groups.set(key, [...(groups.get(key) ?? []), option]);
  }
  const order = (g: ProviderId | null) => (g === null ? -1 : PROVIDER_IDS.indexOf(g));
  return [...groups.entries()]
    .sort(([a], [b]) => order(a) - order(b))
    .map(([group, opts]) => ({ group, options: opts }));
}
