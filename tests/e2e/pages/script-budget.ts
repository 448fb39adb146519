import { expect, type BrowserContext, type Page } from '@playwright/test';
import {
  BUDGETS,
  kb,
  listFiles,
  recordScripts,
  withoutIslandsHtml,
} from '../../../scripts/js-weight.mjs';

export { BUDGETS };

/** What one load fetched: its scripts (page and workers) and the lazy libraries among them. */
export interface ScriptLoad {
  name: string;
  total: number;
  files: { file: string; bytes: number; gzip: number }[];
  libraries: Record<string, string[]>;
}

/**
 * Records the scripts `context` fetches while `load` runs (page and Web Workers alike; each
 * body gzipped at level 9, see scripts/js-weight.mjs).
 */
export async function scriptsOf(
  context: BrowserContext,
  name: string,
  load: () => Promise<void>,
): Promise<ScriptLoad> {
  const recording = recordScripts(context);
  try {
    await load();
  } finally {
    await recording.stop();
  }
  return {
    name,
    total: recording.total(),
    files: recording.files(),
    libraries: recording.libraries(),
  };
}

/** Fails, listing every file and its size, when `load` fetched more than `budget` bytes gzipped. */
export function expectWithin(load: ScriptLoad, budget: number): void {
  const message = [
    `${load.name}: ${kb(load.total)} of JavaScript gzipped (level 9), budget ${kb(budget)}:`,
    ...listFiles(load.files),
  ].join('\n');
  expect(load.total, message).toBeLessThanOrEqual(budget);
}

/** Fails, naming the files, when `load` fetched any of the CSV, zip or phone libraries. */
export function expectNoLibraries(load: ScriptLoad): void {
  const found = Object.entries(load.libraries).map(([lib, files]) => `${lib}: ${files.join(', ')}`);
  expect(found, `${load.name} fetched libraries that load only when used`).toEqual([]);
}

/**
 * Guide pages as they would be without their island (a guide of text only; every guide has
 * one today): the browser gets the page's HTML without it (scripts/js-weight.mjs).
 */
export async function withoutIslands(page: Page): Promise<void> {
  await page.route(/\/guides\/[^?#]*$/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: withoutIslandsHtml(await response.text()) });
  });
}
