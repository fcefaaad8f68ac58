// The server registry: one line per provider. A provider in PROVIDER_IDS without a line here fails
// typecheck (and registry.test.ts). Nothing in here reaches the sandbox.
import type { ProviderId } from '../../contract/providers.ts';
import { appointmentOneAuthHeaders } from './appointment-one/auth.ts';
import { appointmentOneManifest } from './appointment-one/manifest.ts';
import { caspenAuthHeaders } from './caspen/auth.ts';
import { caspenManifest } from './caspen/manifest.ts';
import { onliveRequestHeaders } from './onlive/auth.ts';
import { onliveManifest } from './onlive/manifest.ts';
import type { AuthHeaders, ProviderManifest } from './provider-manifest.ts';

export interface ServerProvider {
  manifest: ProviderManifest;
  authHeaders: AuthHeaders;
}

export const SERVER_PROVIDERS: Record<ProviderId, ServerProvider> = {
  caspen: { manifest: caspenManifest, authHeaders: caspenAuthHeaders },
  'appointment-one': { manifest: appointmentOneManifest, authHeaders: appointmentOneAuthHeaders },
  onlive: { manifest: onliveManifest, authHeaders: onliveRequestHeaders },
};
