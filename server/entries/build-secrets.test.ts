// A real `vite build` of the app, with every credential present in the environment while it runs,
// must not carry any of them into any file of its output (bundles, HTML, source maps, assets).
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SECRETS = {
  CASPEN_API_TOKEN: 'build-scan-caspen-token-5b1e7f02c9',
  APPOINTMENT_ONE_API_KEY: 'build-scan-a1-key-0d94e6c2a7',
  ONLIVE_ACCESS_KEY_ID: 'AKBUILDSCAN7731',
  ONLIVE_SECRET_ACCESS_KEY: 'build-scan-onlive-secret/4f8a==',
};

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe('the production build', () => {
  it('contains no configured secret value in any file', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'frontdesk-build-'));
    const saved = Object.fromEntries(Object.keys(SECRETS).map((k) => [k, process.env[k]]));
    Object.assign(process.env, SECRETS);
    try {
      await build({
        root: ROOT,
        configFile: join(ROOT, 'vite.config.ts'),
        logLevel: 'silent',
        build: { outDir, emptyOutDir: true },
      });
      const files = await filesUnder(outDir);
      expect(files.some((f) => f.endsWith('.js'))).toBe(true);
      expect(files.some((f) => f.endsWith('index.html'))).toBe(true);
      for (const file of files) {
        const bytes = await readFile(file);
        for (const secret of Object.values(SECRETS))
          for (const form of [secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)])
            expect(bytes.includes(form), `${form} in ${file}`).toBe(false);
      }
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
      await rm(outDir, { recursive: true, force: true });
    }
  }, 120_000);
});
