import { writeFile } from 'node:fs/promises';
import { test, expect, PINNED_NOW } from './fixtures';
import { DEMO } from './pages/demo';
import { ImportHistory } from './pages/import-history';
import { ExportHistory } from './pages/export-history';
import { t } from './pages/strings';

/** Directory → Export Users (SPEC §6), in the browser, and the file back through Import Users. */

const FILE = `kaizala-users-all-${PINNED_NOW.toISOString().slice(0, 10)}.csv`;
const EVERYONE = DEMO.employeeCount + DEMO.othersCount;

test('export users: a request, its history, the download, and the file re-imports unchanged', async ({
  portal,
  page,
}, testInfo) => {
  await portal.goto();
  await portal.loadDemo();

  const dialog = await portal.openExportUsers();
  await dialog.request('all');
  // The request goes straight to Export History.
  const history = new ExportHistory(page);
  await expect(history.root).toBeVisible();
  await history.expectStatus(FILE, 'completed');
  await expect(await history.cell(FILE, t('export.history.rows'))).toHaveText(
    EVERYONE.toLocaleString('en'),
  );
  await expect(await history.cell(FILE, t('export.history.by'))).toHaveText(DEMO.anna.name);

  const saved = await history.download(FILE);
  expect(saved.name).toBe(FILE);
  expect([...saved.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = saved.text.replace(/^\uFEFF/, '').split('\r\n');
  expect(lines[0]).toBe(
    `Phone Number,Name,Network,Source,Created,${DEMO.usersTemplateHeader
      .split(',')
      .slice(2)
      .map((h) => h.replace('*', ''))
      .join(',')}`,
  );
  expect(lines.at(-1)).toBe('');
  expect(lines.slice(1, -1).map((l) => l.split(',')[0])).toContain(DEMO.anna.phone);
  expect(lines.length).toBe(EVERYONE + 2);

  // The file goes back in as it is: every row unchanged, nobody moved between networks.
  const path = testInfo.outputPath(FILE);
  await writeFile(path, saved.bytes);
  // Into the Others tab on purpose: each row's Network decides, so nobody moves.
  await portal.backToList();
  await portal.openTab('Others');
  const upload = await portal.openImportUsers('others');
  await upload.selectFile(path);
  await upload.upload();
  const imports = new ImportHistory(page);
  await imports.expectStatus(FILE, 'completed', 60_000);
  expect(await imports.counts(FILE)).toEqual({
    read: EVERYONE,
    created: 0,
    updated: 0,
    unchanged: EVERYONE,
    failed: 0,
  });
  await portal.backToList();
  await expect(portal.status).toHaveText(t('directory.count', { count: DEMO.othersCount }));
});

test('only org admins export: a member has no Export Users', async ({ portal, page }) => {
  await portal.goto();
  await portal.loadDemo();
  await (await portal.openExportUsers()).request('employee');
  await expect(new ExportHistory(page).root).toBeVisible();
  await portal.actAs(DEMO.member.phone);
  await portal.backToList();
  await expect(portal.exportUsersButton()).toHaveCount(0);
});

test('Export History is reached by keyboard and its Download is a named button', async ({
  portal,
  page,
}) => {
  await portal.goto();
  await portal.loadDemo();
  // Enter opens the menu with its first item focused: Create New Request….
  await portal.exportUsersButton().focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('button', { name: t('directory.exportCreate'), exact: true }),
  ).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: t('export.title'), exact: true });
  await expect(dialog).toBeVisible();
  // Choose Others, Tab leaves the radio group for the submit button, Enter sends.
  await page.getByRole('radio', { name: t('export.scope.others'), exact: true }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: t('export.submit'), exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  const file = `kaizala-users-others-${PINNED_NOW.toISOString().slice(0, 10)}.csv`;
  const history = page.getByRole('region', { name: t('export.history.title'), exact: true });
  await expect(
    history.getByRole('button', { name: `${t('export.download')} ${file}`, exact: true }),
  ).toBeVisible({ timeout: 30_000 });
});
