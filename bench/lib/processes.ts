// Child processes for the benchmarks: each prints one JSON line when it is ready, and all are killed
// when the benchmark ends, whatever happens.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

const children = new Set<ChildProcess>();
process.on('exit', () => children.forEach((c) => c.kill('SIGKILL')));

export async function startServe<T>(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ info: T; pid: number; stop(): void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/serve.ts', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.add(child);
  const info = await new Promise<T>((resolve, reject) => {
    let buffer = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const line = buffer.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve(JSON.parse(line) as T);
    });
    child.once('exit', (code) => reject(new Error(`bench/serve.ts ${args.join(' ')} exited with ${code}`)));
  });
  return {
    info,
    pid: child.pid ?? 0,
    stop() {
      child.kill('SIGTERM');
      children.delete(child);
    },
  };
}

/** The production build the app server serves; built once per run. */
export async function ensureAppBuild(tmp: string): Promise<string> {
  const outDir = join(tmp, 'app-dist');
  if (!existsSync(join(outDir, 'index.html'))) {
    await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true, sourcemap: false } });
  }
  return outDir;
}
