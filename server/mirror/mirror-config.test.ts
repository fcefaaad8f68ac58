import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR, loadMirrorConfig } from './mirror-config.ts';

describe('mirror configuration', () => {
  it('defaults: on, DATA_DIR .data, 400 days of retention', () => {
    expect(loadMirrorConfig({})).toEqual({ enabled: true, dataDir: DEFAULT_DATA_DIR, retentionDays: 400 });
  });

  it('reads DATA_DIR, MIRROR_SYNC=off and a retention in days (Worker vars may be numbers)', () => {
    expect(
      loadMirrorConfig({ DATA_DIR: '/var/lib/frontdesk', MIRROR_SYNC: 'off', MIRROR_RETENTION_DAYS: 30 }),
    ).toEqual({
      enabled: false,
      dataDir: '/var/lib/frontdesk',
      retentionDays: 30,
    });
  });

  it('names each invalid variable', () => {
    expect(() => loadMirrorConfig({ MIRROR_SYNC: 'maybe', MIRROR_RETENTION_DAYS: '0' })).toThrow(
      /MIRROR_SYNC must be "on" or "off"[\s\S]*MIRROR_RETENTION_DAYS must be a whole number/,
    );
  });
});
