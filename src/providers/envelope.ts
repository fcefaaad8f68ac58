import type { z } from 'zod/mini';
import type { ProviderId } from '../../contract/providers.ts';
import { PROVIDER_LABELS } from '../../contract/providers.ts';
import { ProviderError } from './errors.ts';
import { safeParseInEnglish } from './issue-messages.ts';
import { RecordProblem } from './normalise-list.ts';

/**
 * Parses a response envelope (page, single record). Unlike a single bad record in a list, a broken
 * envelope means the whole answer is unusable: that provider fails with `invalid-data`.
 */
export function parseEnvelope<S extends z.ZodMiniType>(
  provider: ProviderId,
  schema: S,
  body: unknown,
  what: string,
): z.output<S> {
  const parsed = safeParseInEnglish(schema, body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.map(String).join('.')}` : '';
  throw new ProviderError({
    provider,
    kind: 'invalid-data',
    message: `${PROVIDER_LABELS[provider]} sent ${what} that does not match its documented shape${where}: ${issue?.message ?? 'invalid'}`,
    cause: parsed.error,
  });
}

/** Guards a link-following loop against a provider that points back at a page it already sent. */
export function assertNewPage(provider: ProviderId, seen: Set<string>, url: string): void {
  if (seen.has(url)) {
    throw new ProviderError({
      provider,
      kind: 'invalid-data',
      message: `${PROVIDER_LABELS[provider]} paging loops back to ${url}`,
    });
  }
  seen.add(url);
}

/** Normalises one fetched record (detail view): a record that cannot be used fails as `invalid-data`. */
export function normaliseOne<T>(provider: ProviderId, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof RecordProblem)) throw error;
    throw new ProviderError({
      provider,
      kind: 'invalid-data',
      message: `${PROVIDER_LABELS[provider]} sent an appointment with an unusable ${error.path}: ${error.message}`,
      cause: error,
    });
  }
}
