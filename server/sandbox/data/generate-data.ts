import { PROVIDER_IDS } from '../../../contract/providers.ts';
import { SANDBOX_FAKES, type SandboxData } from '../registry.ts';
import type { GenerateInput } from './generate-input.ts';

export type { SandboxData } from '../registry.ts';

/**
 * Pure and deterministic: the same seed, anchor and size give deeply equal data. Each provider
 * draws from its own seeded stream, so one provider's data does not shift when another's changes.
 */
export function generateSandboxData(input: GenerateInput): SandboxData {
  if (!Number.isSafeInteger(input.size) || input.size < 0)
    throw new RangeError(`size must be a whole number ≥ 0`);
  if (!Number.isFinite(input.anchorMs)) throw new RangeError('anchorMs must be a finite instant');
  return Object.fromEntries(PROVIDER_IDS.map((id) => [id, SANDBOX_FAKES[id].generate(input)])) as SandboxData;
}
