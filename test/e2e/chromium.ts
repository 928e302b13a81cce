import { execFileSync, execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome'];

function which(): string | undefined {
  const env = process.env.CHROMIUM_PATH;
  if (env) {
    if (!existsSync(env)) throw new Error(`CHROMIUM_PATH is set to ${env}, which does not exist.`);
    return env;
  }
  return CANDIDATES.find((p) => existsSync(p));
}

/**
 * The Chromium to test with. Browsers are never downloaded: when none is found and we are root
 * with apt-get, Debian's `chromium` package is installed; otherwise we stop with one instruction.
 */
export function findChromium(): string {
  const found = which();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  let hasApt = false;
  try {
    execFileSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' });
    hasApt = true;
  } catch { /* no apt-get */ }
  if (isRoot && hasApt) {
    console.log('No Chromium found: installing Debian\'s chromium package (apt-get install -y chromium)…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
    const installed = which();
    if (installed) return installed;
  }
  throw new Error('No Chromium found: install it (Debian: sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.');
}

/** Flags Chromium needs as root on these machines (no sandbox, no GPU, no network chatter). */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
