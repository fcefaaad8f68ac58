import { credential, type AuthHeaders } from '../provider-manifest.ts';

// appointment-one.md, "Authentication": the raw key; the examples send a JSON content type.
export const appointmentOneAuthHeaders: AuthHeaders = async (credentials) => ({
  authorization: credential(credentials, 'APPOINTMENT_ONE_API_KEY'),
  'content-type': 'application/json',
});
