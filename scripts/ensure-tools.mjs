// Make sure the system programs the tests need are here: Chromium (Playwright, benchmarks)
// and LibreOffice Calc (opens the CSVs the lab writes).
// Usage: node scripts/ensure-tools.mjs [chromium] [libreoffice]   (default: both)
// Never downloads a browser via Playwright. As root on Debian-like systems it may run
// `apt-get update && apt-get install -y <package>`; otherwise it says exactly what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { TOOLS, howToInstall, toolPath } from './tools.mjs';

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
  return spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
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
    // Debian's launcher scripts may print noise on stderr; only stdout matters.
    const out = execFileSync(path, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 60_000,
    });
    return out.trim().split('\n').pop()?.trim() || 'unknown version';
  } catch {
    return undefined;
  }
}

let aptUpdated = false;
let failed = false;
const wanted = process.argv.slice(2);
for (const tool of wanted.length > 0 ? wanted : Object.keys(TOOLS)) {
  const spec = TOOLS[tool];
  if (!spec) {
    console.error(`Unknown tool "${tool}"; known: ${Object.keys(TOOLS).join(', ')}`);
    process.exit(2);
  }
  if (process.env[spec.env] && !toolPath(tool)) {
    console.error(
      `${spec.env}=${process.env[spec.env]} is not an executable file.\n\n${howToInstall(tool)}`,
    );
    failed = true;
    continue;
  }
  let path = toolPath(tool);
  if (!path && isRoot() && isDebianLike() && hasAptGet()) {
    console.log(
      `${spec.label} not found; installing it with apt-get (Debian package "${spec.apt}").`,
    );
    if (
      (aptUpdated || (aptUpdated = run('apt-get', ['update']))) &&
      run('apt-get', ['install', '-y', spec.apt])
    )
      path = toolPath(tool);
  }
  if (!path) {
    console.error(howToInstall(tool));
    failed = true;
    continue;
  }
  const version = versionOf(path);
  if (!version) {
    console.error(`Found ${path} but \`${path} --version\` failed.\n\n${howToInstall(tool)}`);
    failed = true;
    continue;
  }
  console.log(`${tool}: ${path} (${version})`);
}
if (failed) process.exit(1);
