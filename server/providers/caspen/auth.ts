import { credential, type AuthHeaders } from '../provider-manifest.ts';

// caspen.md, "Authentication".
export const caspenAuthHeaders: AuthHeaders = async (credentials) => ({
  authorization: `Bearer ${credential(credentials, 'CASPEN_API_TOKEN')}`,
});
