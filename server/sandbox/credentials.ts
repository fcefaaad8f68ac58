/**
 * Fixed development credentials the sandbox accepts. They are deliberately public (printed by
 * `npm run sandbox`, listed in the README) and are named like the proxy's environment variables,
 * so pointing the proxy at a running sandbox is a copy and paste. They open nothing but the sandbox.
 */
export const SANDBOX_CREDENTIALS = {
  CASPEN_API_TOKEN: 'sandbox-caspen-token-7c1f2e9a',
  APPOINTMENT_ONE_API_KEY: 'sandbox-appointment-one-key-4b8d03e5',
  ONLIVE_ACCESS_KEY_ID: 'AKSANDBOXONLIVE01',
  ONLIVE_SECRET_ACCESS_KEY: 'sandbox-onlive-secret-91d6a0c3f2',
} as const;

export type SandboxCredentialName = keyof typeof SANDBOX_CREDENTIALS;
