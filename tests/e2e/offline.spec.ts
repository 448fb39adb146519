import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, PINNED_NOW } from './fixtures';
import { DEMO } from './pages/demo';
import { ExportHistory } from './pages/export-history';
import { ImportHistory } from './pages/import-history';
import { exportTenant, resetSandbox, restore } from './pages/tenant-data';
import { t, tError } from './pages/strings';

/**
 * Offline (SPEC §2, §14): after one visit, with the network off, every page of the build
 * loads from the service worker's cache with its islands running, and the portal's work —
 * import, export, tenant export and restore — goes on as online.
 */

// The rest of the suite blocks service workers (playwright.config.ts); these tests are about them.
test.use({ serviceWorkers: 'allow' });

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/**
 * Every page of the build (each index.html under dist/, at the address it is served from) with
 * its title, so a page added later is covered without a change here.
 */
function builtPages(dir = DIST, path = '/'): Array<{ path: string; title: string }> {
  return readdirSync(dir).flatMap((name) => {
    const file = join(dir, name);
    if (statSync(file).isDirectory()) return builtPages(file, `${path}${name}/`);
    if (name !== 'index.html') return [];
    const title = /<title>([^<]*)<\/title>/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
    return [{ path, title: title.replace(/&amp;/g, '&').replace(/&#39;/g, "'") }];
  });
}

/** Waits until the page is controlled by an activated service worker (its cache is full). */
async function controlledByWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
    );
  });
}

test('after one visit, every page of the build loads offline, islands and all', async ({
  page,
  context,
}) => {
  const pages = builtPages();
  // Guides boot their islands: a few seconds each on a busy 2-core machine.
  test.setTimeout(pages.length * 8_000);
  // The site's pages: the guides in both languages, the landing, the portal and templates.
  expect(pages.length).toBeGreaterThan(30);
  for (const must of ['/', '/portal/', '/pl/portal/', '/templates/', '/guides/directory/'])
    expect(pages.map((p) => p.path)).toContain(must);

  await page.goto('/');
  await controlledByWorker(page);
  await context.setOffline(true);

  // Any request that fails offline is a file the worker does not have.
  const failed: string[] = [];
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(r.url());
  });
  for (const { path, title } of pages) {
    // Pages are directories; the address may carry a query or a section.
    await page.goto(path.endsWith('portal/') ? `${path}?from=offline#settings` : path);
    await expect(page, path).toHaveTitle(title);
    await expect(page.getByRole('heading', { level: 1 }).first(), path).toBeAttached();
    // Every island's code ran (Astro drops `ssr` once an island has hydrated).
    await expect(page.locator('astro-island[ssr]'), path).toHaveCount(0);
    await expect(page.getByText(tError('app.loadFailed')), path).toHaveCount(0);
  }
  expect(failed).toEqual([]);
  // And the network was off indeed: an address the build does not have cannot load.
  await expect(page.goto('/not-in-the-build/')).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
});

test('offline, the portal imports, exports users and the tenant, and restores it', async ({
  portal,
  page,
  context,
}, testInfo) => {
  await portal.goto();
  await controlledByWorker(page);
  await context.setOffline(true);
  await page.reload();
  await portal.loadDemo();

  // Import: the file is checked and applied by the jobs worker, its code from the cache.
  const upload = await portal.openImportUsers('employee');
  await upload.selectFile('tests/fixtures/e2e/import-mixed.csv');
  await upload.upload();
  const imports = new ImportHistory(page);
  await imports.expectStatus('import-mixed.csv', 'completedWithErrors', 30_000);
  await portal.backToList();
  await expect(portal.status).toHaveText(t('directory.count', { count: DEMO.employeeCount + 3 }));

  // Export Users: the request completes and its file downloads.
  const request = await portal.openExportUsers();
  await request.request('all');
  const exports = new ExportHistory(page);
  const hour = PINNED_NOW.toISOString().slice(0, 13).replace('T', '-');
  const file = new RegExp(`kaizala-users-all-${hour}\\d\\d\\.csv`);
  await exports.expectStatus(file, 'completed');
  const users = await exports.download(file);
  expect(users.text).toContain(DEMO.anna.phone);

  // Tenant export, then a reset and the restore of that zip.
  const zip = await exportTenant(portal, page);
  const path = testInfo.outputPath(zip.name);
  await writeFile(path, zip.bytes);
  await resetSandbox(portal, page);
  await restore(page, path);
  await expect(portal.actingAs).toContainText(DEMO.anna.name);
  await portal.openDirectory();
  await expect(portal.status).toHaveText(t('directory.count', { count: DEMO.employeeCount + 3 }));
});
