// Locate the system programs the tests drive: Chromium (Playwright, benchmarks) and
// LibreOffice (a real spreadsheet opens the CSVs the lab writes). Never downloads anything.
// Chromium: $CHROMIUM_PATH, /usr/bin/chromium, then chromium / chromium-browser /
// google-chrome on PATH. LibreOffice: $SOFFICE_PATH, /usr/bin/soffice, then soffice /
// libreoffice on PATH.
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

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
 * The tools, with where to look and how to install them on Debian.
 * @type {Record<string, { env: string, paths: string[], names: string[], apt: string, label: string }>}
 */
export const TOOLS = {
  chromium: {
    label: 'Chromium',
    env: 'CHROMIUM_PATH',
    paths: ['/usr/bin/chromium'],
    names: ['chromium', 'chromium-browser', 'google-chrome'],
    apt: 'chromium',
  },
  libreoffice: {
    label: 'LibreOffice Calc',
    env: 'SOFFICE_PATH',
    paths: ['/usr/bin/soffice'],
    names: ['soffice', 'libreoffice'],
    apt: 'libreoffice-calc-nogui',
  },
};

/**
 * The path of a usable executable of `tool`, or undefined if none is found. Its environment
 * variable wins when set, even if it does not exist (so a typo is loud, not silent).
 * @param {keyof typeof TOOLS} tool
 * @returns {string | undefined}
 */
export function toolPath(tool) {
  const spec = TOOLS[tool];
  const fromEnv = process.env[spec.env];
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : undefined;
  for (const path of spec.paths) if (isExecutable(path)) return path;
  for (const name of spec.names) {
    const found = whichOnPath(name);
    if (found) return found;
  }
  return undefined;
}

/** What to do when `tool` is missing, word for word. */
export function howToInstall(tool) {
  const spec = TOOLS[tool];
  return [
    `${spec.label} was not found. Install it, or point ${spec.env} at an existing one:`,
    '',
    `  sudo apt-get install -y ${spec.apt}`,
    '',
    `  or: export ${spec.env}=/path/to/${spec.names[0]}`,
  ].join('\n');
}
