import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';

/** A file the page saved through a download. */
export interface SavedFile {
  name: string;
  bytes: Buffer;
  /** The bytes read as UTF-8; a BOM stays in front as `\uFEFF`. */
  text: string;
}

/** Runs `click` and returns the file the page downloads because of it. */
export async function saveDownload(page: Page, click: () => Promise<void>): Promise<SavedFile> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const bytes = await readFile(await download.path());
  return { name: download.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}

/** One CSV line as a spreadsheet writes it: fields with a comma or a quote are quoted. */
export function csvLine(fields: readonly (string | number)[]): string {
  return fields
    .map(String)
    .map((f) => (/[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f))
    .join(',');
}

/** Phone number of the `index`th generated user: `+4853…`, a range the demo does not use. */
export function bulkPhone(index: number): string {
  return `+4853${String(index).padStart(7, '0')}`;
}

/**
 * Writes a valid users file of `rows` new employees (Phone Number, Name, Employee ID) to
 * `path`, for imports that must run long enough to be watched, cancelled or interrupted.
 */
export async function writeBulkUsersCsv(path: string, rows: number): Promise<string> {
  const lines = ['Phone Number*,Name,Employee ID*'];
  for (let i = 0; i < rows; i++) lines.push(`${bulkPhone(i)},Bulk User ${i},B-${i}`);
  await writeFile(path, `${lines.join('\r\n')}\r\n`);
  return path;
}
