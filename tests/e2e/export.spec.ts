import { writeFile } from 'node:fs/promises';
import { test, expect, PINNED_NOW } from './fixtures';
import { DEMO } from './pages/demo';
import { ImportHistory } from './pages/import-history';
import { ExportHistory } from './pages/export-history';
import { t } from './pages/strings';

/** Directory → Export Users (SPEC §6), in the browser, and the file back through Import Users. */

/**
 * A file named for what it holds and the day and minute it was made: the pinned clock's day
 * and hour (UTC, the browser's time zone), any minute (the clock runs on from there).
 */
const HOUR = PINNED_NOW.toISOString().slice(0, 13).replace('T', '-');
const fileOf = (scope: string) => new RegExp(`kaizala-users-${scope}-${HOUR}\\d\\d\\.csv`);
const FILE = fileOf('all');
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
  await expect(await history.cell(FILE, t('job.history.file'))).toContainText(
    t('export.history.rows', { count: EVERYONE }),
  );
  await expect(await history.cell(FILE, t('export.history.by'))).toHaveText(DEMO.anna.name);

  const saved = await history.download(FILE);
  expect(saved.name).toMatch(new RegExp(`^${FILE.source}$`));
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
  const path = testInfo.outputPath(saved.name);
  await writeFile(path, saved.bytes);
  // Into the Others tab on purpose: each row's Network decides, so nobody moves.
  await portal.backToList();
  await portal.openTab('Others');
  const upload = await portal.openImportUsers('others');
  await upload.selectFile(path);
  await upload.upload();
  const imports = new ImportHistory(page);
  await imports.expectStatus(saved.name, 'completed', 60_000);
  expect(await imports.counts(saved.name)).toEqual({
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
  // The open history gives way to a notice: the requests are org admins' only.
  await expect(page.getByText(t('export.orgAdminsOnly'))).toBeVisible();
  await expect(new ExportHistory(page).root).toHaveCount(0);
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
  const history = page.getByRole('region', { name: t('export.history.title'), exact: true });
  await expect(
    history.getByRole('button', {
      name: new RegExp(`^${t('export.download')} ${fileOf('others').source}$`),
    }),
  ).toBeVisible({ timeout: 30_000 });
});

test('the menu is walked with the arrow keys; a new view takes the focus and Back returns it', async ({
  portal,
  page,
}) => {
  await portal.goto();
  await portal.loadDemo();
  await portal.exportUsersButton().focus();
  await page.keyboard.press('Enter');
  const create = page.getByRole('button', { name: t('directory.exportCreate'), exact: true });
  const view = page.getByRole('button', { name: t('directory.exportHistory'), exact: true });
  await expect(create).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(view).toBeFocused();
  await page.keyboard.press('ArrowDown'); // wraps round to the first item
  await expect(create).toBeFocused();
  await page.keyboard.press('End');
  await expect(view).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { name: t('export.history.title'), exact: true }),
  ).toBeFocused();
  await portal.backToList();
  await expect(page.getByRole('searchbox', { name: t('directory.search') })).toBeFocused();
});
