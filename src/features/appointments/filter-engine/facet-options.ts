import { PROVIDER_IDS, providerIdSchema, type ProviderId } from '../../../../contract/providers.ts';
import { foldText } from '../../../lib/fold-text.ts';
import type { FacetOption } from './dimensions.ts';
import type { RefIndex } from './prepare.ts';

/** A selected value the loaded data does not contain (e.g. a shared link from another week). */
function unknownOption(value: string): FacetOption | null {
  const colon = value.indexOf(':');
  const provider = providerIdSchema.safeParse(value.slice(0, colon));
  return provider.success
    ? { value, provider: provider.data, label: value.slice(colon + 1), count: 0 }
    : null;
}

/**
 * The options a multi-select offers: everything that occurs in the date range plus whatever is selected
 * (so it can be unticked), grouped by provider in registry order, then by label.
 */
export function facetOptions(
  index: RefIndex,
  counts: Int32Array,
  seen: Uint8Array,
  selected: readonly string[],
): FacetOption[] {
  const out: FacetOption[] = [];
  index.options.forEach((option, i) => {
    if (seen[i] === 1 || selected.includes(option.value)) out.push({ ...option, count: counts[i] ?? 0 });
  });
  for (const value of selected) {
    if (index.find(value) < 0) {
      const option = unknownOption(value);
      if (option) out.push(option);
    }
  }
  const rank = (p: ProviderId) => PROVIDER_IDS.indexOf(p);
  return out.sort((a, b) => rank(a.provider) - rank(b.provider) || compareLabels(a.label, b.label));
}

function compareLabels(a: string, b: string): number {
  const x = foldText(a);
  const y = foldText(b);
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}
