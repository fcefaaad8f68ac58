// The server registry: one line per provider. A provider in PROVIDER_IDS without a line here fails
// typecheck (and registry.test.ts). Nothing in here reaches the sandbox.
import type { SyncStrategy } from '../mirror/strategy.ts';
import type { ProviderId } from '../../contract/providers.ts';
import { appointmentOneAuthHeaders } from './appointment-one/auth.ts';
import { appointmentOneManifest } from './appointment-one/manifest.ts';
import { appointmentOneSync } from './appointment-one/sync.ts';
import { caspenAuthHeaders } from './caspen/auth.ts';
import { caspenManifest } from './caspen/manifest.ts';
import { caspenSync } from './caspen/sync.ts';
import { onliveRequestHeaders } from './onlive/auth.ts';
import { onliveManifest } from './onlive/manifest.ts';
import { onliveSync } from './onlive/sync.ts';
import type { AuthHeaders, ProviderManifest } from './provider-manifest.ts';

export interface ServerProvider {
  manifest: ProviderManifest;
  authHeaders: AuthHeaders;
  /** How the mirror pages this provider and what of each record it keeps. */
  sync: SyncStrategy;
}

export const SERVER_PROVIDERS: Record<ProviderId, ServerProvider> = {
  caspen: { manifest: caspenManifest, authHeaders: caspenAuthHeaders, sync: caspenSync },
  'appointment-one': {
    manifest: appointmentOneManifest,
    authHeaders: appointmentOneAuthHeaders,
    sync: appointmentOneSync,
  },
  onlive: { manifest: onliveManifest, authHeaders: onliveRequestHeaders, sync: onliveSync },
};
