import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { PortalPage } from './pages/portal-page';
import { t, tError } from './pages/strings';
import { serveReleases, type Releases } from './releases';

/**
 * A new release (SPEC §2): its service worker waits, the page offers it ("A new version…
 * Reload"), and only Reload brings it, whole; a page keeps running the release it loaded. A
 * tab left on the old release that needs a chunk the new server no longer has says so, and
 * the kernel's Retry brings it the new release. Release A is the build; release B is A with
 * the Groups section's code changed (releases.ts), served on the same origin after A.
 */

test.use({ serviceWorkers: 'allow' });

let releases: Releases;
test.beforeEach(async ({}, testInfo) => {
  releases = await serveReleases(testInfo.outputPath('site'), /^GroupsPage\./);
});
test.afterEach(() => releases.close());

/** Opens the portal of the served release and waits until its service worker controls it. */
async function open(page: Page, hash = ''): Promise<PortalPage> {
  await page.goto(`${releases.origin}/portal/${hash}`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
    );
  });
  return new PortalPage(page);
}

/** The release the page runs: B's pages say so, A's pages say nothing. */
const release = (page: Page) =>
  page.evaluate(
    () => document.querySelector('meta[name="kl-release"]')?.getAttribute('content') ?? 'a',
  );

/** Names of the chunks the page has loaded. */
const loaded = (page: Page) =>
  page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));

test('a new release is offered, Reload brings it, and an old tab recovers with Retry', async ({
  context,
  page,
}) => {
  const portal = await open(page);
  await portal.loadDemo();
  const old = await open(await context.newPage(), '#directory');
  const oldTab = old.page;

  // The new release is deployed; the page looks for a new worker (it does so by itself on
  // every navigation and when it is looked at again).
  releases.use('b');
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  const banner = page.getByText(t('update.ready'), { exact: true });
  const reload = page.getByRole('button', { name: t('update.reload'), exact: true });
  await expect(banner).toBeVisible();
  await expect(reload).toBeVisible();
  await expect(oldTab.getByRole('button', { name: t('update.reload'), exact: true })).toBeVisible();

  // Until Reload, the page stays on release A, whole: Groups loads A's code from the cache,
  // though the server now has only B's.
  await portal.openSection('groups');
  await expect(page.getByRole('tab', { name: t('groups.tab.organization') })).toBeVisible();
  expect(await release(page)).toBe('a');
  const renamed = [...releases.renames.values()];
  expect((await loaded(page)).filter((url) => renamed.some((n) => url.endsWith(n)))).toEqual([]);

  // Reload: the waiting worker takes over and the page reloads on release B.
  await Promise.all([page.waitForEvent('load'), reload.click()]);
  expect(await release(page)).toBe('b');
  await expect(page.getByRole('tab', { name: t('groups.tab.organization') })).toBeVisible();
  expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).waiting)).toBe(null);
  await expect(banner).toBeHidden();

  // The old tab still runs A. A's Groups code is gone from the worker's cache (B replaced it)
  // and from the server; with the browser's HTTP cache cleared too, it cannot load: the
  // section says so, and Retry reloads the tab onto release B.
  const cdp = await context.newCDPSession(oldTab);
  await cdp.send('Network.clearBrowserCache');
  await old.nav.getByRole('link', { name: t('nav.groups'), exact: true }).click();
  const alert = oldTab.getByRole('main').getByRole('alert');
  await expect(alert).toContainText(tError('app.loadFailed'));
  expect(await release(oldTab)).toBe('a');
  await Promise.all([
    oldTab.waitForEvent('load'),
    alert.getByRole('button', { name: t('common.retry'), exact: true }).click(),
  ]);
  expect(await release(oldTab)).toBe('b');
  await expect(oldTab.getByRole('tab', { name: t('groups.tab.organization') })).toBeVisible();
});
