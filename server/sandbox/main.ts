// `npm run sandbox`: the three fake providers on 127.0.0.1 until SIGINT/SIGTERM. No logic here.
import { sandboxBanner } from './banner.ts';
import { parseSandboxEnv } from './env.ts';
import { startSandboxServers } from './start-servers.ts';

async function main(): Promise<void> {
  const running = await startSandboxServers(parseSandboxEnv(process.env));
  for (const line of sandboxBanner(running.urls)) console.log(line);
  const stop = () => {
    void running.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
