// Bundle: gzip and brotli bytes of the JS and CSS the list route loads (the entry chunk, its static
// imports and their CSS; lazy chunks excluded), against the baseline page built in the same run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';
import react from '@vitejs/plugin-react';
import { figure, type Figure } from './lib/report.ts';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

async function buildInto(root: string | undefined, outDir: string): Promise<Rollup.OutputChunk[]> {
  const result = await build({
    ...(root ? { root, configFile: false, plugins: [react()] } : {}),
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true, manifest: true, sourcemap: false },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  return outputs.flatMap((o) => o.output.filter((c): c is Rollup.OutputChunk => c.type === 'chunk'));
}

/** Files the first page load fetches: the entry plus its static import closure, and their CSS. */
export function initialFiles(manifest: Record<string, ManifestChunk>): string[] {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    chunk.css?.forEach((css) => files.add(css));
    chunk.imports?.forEach(visit);
  };
  Object.entries(manifest)
    .filter(([, c]) => c.isEntry)
    .forEach(([key]) => visit(key));
  return [...files];
}

function compressedSizes(outDir: string) {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  let gzip = 0;
  let brotli = 0;
  for (const file of initialFiles(manifest)) {
    const bytes = readFileSync(join(outDir, file));
    gzip += gzipSync(bytes, { level: 9 }).length;
    brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return { gzip, brotli };
}

export async function runBundleBench(tmp: string): Promise<Figure[]> {
  const appDir = join(tmp, 'bundle-app');
  const baseDir = join(tmp, 'bundle-baseline');
  const chunks = await buildInto(undefined, appDir);
  await buildInto('bench/baseline', baseDir);
  const app = compressedSizes(appDir);
  const base = compressedSizes(baseDir);

  const modules = chunks
    .flatMap((c) =>
      Object.entries(c.modules).map(([id, m]) => ({ id, bytes: m.renderedLength, chunk: c.fileName })),
    )
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 10);
  console.log('\nTen largest modules (rendered bytes, before compression):');
  for (const m of modules)
    console.log(`  ${String(m.bytes).padStart(8)}  ${m.id.replace(process.cwd() + '/', '')}  [${m.chunk}]`);

  const budget = { on: 'ratio' as const, op: '<=' as const, limit: 1.25 };
  return [
    figure({
      bench: 'bundle',
      name: 'list route JS+CSS, gzip -9',
      unit: 'B',
      value: app.gzip,
      baseline: base.gzip,
      budget,
    }),
    figure({
      bench: 'bundle',
      name: 'list route JS+CSS, brotli 11',
      unit: 'B',
      value: app.brotli,
      baseline: base.brotli,
      budget,
    }),
  ];
}
