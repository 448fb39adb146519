import { test, expect } from './fixtures';
import { t, tError } from './pages/strings';

/**
 * Code that cannot load (offline, or a new release replaced it) and queries that fail show a
 * message with Retry — never "Loading…" forever — and Retry recovers once it can (issue 10).
 */

test('a section whose code cannot load says so, and Retry loads it', async ({ portal, page }) => {
  await portal.goto();
  await portal.loadDemo();
  const chunk = /\/_astro\/GroupsPage\.[\w-]+\.js$/;
  await page.route(chunk, (route) => route.abort());
  await portal.nav.getByRole('link', { name: t('nav.groups'), exact: true }).click();
  const alert = page.getByRole('main').getByRole('alert');
  await expect(alert).toContainText(tError('app.loadFailed'));
  await page.unroute(chunk);
  await alert.getByRole('button', { name: t('common.retry'), exact: true }).click();
  await expect(page.getByRole('tab', { name: t('groups.tab.organization') })).toBeVisible();
  await expect(alert).toBeHidden();
});

test('a live query whose area cannot load shows an error with Retry, not a blank section', async ({
  portal,
  page,
}) => {
  await portal.goto();
  await portal.loadDemo();
  // The areas' code chunks: the Actions page loads, its query's code does not.
  const areaCode = /\/_astro\/handlers\.[\w-]+\.js$/;
  await page.route(areaCode, (route) => route.abort());
  await portal.nav.getByRole('link', { name: t('nav.actions'), exact: true }).click();
  const alert = page.getByRole('main').getByRole('alert');
  await expect(alert).toContainText(tError('app.loadFailed'));
  await page.unroute(areaCode);
  await alert.getByRole('button', { name: t('common.retry'), exact: true }).click();
  await expect(alert).toBeHidden();
  await expect(page.getByRole('main').getByRole('table').first()).toBeVisible();
});

test('a job whose worker cannot load says so, and Retry reloads the page and runs it', async ({
  portal,
  page,
}) => {
  await portal.goto();
  await portal.loadDemo();
  // The jobs worker's script (an old page whose release was replaced, or offline uncached).
  const worker = /\/_astro\/jobs\.worker[\w.-]*\.js$/;
  await page.route(worker, (route) => route.abort());
  const dialog = await portal.openExportUsers();
  await dialog.request('all');
  const file = /kaizala-users-all-.*\.csv/;
  const alert = page.getByRole('alert').filter({ hasText: tError('app.loadFailed') });
  await expect(alert).toBeVisible();
  await page.unroute(worker);
  await alert.getByRole('button', { name: t('common.retry'), exact: true }).click();
  // The page reloaded, and the stored request ran in a new worker.
  await expect(alert).toBeHidden();
  const history = await portal.openExportHistory();
  await history.expectStatus(file, 'completed');
});
