// Run before the e2e suite: makes sure a Chromium exists, installing Debian's package when we may.
import { execFileSync } from 'node:child_process';
import { canInstallDebianChromium, findChromium } from './chromium.ts';

const found = findChromium();
if (found) {
  console.log(`e2e: using Chromium at ${found}`);
} else if (canInstallDebianChromium()) {
  console.log('e2e: no Chromium found; installing Debian package "chromium" (about 20 s)...');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  const installed = findChromium();
  if (!installed) throw new Error('e2e: apt-get finished but /usr/bin/chromium is still missing.');
  console.log(`e2e: using Chromium at ${installed}`);
} else {
  console.error(
    'e2e: no Chromium found: set CHROMIUM_PATH to a Chromium binary, or run `npx playwright install chromium` (needs internet), or `sudo apt-get install chromium` on Debian/Ubuntu.',
  );
  process.exit(1);
}
