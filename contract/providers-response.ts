// `GET /api/providers`: which providers this server has enabled for the signed-in staff member.
import { z } from 'zod/mini';
import { isProviderId, type ProviderId } from './providers.ts';

const providerEntrySchema = z.looseObject({
  id: z.string(),
  label: z.string(),
  enabled: z.boolean(),
  /** Served from the server's mirror (`/api/mirror/...`) rather than paged through the proxy; older servers omit it. */
  mirrored: z.optional(z.boolean()),
});

/** A provider this build does not know is dropped rather than failing the page. */
export const providersResponseSchema = z.object({
  sandbox: z.boolean(),
  providers: z.pipe(
    z.array(providerEntrySchema),
    z.transform((items) =>
      items.flatMap((p) =>
        isProviderId(p.id)
          ? [{ id: p.id as ProviderId, label: p.label, enabled: p.enabled, mirrored: p.mirrored ?? false }]
          : [],
      ),
    ),
  ),
});

export type ProvidersResponse = z.output<typeof providersResponseSchema>;
