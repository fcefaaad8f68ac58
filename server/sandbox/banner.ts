import { PROVIDER_IDS, type ProviderId } from '../../contract/providers.ts';
import { SANDBOX_CREDENTIALS } from './credentials.ts';

/**
 * What `npm run sandbox` prints: one `<provider> <base URL>` line per provider, then one
 * `NAME=value` line per credential, named as the proxy's variables (copy and paste).
 */
export function sandboxBanner(urls: Record<ProviderId, string>): string[] {
  return [
    ...PROVIDER_IDS.map((id) => `${id} ${urls[id]}`),
    ...Object.entries(SANDBOX_CREDENTIALS).map(([name, value]) => `${name}=${value}`),
  ];
}
