import { credential, type AuthHeaders } from '../provider-manifest.ts';
import { onliveAuthHeaders } from './signer.ts';

// onlive.md, "The scheme this project implements"; Content-Type is listed as required on endpoint pages.
export const onliveRequestHeaders: AuthHeaders = async (credentials, url, nowMs) => ({
  ...(await onliveAuthHeaders(
    { method: 'GET', url },
    {
      accessKeyId: credential(credentials, 'ONLIVE_ACCESS_KEY_ID'),
      secret: credential(credentials, 'ONLIVE_SECRET_ACCESS_KEY'),
    },
    nowMs,
  )),
  'content-type': 'application/json',
});
