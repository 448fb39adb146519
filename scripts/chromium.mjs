// Locate a system Chromium for Playwright and the bench runner.
// Lookup order: $CHROMIUM_PATH, /usr/bin/chromium, then chromium / chromium-browser /
// google-chrome on PATH. Never downloads anything.
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Flags required in our environment (root, headless, no network side traffic). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const DEFAULT_PATH = '/usr/bin/chromium';
const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome'];

function isExecutable(file) {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function whichOnPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

/**
 * Returns the path of a usable Chromium executable, or undefined if none is found.
 * If CHROMIUM_PATH is set it wins, even if it does not exist (so a typo is loud, not silent).
 * @returns {string | undefined}
 */
export function chromiumPath() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : undefined;
  if (isExecutable(DEFAULT_PATH)) return DEFAULT_PATH;
  for (const name of PATH_NAMES) {
    const found = whichOnPath(name);
    if (found) return found;
  }
  return undefined;
}
