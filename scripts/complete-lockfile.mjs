// Completes package-lock.json with the other platforms' optional binaries.
//
// The registry these machines reach does not carry every platform build (for example
// @pagefind/darwin-arm64@1.6.0 is missing), so npm leaves those optional packages out of the
// lock file, and `npm ci` then refuses the lock as out of sync with package.json (npm/cli#8320,
// #8805). Each missing package is added as an optional entry limited to its platform, which
// `npm ci` skips on every other machine. Run after `npm install`; `--check` only reports.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const path = join(root, 'package-lock.json');
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;

/** os / cpu / libc of a platform package, read from the end of its name. */
function platformOf(name) {
  const tail = name.split('/').pop();
  const os = [
    'darwin',
    'linux',
    'win32',
    'windows',
    'freebsd',
    'android',
    'openbsd',
    'sunos',
    'aix',
  ].find((o) => tail.includes(o));
  const cpu = [
    'arm64',
    'x64',
    'ia32',
    'arm',
    'wasm32',
    'ppc64',
    's390x',
    'riscv64',
    'loong64',
  ].find((c) => new RegExp(`(^|-)${c}(-|$)`).test(tail));
  const entry = {};
  if (os) entry.os = [os === 'windows' ? 'win32' : os];
  if (cpu) entry.cpu = [cpu];
  if (tail.endsWith('-musl')) entry.libc = ['musl'];
  else if (tail.endsWith('-gnu')) entry.libc = ['glibc'];
  return entry;
}

/** Where npm would look for `dep` required by the package at `from` (nested first, then up). */
function resolves(from, dep) {
  let base = from;
  for (;;) {
    if (packages[`${base ? `${base}/` : ''}node_modules/${dep}`]) return true;
    if (!base) return false;
    const i = base.lastIndexOf('/node_modules/');
    base = i === -1 ? '' : base.slice(0, i);
  }
}

const added = [];
for (const [from, pkg] of Object.entries(packages)) {
  for (const [dep, spec] of Object.entries(pkg.optionalDependencies ?? {})) {
    if (resolves(from, dep) || !/^\d+\.\d+\.\d+/.test(spec)) continue;
    const platform = platformOf(dep);
    if (!platform.os && !platform.cpu) continue;
    packages[`node_modules/${dep}`] = { version: spec, optional: true, ...platform };
    added.push(`${dep}@${spec}`);
  }
}

if (process.argv.includes('--check')) {
  if (added.length > 0) {
    console.error(
      `package-lock.json lacks ${added.length} platform packages (${added.join(', ')}).`,
    );
    console.error('Run `node scripts/complete-lockfile.mjs` and commit the lock file.');
    process.exit(1);
  }
} else if (added.length > 0) {
  lock.packages = Object.fromEntries(
    Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)),
  );
  writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`added ${added.length} platform entries: ${added.join(', ')}`);
}
