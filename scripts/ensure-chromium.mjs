// Make sure a system Chromium is available for Playwright / the bench runner.
// Usage: node scripts/ensure-chromium.mjs
// Never downloads a browser via Playwright. As root on Debian-like systems it may
// run `apt-get update && apt-get install -y chromium`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chromiumPath } from './chromium.mjs';

const HOW_TO_FIX = [
  'Chromium was not found. Install it, or point CHROMIUM_PATH at an existing Chrome/Chromium:',
  '',
  '  sudo apt-get install -y chromium',
  '',
  '  or: export CHROMIUM_PATH=/path/to/chrome',
  '',
  'Lookup order: $CHROMIUM_PATH, /usr/bin/chromium, then chromium, chromium-browser,',
  'google-chrome on $PATH. (Do not run `npx playwright install`; we use the system browser.)',
].join('\n');

function fail(message) {
  console.error(message);
  process.exit(1);
}

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function isDebianLike() {
  if (existsSync('/etc/debian_version')) return true;
  try {
    const osRelease = readFileSync('/etc/os-release', 'utf8');
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(osRelease);
  } catch {
    return false;
  }
}

function hasAptGet() {
  const r = spawnSync('apt-get', ['--version'], { stdio: 'ignore' });
  return r.status === 0;
}

function run(cmd, args) {
  console.log(`$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return r.status === 0;
}

function versionOf(path) {
  try {
    // Debian's launcher script may print shell noise on stderr; only stdout matters.
    const out = execFileSync(path, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 30_000,
    });
    return out.trim().split('\n').pop()?.trim() || 'unknown version';
  } catch {
    return undefined;
  }
}

const envPath = process.env.CHROMIUM_PATH;
if (envPath && !chromiumPath()) {
  fail(`CHROMIUM_PATH=${envPath} is not an executable file.\n\n${HOW_TO_FIX}`);
}

let path = chromiumPath();

if (!path) {
  if (isRoot() && isDebianLike() && hasAptGet()) {
    console.log('Chromium not found; installing it with apt-get (Debian package "chromium").');
    if (run('apt-get', ['update']) && run('apt-get', ['install', '-y', 'chromium'])) {
      path = chromiumPath();
    }
  }
}

if (!path) fail(HOW_TO_FIX);

const version = versionOf(path);
if (!version) fail(`Found ${path} but \`${path} --version\` failed.\n\n${HOW_TO_FIX}`);

console.log(`chromium: ${path} (${version})`);
