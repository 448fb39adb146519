import type { Locator } from '@playwright/test';
import { test, expect } from './fixtures';
import { DEMO } from './pages/demo';
import { demoPhone } from '../../src/domain/demo';
import { ImportHistory } from './pages/import-history';
import { t, tIn } from './pages/strings';

/**
 * Issue 14's rough edges a new user tripped on (part B), as the user sees them: job
 * histories, feedback after Add user, the Incomplete badge, dates and numbers, the actor
 * popover, onboarding's focus and Select all.
 */

const MIXED = 'tests/fixtures/e2e/import-mixed.csv';
const MIXED_NAME = 'import-mixed.csv';
/** A demo employee without the mandatory Employee ID (the demo leaves every 41st so). */
const INCOMPLETE = demoPhone(40);

/** WCAG contrast ratio of an element's text colour on a background colour (CSS rgb()). */
async function contrast(el: Locator, background: string): Promise<number> {
  return el.evaluate((node, bg) => {
    const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = (css: string) => {
      const [r, g, b] = rgb(css).map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const [a, b] = [lum(getComputedStyle(node).color), lum(bg)].sort((x, y) => y - x);
    return (a! + 0.05) / (b! + 0.05);
  }, background);
}

test('job histories: Completed with errors is a warning, downloads are buttons, the table fits a guide', async ({
  portal,
  page,
}) => {
  await portal.goto();
  await portal.loadDemo();
  const dialog = await portal.openImportUsers('employee');
  await dialog.selectFile(MIXED);
  await dialog.check();
  await dialog.upload();
  const history = new ImportHistory(page);
  await history.expectStatus(MIXED_NAME, 'completedWithErrors', 30_000);

  const badge = history.status(MIXED_NAME);
  // Not the success colour: the warning's, readable on its own background in both themes.
  await expect(badge).toHaveCSS('color', 'rgb(122, 75, 0)');
  const bg = await badge.evaluate((n) => getComputedStyle(n).backgroundColor);
  expect(await contrast(badge, bg)).toBeGreaterThanOrEqual(4.5);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  const darkBg = await badge.evaluate((n) => getComputedStyle(n).backgroundColor);
  expect(await contrast(badge, darkBg)).toBeGreaterThanOrEqual(4.5);
  await page.evaluate(() => document.documentElement.removeAttribute('data-theme'));

  // Download and Download error log: bordered buttons in the link colour, not plain text.
  const row = history.row(MIXED_NAME);
  for (const name of [t('import.downloadOriginal'), t('import.downloadErrorLog')]) {
    const button = row.getByRole('button', { name: `${name} ${MIXED_NAME}`, exact: true });
    await expect(button).toBeVisible();
    await expect(button).not.toHaveCSS('border-top-color', 'rgba(0, 0, 0, 0)');
    await expect(button).toHaveCSS('border-top-style', 'solid');
  }

  // Inside a guide the history is one card per job: every column shown, nothing to the side.
  await page.goto('/guides/import-history/');
  const inGuide = new ImportHistory(page);
  await inGuide.expectStatus(MIXED_NAME, 'completedWithErrors');
  const wrapper = inGuide.root.locator('.kl-scroll-x');
  const fits = await wrapper.evaluate((n) => n.scrollWidth <= n.clientWidth);
  expect(fits).toBe(true);
  const box = (await wrapper.boundingBox())!;
  const cells = inGuide.row(MIXED_NAME).getByRole('cell');
  await expect(cells).toHaveCount(10);
  for (const cell of await cells.all()) {
    const b = await cell.boundingBox();
    if (!b) continue;
    expect(b.x + b.width).toBeLessThanOrEqual(box.x + box.width + 1);
  }
  // Each value is labelled with its column, read from the header.
  await expect(await inGuide.cell(MIXED_NAME, t('import.count.failed'))).toHaveAttribute(
    'data-label',
    t('import.count.failed'),
  );
  await inGuide.root.screenshot({ path: 'test-results/rough-edges-history-in-guide.png' });
});

test('Add one user: the result comes into view and takes the focus', async ({ portal, page }) => {
  await portal.goto();
  await portal.loadDemo();
  await page.setViewportSize({ width: 1000, height: 600 });
  const dialog = await portal.openAddOne();
  await dialog.fillOne({
    phone: '512 000 999',
    name: 'Nowa Osoba',
    attributes: { 'Employee ID *': 'CL-999' },
  });
  await dialog.submitOne();
  const result = dialog.root.getByRole('status');
  await expect(result).toHaveText(t('add.added', { phone: '+48512000999' }));
  await expect(result).toBeFocused();
  await expect(result).toBeInViewport();
});

test('Incomplete is explained and leaves the name readable; dates in one style; numbers in Polish', async ({
  portal,
  page,
}) => {
  await portal.goto();
  await portal.loadDemo();
  const row = await portal.find(INCOMPLETE);
  const badge = portal.incompleteBadge(INCOMPLETE);
  const hint = t('directory.incompleteHint', { attributes: 'Employee ID' });
  await expect(badge).toHaveAttribute('title', hint);
  await expect(badge).toHaveText(t('directory.incomplete') + hint);
  await expect(portal.incompleteLegend()).toContainText(
    t('directory.incompleteLegend', { attributes: 'Employee ID' }),
  );
  await page.getByRole('tabpanel').screenshot({ path: 'test-results/rough-edges-incomplete.png' });
  // The name is not cut short by the badge.
  const name = row.getByRole('cell').nth(2).locator('.kl-truncate');
  expect(await name.evaluate((n) => n.scrollWidth <= n.clientWidth)).toBe(true);
  // A complete user has neither badge nor legend.
  await portal.find(DEMO.anna.phone);
  await expect(portal.incompleteLegend()).toHaveCount(0);

  // Dates: the date attribute in the same style as Created (Mar 1, 2026).
  await portal.selectColumns(['Date of joining', t('column.createdAt')]);
  const anna = await portal.find(DEMO.anna.phone);
  const style = /^[A-Z][a-z]{2} \d{1,2}, \d{4}$/;
  await expect(anna.getByRole('cell').nth(3)).toHaveText(style);
  await expect(anna.getByRole('cell').nth(4)).toHaveText(style);

  // Polish: a number attribute is written with a space and a decimal comma.
  await portal.selectColumns(['Salary band']);
  await portal.goto('pl');
  const add = page.getByRole('button', { name: tIn('pl', 'directory.addUsers'), exact: true });
  await add.click();
  await page.getByRole('button', { name: tIn('pl', 'directory.addUsersManual') }).click();
  const form = page.getByRole('dialog');
  await form.getByLabel(tIn('pl', 'field.phone'), { exact: true }).fill('512 000 998');
  await form.getByLabel(tIn('pl', 'field.name'), { exact: true }).fill('Liczba Testowa');
  await form.getByLabel('Employee ID *', { exact: true }).fill('CL-998');
  await form.getByLabel('Salary band', { exact: true }).fill('12345.5');
  await form.getByRole('button', { name: tIn('pl', 'add.submitOne'), exact: true }).click();
  await expect(form.getByRole('status')).toBeFocused();
  await page.keyboard.press('Escape');
  await page.getByRole('searchbox').fill('512000998');
  await expect(
    page.getByRole('row').filter({ hasText: '+48512000998' }).getByRole('cell').nth(3),
  ).toHaveText('12\u00a0345,5');
});

test('the actor popover closes on Escape (focus back on its button) and on a click outside', async ({
  portal,
  page,
}) => {
  await portal.goto();
  await portal.loadDemo();
  const popover = page.getByRole('dialog', { name: t('actor.switch') });
  await portal.actingAs.click();
  await expect(popover.getByLabel(t('actor.search'))).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await expect(portal.actingAs).toBeFocused();
  await expect(portal.actingAs).toHaveAttribute('aria-expanded', 'false');

  await portal.actingAs.click();
  await expect(popover).toBeVisible();
  await portal.sectionTitle.click();
  await expect(popover).toBeHidden();
  // A click inside keeps it open.
  await portal.actingAs.click();
  await popover.getByLabel(t('actor.search')).click();
  await expect(popover).toBeVisible();
});

test('onboarding: an empty submit puts the focus on the first invalid field', async ({
  portal,
}) => {
  await portal.goto();
  const form = portal.onboarding;
  await form.getByRole('button', { name: t('onboarding.create'), exact: true }).click();
  const orgName = form.getByLabel(t('field.orgName'), { exact: true });
  await expect(orgName).toBeFocused();
  await expect(orgName).toHaveAttribute('aria-invalid', 'true');
  // Announced with its error, which a screen reader reads as the field's description.
  const description = await orgName.evaluate(
    (n) => document.getElementById(n.getAttribute('aria-describedby')!.split(' ')[0]!)!.textContent,
  );
  expect(description).toBeTruthy();
  await expect(orgName).toHaveAccessibleDescription(description!);
  // Enter pressed in a later valid field still goes back to the first invalid one.
  await form.getByLabel(t('onboarding.adminName'), { exact: true }).fill('Ola');
  await form.getByLabel(t('onboarding.adminName'), { exact: true }).press('Enter');
  await expect(orgName).toBeFocused();
});

test('Directory: Select all takes the filtered list, at most 100, from the keyboard', async ({
  portal,
  page,
}) => {
  await portal.goto();
  await portal.loadDemo();
  const all = portal.selectAllButton();
  await expect(all).toHaveText(t('directory.selectFirst', { max: 100 }));
  await all.focus();
  await page.keyboard.press('Enter');
  await expect(portal.selectionBar).toContainText(t('directory.selected', { count: 100 }));
  await expect(portal.status).toHaveText(
    t('directory.selectedFirst', { max: 100, count: DEMO.employeeCount }),
  );
  await portal.selectionBar
    .getByRole('button', { name: t('directory.clearSelection'), exact: true })
    .click();

  // A filter: every match is taken, except the acting user (who cannot delete themselves).
  await portal.search('Anna');
  // The list is virtual: the count comes from the status line, not the rows on screen.
  const matches = Number((await portal.status.innerText()).match(/\d+/)![0]);
  expect(matches).toBeGreaterThan(1);
  await expect(all).toHaveText(t('directory.selectAll', { count: matches }));
  await all.click();
  await expect(portal.selectionBar).toContainText(t('directory.selected', { count: matches - 1 }));
  await expect(portal.row(DEMO.anna.phone).getByRole('checkbox')).not.toBeChecked();
});
