import { test, expect } from './fixtures';
import type { BrowserContext, Page } from '@playwright/test';
import type { Locale } from '../../src/domain/types';
import { GuidePage } from './pages/guide-page';
import { LandingPage } from './pages/landing-page';
import { PortalPage } from './pages/portal-page';
import { exportTenant } from './pages/tenant-data';
import {
  BUDGETS,
  expectNoLibraries,
  expectWithin,
  scriptsOf,
  withoutIslands,
} from './pages/script-budget';

/*
 * SPEC §14 "JavaScript": what a first visit makes the browser fetch, page and Web Workers
 * together, each script gzipped at level 9 (a static host's precompressed files). The CSV,
 * zip and phone libraries load only when used: never on these loads, and they do when a file
 * is checked or a tenant package written.
 */

const MIXED = 'tests/fixtures/e2e/import-mixed.csv';

/** Until the page and whatever its scripts started have stopped fetching. */
const settled = (page: Page) => page.waitForLoadState('networkidle');

for (const lang of ['en', 'pl'] as Locale[]) {
  test(`a guide without an island stays within ${BUDGETS.guideWithoutIsland / 1000} KB (${lang})`, async ({
    page,
    context,
  }) => {
    await withoutIslands(page);
    const guide = new GuidePage(page);
    const load = await scriptsOf(context, `guide without an island (${lang})`, async () => {
      await guide.goto('roles', lang);
      await settled(page);
    });
    expect(load.files.length, 'the guide runs its chrome scripts').toBeGreaterThan(0);
    expectNoLibraries(load);
    expectWithin(load, BUDGETS.guideWithoutIsland);

    // Search's UI loads when search is opened, and takes the reader's typing.
    const search = await scriptsOf(context, 'search opened', async () => {
      await guide.openSearch();
      await expect(guide.searchInput).toBeFocused();
    });
    expect(search.files.map((f) => f.file).join(' ')).toMatch(/ui-core/);
  });
}

/** Loads the demo organization through the portal: the loads below are a returning user's. */
async function loadDemo(page: Page): Promise<void> {
  const setup = new PortalPage(page);
  await setup.goto();
  await setup.loadDemo();
}

test('a guide with an island and the landing fetch none of the CSV, zip and phone libraries', async ({
  page,
  context,
}) => {
  // (A new organization's form does load the phone library: it checks the admin's number.)
  await loadDemo(page);
  const guide = new GuidePage(page);
  const withIsland = await scriptsOf(context, 'directory guide', async () => {
    await guide.goto('directory');
    await expect(guide.directory.rows().first()).toBeVisible();
    await settled(page);
  });
  expectNoLibraries(withIsland);
  for (const lang of ['en', 'pl'] as Locale[]) {
    const landing = new LandingPage(page, lang);
    const load = await scriptsOf(context, `landing (${lang})`, async () => {
      await landing.goto();
      await settled(page);
    });
    expectNoLibraries(load);
  }
});

/**
 * A returning admin opens the portal on Directory with the demo organization: what the page
 * and its workers fetch until the first rows are painted and the directory's worker, which
 * starts with them, has loaded (the page is quiet again).
 */
async function portalFirstLoad(page: Page, context: BrowserContext, lang: Locale = 'en') {
  await loadDemo(page);
  await page.close();
  const fresh = await context.newPage();
  const portal = new PortalPage(fresh);
  const load = await scriptsOf(context, `portal, Directory with the demo (${lang})`, async () => {
    const worker = fresh.waitForEvent('worker', (w) => /directory\.worker/.test(w.url()));
    await portal.goto(lang, 'directory');
    // The page models name things in English; any language's first row is a cell in a table.
    await expect(
      fresh.getByRole('tabpanel').getByRole('table').getByRole('cell').first(),
    ).toBeVisible();
    await worker;
    await settled(fresh);
  });
  expect(load.files.map((f) => f.file).join(' '), 'the directory worker is counted').toMatch(
    /directory\.worker/,
  );
  return { portal, load };
}

// Each language's page loads its own strings only (the Polish ones are the longer).
for (const lang of ['en', 'pl'] as Locale[]) {
  test(`the portal's first load stays within ${BUDGETS.portalFirstLoad / 1000} KB, workers included (${lang})`, async ({
    page,
    context,
  }) => {
    const { load } = await portalFirstLoad(page, context, lang);
    expectWithin(load, BUDGETS.portalFirstLoad);
    const other = lang === 'en' ? /\/pl\.[\w-]+\.js$/ : /\/en\.[\w-]+\.js$/;
    expect(
      load.files.filter((f) => other.test(f.file)),
      "the other language's strings",
    ).toEqual([]);
  });
}

test('the portal loads the CSV, zip and phone libraries only when used', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  const { portal, load } = await portalFirstLoad(page, context);
  expectNoLibraries(load);

  // Checking a users file reads CSV and phone numbers; a tenant package is a zip.
  const check = await scriptsOf(context, 'import check', async () => {
    const dialog = await portal.openImportUsers('employee');
    await dialog.selectFile(MIXED);
    await dialog.check();
  });
  expect(Object.keys(check.libraries).sort()).toEqual(['csv', 'phone']);
  await portal.page.keyboard.press('Escape');
  const zip = await scriptsOf(context, 'tenant export', async () => {
    await exportTenant(portal, portal.page);
  });
  expect(Object.keys(zip.libraries)).toContain('zip');
});
