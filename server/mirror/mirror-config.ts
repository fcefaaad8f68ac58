// The mirror's part of the environment, validated like the proxy's: DATA_DIR (where the store lives on
// Node), MIRROR_RETENTION_DAYS and MIRROR_SYNC (on by default; `off` leaves every tab paging its
// providers through the signing proxy, as before the mirror).
import { z } from 'zod';
import { optionalText, wholeNumber } from '../proxy/env-values.ts';
import type { ConfigSource } from '../proxy/config.ts';

export interface MirrorConfig {
  enabled: boolean;
  /** Absolute or relative to the working directory. */
  dataDir: string;
  retentionDays: number;
}

export const DEFAULT_DATA_DIR = '.data';

const schema = z.object({
  MIRROR_SYNC: optionalText.pipe(z.enum(['on', 'off'], { error: 'must be "on" or "off"' }).optional()),
  DATA_DIR: optionalText,
  MIRROR_RETENTION_DAYS: wholeNumber(400, 1, 3650),
});

export function loadMirrorConfig(env: ConfigSource): MirrorConfig {
  // Worker vars may be numbers or booleans (`"MIRROR_RETENTION_DAYS": 400`).
  const text = (name: string) => {
    const value = (env as Record<string, unknown>)[name];
    return typeof value === 'number' || typeof value === 'boolean' ? String(value) : value;
  };
  const parsed = schema.safeParse({
    MIRROR_SYNC: text('MIRROR_SYNC'),
    DATA_DIR: text('DATA_DIR'),
    MIRROR_RETENTION_DAYS: text('MIRROR_RETENTION_DAYS'),
  });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')} ${i.message}`);
    throw new Error(`Invalid Frontdesk mirror configuration:\n${lines.join('\n')}`);
  }
  return {
    enabled: parsed.data.MIRROR_SYNC !== 'off',
    dataDir: parsed.data.DATA_DIR ?? DEFAULT_DATA_DIR,
    retentionDays: parsed.data.MIRROR_RETENTION_DAYS,
  };
}
