// Each provider's pure list normaliser from the browser registry, with names resolved from the sandbox's
// reference data as the adapters would have them after their one-off reference fetches.
import type { SandboxData } from '../../server/sandbox/data/generate-data.ts';
import type { ProviderId } from '../../contract/providers.ts';
import type { ListNormaliser, ReferenceRecords } from '../../src/providers/contract.ts';
import { PROVIDER_MODULES } from '../../src/providers/registry.ts';

/** The sandbox keeps each provider's reference lists under the names its docs use. */
export function normaliserFor(provider: ProviderId, data: SandboxData): ListNormaliser {
  const references: ReferenceRecords = Object.fromEntries(Object.entries(data[provider]));
  return PROVIDER_MODULES[provider].listNormaliser(references);
}
