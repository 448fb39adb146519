// Locate a system Chromium for Playwright and the bench runner (see tools.mjs).
import { toolPath } from './tools.mjs';

/** Flags required in our environment (root, headless, no network side traffic). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Returns the path of a usable Chromium executable, or undefined if none is found.
 * If CHROMIUM_PATH is set it wins, even if it does not exist (so a typo is loud, not silent).
 * @returns {string | undefined}
 */
export function chromiumPath() {
  return toolPath('chromium');
}
