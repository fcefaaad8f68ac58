import { PROVIDER_IDS } from '../../contract/providers.ts';
import { SANDBOX_FAKES, type SandboxCredentials } from './registry.ts';

/**
 * Fixed development credentials the sandbox accepts. They are deliberately public (printed by
 * `npm run sandbox`, listed in the README) and are named like the proxy's environment variables,
 * so pointing the proxy at a running sandbox is a copy and paste. They open nothing but the sandbox.
 */
export const SANDBOX_CREDENTIALS = Object.freeze(
  Object.assign({}, ...PROVIDER_IDS.map((id) => SANDBOX_FAKES[id].credentials)),
) as SandboxCredentials;
