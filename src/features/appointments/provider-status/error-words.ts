import { PROVIDER_LABELS } from '../../../../contract/providers.ts';
import type { ProviderError } from '../../../providers/errors.ts';

/** A provider failure as staff read it, with the technical detail kept for a disclosure. */
export interface ErrorWords {
  /** A few words for the narrow header chip: "Busy", "Not reachable". */
  short: string;
  /** One or two sentences a receptionist understands, naming the provider. */
  summary: string;
  /** What a developer needs: status code, kind and the proxy's or parser's message. */
  technical: string;
}

const ASK = 'If it keeps happening, tell whoever looks after Frontdesk.';

function says(error: ProviderError, label: string): Pick<ErrorWords, 'short' | 'summary'> {
  switch (error.kind) {
    case 'rate-limited':
      return { short: 'Busy', summary: `${label} is busy right now and asked us to wait a moment.` };
    case 'network':
      return error.status === 504
        ? { short: 'Too slow', summary: `${label} is taking too long to answer.` }
        : {
            short: 'Not reachable',
            summary: `${label} could not be reached. Check the internet connection.`,
          };
    case 'auth':
      return {
        short: 'Sign-in problem',
        summary: `${label} did not accept the sign-in. Reloading the page may help. ${ASK}`,
      };
    case 'forbidden':
      return {
        short: 'No access',
        summary: `Your account may not see ${label} appointments. Ask whoever looks after Frontdesk for access.`,
      };
    case 'not-found':
      return {
        short: 'Not found',
        summary: `${label} does not have what was asked for (it may have been deleted).`,
      };
    case 'key-refused':
      return {
        short: 'Key refused',
        summary: `${label} refused Frontdesk's key: it may have been revoked. Tell whoever looks after Frontdesk.`,
      };
    case 'invalid-data':
      return { short: 'Unreadable answer', summary: `${label} sent an answer Frontdesk cannot read. ${ASK}` };
    case 'upstream':
      return (error.status ?? 500) >= 500
        ? { short: 'Having problems', summary: `${label} is having problems right now.` }
        : { short: 'Refused', summary: `${label} refused the request. ${ASK}` };
  }
}

export function errorWords(error: ProviderError): ErrorWords {
  const label = PROVIDER_LABELS[error.provider];
  const status = error.status !== null ? `HTTP ${error.status}, ` : '';
  return { ...says(error, label), technical: `${status}${error.kind}: ${error.message}` };
}
