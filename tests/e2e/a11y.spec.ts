import type { Page } from '@playwright/test';
import { test, expect as baseExpect } from './fixtures';
import { builtGuidePaths, expectAccessible, OPEN_DIALOG } from './pages/axe';
import { DEMO } from './pages/demo';
import { deleteConfirm } from './pages/dialogs';
import { GroupsPage } from './pages/groups-page';
import { GroupUploadDialog } from './pages/group-upload-dialog';
import { TemplatesPage } from './pages/import-templates-page';
import { LandingPage } from './pages/landing-page';
import { PracticePage } from './pages/practice-page';
import { pathIn, type PortalPage, type Section } from './pages/portal-page';
import { t, tIn } from './pages/strings';

/*
 * SPEC §14 "Accessibility": axe-core finds no WCAG 2.1 AA violation on any page of the built
 * site, in any dialog state, in either language, and in the light and the dark theme. Each test
 * walks many states in one page (one demo load each), and reports every state that fails.
 */

const MIXED = 'tests/fixtures/e2e/import-mixed.csv';
const NOT_CSV = 'tests/fixtures/import/pdf.csv';
const BAD_TEMPLATE = 'tests/fixtures/e2e/templates-bad.csv';
const BAD_MAPPING = 'tests/fixtures/e2e/groups-bad-mapping.csv';
const BAD_PARENTS = 'tests/fixtures/e2e/groups-bad-parents.csv';
/** A group of the demo at the top of the hierarchy, so its link is on the first screen. */
const TOP_GROUP = 'Head office';
/** The number "601 100 300" read in Poland, which the groups walk adds to TOP_GROUP. */
const ADDED_MEMBER = '+48601100300';
const BAD_TENANT = 'tests/fixtures/tenant/byte-changed.zip';

// Waits as long as the slowest island takes to draw on a loaded 2-core machine.
const expect = baseExpect.configure({ timeout: 20_000 });

// Independent tests (each starts from an empty sandbox): two workers share them.
test.describe.configure({ mode: 'parallel', timeout: 600_000 });

/** Closes the open dialog as a keyboard user would (Escape) and waits until it is gone. */
async function escape(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(page.locator(OPEN_DIALOG)).toHaveCount(0);
}

/** Checks the open dialog(s) in `state`, then closes them. */
async function checkDialog(page: Page, state: string): Promise<void> {
  await expect(page.locator(OPEN_DIALOG).first()).toBeVisible();
  await expectAccessible(page, state, { within: OPEN_DIALOG });
  while ((await page.locator(OPEN_DIALOG).count()) > 0) await page.keyboard.press('Escape');
}

test('every page of an empty sandbox, in English and Polish', async ({ page, portal }) => {
  await page.goto('/no-such-page/');
  await expectAccessible(page, '404');
  for (const lang of ['en', 'pl'] as const) {
    await new LandingPage(page, lang).goto();
    await expectAccessible(page, `${lang} landing`);
    await portal.goto(lang);
    await expect(page.getByRole('region', { name: tIn(lang, 'onboarding.title') })).toBeVisible();
    await expectAccessible(page, `${lang} portal, onboarding`);
    await page.goto(pathIn(lang, '/guides/directory/'));
    await expectAccessible(page, `${lang} directory guide, onboarding in its island`);
    await new PracticePage(page, lang).goto();
    await expectAccessible(page, `${lang} practice`);
    const templates = new TemplatesPage(page, lang);
    await templates.goto();
    await expectAccessible(page, `${lang} templates`);
    await templates.check(BAD_TEMPLATE);
    await expect(templates.report.problems).toBeVisible();
    await expectAccessible(page, `${lang} templates, check result with problems`);
  }
  // Onboarding's states: a refused organization, a refused restore.
  await portal.goto('en');
  await portal.onboarding.getByRole('button', { name: t('onboarding.create') }).click();
  // Refused: each field says what is wrong, and the first one to fix has the focus.
  const orgName = portal.onboarding.getByLabel(t('field.orgName'), { exact: true });
  await expect(orgName).toHaveAttribute('aria-invalid', 'true');
  await expect(orgName).toBeFocused();
  const restore = page.getByRole('form', { name: t('tenant.restore.title') });
  await restore.getByLabel(t('tenant.restore.file')).setInputFiles(BAD_TENANT);
  await restore.getByRole('button', { name: t('tenant.restore.submit'), exact: true }).click();
  await expect(restore.getByRole('alert')).toBeVisible({ timeout: 30_000 });
  await expectAccessible(page, 'portal onboarding, refused organization and restore');
});

test('every guide with the demo organization, in English and Polish', async ({ page, portal }) => {
  await portal.goto();
  await portal.loadDemo();
  const paths = [...builtGuidePaths('en'), ...builtGuidePaths('pl')];
  expect(paths.length).toBeGreaterThanOrEqual(30);
  for (const path of paths) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessible(page, path);
  }
  for (const lang of ['en', 'pl'] as const) {
    await new LandingPage(page, lang).goto();
    await expectAccessible(page, `${lang} landing, sandbox holding the demo`);
  }
});

/** Clicks the tab named `name` and waits until it is the selected one. */
async function openTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tab', { name, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

/** Every portal section, a group's page with each tab, and each report tab, in one language. */
async function tourPortal(page: Page, portal: PortalPage, lang: 'en' | 'pl'): Promise<void> {
  const sections: Section[] = ['directory', 'groups', 'actions', 'connectors', 'settings'];
  await portal.goto(lang, 'directory');
  await expect(portal.list).toBeVisible();
  for (const section of sections) {
    await page.goto(pathIn(lang, `/portal/#${section}`));
    await expect(page.locator('#kl-section-title')).toHaveText(tIn(lang, `nav.${section}`));
    await expectAccessible(page, `${lang} portal, ${section}`);
  }
  await page.goto(pathIn(lang, '/portal/#reports'));
  for (const tab of ['adoption', 'trends', 'activity', 'cards', 'audit', 'tenant'] as const) {
    await openTab(page, tIn(lang, `report.tab.${tab}`));
    await expectAccessible(page, `${lang} portal, reports, ${tab}`);
  }
  await page.goto(pathIn(lang, '/portal/#groups'));
  await page.getByRole('main').getByRole('link', { name: TOP_GROUP, exact: true }).click();
  await expect(page.getByRole('main').getByRole('heading', { level: 3 })).toHaveText(TOP_GROUP);
  for (const tab of ['users', 'subgroups', 'connectors', 'actions', 'conversation', 'reports']) {
    await openTab(page, tIn(lang, `group.tab.${tab}` as 'group.tab.users'));
    await expectAccessible(page, `${lang} portal, group page, ${tab}`);
  }
}

test('every portal section with the demo organization, in English and Polish', async ({
  page,
  portal,
}) => {
  await portal.goto();
  await portal.loadDemo();
  await tourPortal(page, portal, 'en');
  await tourPortal(page, portal, 'pl');
});

test('the directory’s dialogs, views and the Acting as popover', async ({ page, portal }) => {
  await portal.goto();
  await portal.loadDemo();

  await portal.addUsersButton.click();
  await expectAccessible(page, 'Add Users menu open', { within: '.kl-menu' });
  await page.keyboard.press('Escape');

  const add = await portal.openAddOne();
  await expectAccessible(page, 'Add users, one user', { within: OPEN_DIALOG });
  await add.submitOne();
  await expect(add.problems.first()).toBeVisible();
  await expectAccessible(page, 'Add users, one user refused', { within: OPEN_DIALOG });
  await add.close();
  const list = await portal.addUsersList('PL', '601 100 200, 12, +48601100201');
  await expect(list.results).toBeVisible();
  await checkDialog(page, 'Add users, list with results');

  const imp = await portal.openImportUsers();
  await expectAccessible(page, 'Import users', { within: OPEN_DIALOG });
  await imp.selectFile(MIXED);
  await imp.check();
  await expect(imp.report.problems).toBeVisible();
  await expectAccessible(page, 'Import users, check with problems', { within: OPEN_DIALOG });
  await imp.selectFile(NOT_CSV);
  await imp.check();
  await expect(imp.report.fatal).toBeVisible();
  await expectAccessible(page, 'Import users, file refused', { within: OPEN_DIALOG });
  await escape(page);

  await portal.openExportUsers();
  await checkDialog(page, 'Export users request');
  await portal.openMore('selectColumns');
  await checkDialog(page, 'Select columns');

  const details = await portal.openUser(DEMO.rahul.phone);
  await expectAccessible(page, 'User details', { within: OPEN_DIALOG });
  await details.root.getByRole('button', { name: t('details.edit'), exact: true }).click();
  // A name may be empty; one a spreadsheet would run as a formula is refused.
  await details.root.getByLabel(t('field.name'), { exact: true }).fill('=1+1');
  await details.root.getByRole('button', { name: t('common.save'), exact: true }).click();
  await expect(details.root.getByRole('alert').first()).toBeVisible();
  await expectAccessible(page, 'Edit user, refused', { within: OPEN_DIALOG });
  await details.root.getByRole('button', { name: t('common.cancel'), exact: true }).click();
  const confirm = await details.delete();
  await expect(confirm.root).toBeVisible();
  await checkDialog(page, 'User details, delete confirmation');

  await portal.search('');
  await portal.selectUser(DEMO.rahul.phone);
  await portal.search('');
  await expectAccessible(page, 'Directory with a selection');
  await portal.startDeleteSelected(1);
  await expect(deleteConfirm(page, 1).root).toBeVisible();
  await checkDialog(page, 'Delete selected, confirmation');

  const attributes = await portal.openManageAttributes();
  await attributes.addCustom({ name: '', type: 'yesno' });
  await attributes.save();
  await expect(attributes.problems).toBeVisible();
  await expectAccessible(page, 'Manage attributes, refused draft');
  await attributes.root
    .getByRole('button', { name: `${t('common.remove')} Department`, exact: true })
    .click();
  await checkDialog(page, 'Manage attributes, remove confirmation');
  await portal.backToList();

  await portal.openImportHistory();
  await expectAccessible(page, 'Import history');
  await portal.backToList();
  await portal.openExportHistory();
  await expectAccessible(page, 'Export history');
  await portal.backToList();
  await portal.openDeletedUsers();
  await expectAccessible(page, 'Deleted users');
  await portal.backToList();

  await portal.actingAs.click();
  const popover = page.getByRole('dialog', { name: t('actor.switch') });
  await popover.getByLabel(t('actor.search')).fill('Rahul');
  await expect(popover.getByRole('button').first()).toBeVisible();
  await expectAccessible(page, 'Acting as popover with results', { within: '#kl-actor-pop' });
  await popover.getByLabel(t('actor.search')).fill('zzzz');
  await expect(popover.getByText(t('actor.noResults'))).toBeVisible();
  await expectAccessible(page, 'Acting as popover without results', { within: '#kl-actor-pop' });
});

test('the Groups dialogs and a group’s dialogs', async ({ page, portal }) => {
  await portal.goto();
  await portal.loadDemo();
  await portal.openSection('groups');
  const groups = new GroupsPage(page);

  await groups.button('groups.create').click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: t('groups.createSubmit') })
    .click();
  await expect(page.getByRole('dialog').getByRole('alert').first()).toBeVisible();
  await checkDialog(page, 'Create group, refused');

  const upload = new GroupUploadDialog(page);
  await upload.open();
  await expectAccessible(page, 'Bulk upload', { within: OPEN_DIALOG });
  await upload.chooseFiles(BAD_MAPPING, BAD_PARENTS);
  await upload.check();
  await checkDialog(page, 'Bulk upload, check with problems');

  await groups.button('groups.uploadHistory').click();
  await expect(page.getByRole('region', { name: t('groupUpload.history.title') })).toBeVisible();
  await expectAccessible(page, 'Group upload history');
  await groups.backToList();

  await groups.openGroup(TOP_GROUP);
  await groups.button('group.users.addByPhone').click();
  await expectAccessible(page, 'Add members', { within: OPEN_DIALOG });
  await escape(page);
  await groups.addByPhone('601 100 300, 12', { region: 'PL' });
  await expect(
    page
      .getByRole('dialog')
      .getByRole('alert')
      .or(page.getByRole('dialog').getByRole('status'))
      .first(),
  ).toBeVisible();
  await checkDialog(page, 'Add members, result');
  await groups.button('group.users.importCsv').click();
  await checkDialog(page, 'Group: import via CSV');
  // The member just added (each Remove button names its member).
  await groups
    .memberRow(ADDED_MEMBER)
    .getByRole('button', { name: `${t('common.remove')} ${ADDED_MEMBER}`, exact: true })
    .click();
  await checkDialog(page, 'Group: remove member confirmation');
  await groups.button('group.makePrivate').click();
  await checkDialog(page, 'Group: make private confirmation');
});

test('Actions, connectors, settings and tenant data dialogs', async ({ page, portal }) => {
  await portal.goto();
  await portal.loadDemo();

  await portal.openSection('actions');
  const main = page.getByRole('main');
  await main.getByRole('button', { name: t('actions.add'), exact: true }).click();
  await page
    .locator(OPEN_DIALOG)
    .getByRole('button', { name: t('actions.add.submit') })
    .click();
  await expect(page.locator(OPEN_DIALOG).getByRole('alert').first()).toBeVisible();
  await checkDialog(page, 'Add custom Action, refused');
  await main
    .getByRole('button', { name: t('actions.publishNamed', { action: 'Announcement' }) })
    .click();
  await checkDialog(page, 'Publish Action with roles');
  // Built-in Actions cannot be deleted: a custom one of the demo.
  await main
    .getByRole('button', { name: t('actions.deleteNamed', { action: 'Lunch order' }) })
    .click();
  await checkDialog(page, 'Delete Action confirmation');

  await portal.openSection('connectors');
  await main.getByRole('button', { name: t('connectors.register'), exact: true }).click();
  await expectAccessible(page, 'Register connector', { within: OPEN_DIALOG });
  const dialog = page.locator(OPEN_DIALOG);
  await dialog.getByLabel(t('connectors.field.name')).fill('Payroll feed');
  await dialog.getByRole('button', { name: t('connectors.register.submit') }).click();
  await expect(dialog.getByText(t('connectors.created.once'))).toBeVisible();
  await checkDialog(page, 'Connector registered, secret shown once');
  await main
    .getByRole('button', { name: t('connectors.deactivateNamed', { name: 'Payroll feed' }) })
    .click();
  await checkDialog(page, 'Deactivate connector confirmation');

  await portal.openSection('reports');
  await page.getByRole('tab', { name: t('report.tab.tenant') }).click();
  await main.getByRole('button', { name: t('tenant.export.create'), exact: true }).click();
  await expect(
    main.getByRole('button', { name: new RegExp(`^${t('tenant.export.download')} `) }),
  ).toBeVisible({ timeout: 30_000 });
  await expectAccessible(page, 'Tenant export done, in its history');

  const advance = await portal.startAdvance();
  await expectAccessible(page, 'Advance 30 days confirmation', { within: OPEN_DIALOG });
  await advance.confirm();
  await expect(advance.root).toBeHidden();
  await expect(portal.clockStatus).toBeVisible();
  await expectAccessible(page, 'Settings after Advance 30 days');
  await main.getByRole('button', { name: t('settings.loadDemo'), exact: true }).click();
  await checkDialog(page, 'Load demo confirmation');
  await main.getByRole('button', { name: t('settings.reset'), exact: true }).click();
  await checkDialog(page, 'Reset confirmation');
  await main.getByRole('button', { name: t('tenant.restore.resetFirst'), exact: true }).click();
  await checkDialog(page, 'Restore: reset first confirmation');
});

test('Start on the landing, practice Start and Check', async ({ page, portal }) => {
  await portal.goto();
  await portal.loadDemo();
  const landing = new LandingPage(page);
  await landing.goto();
  await landing.startNew.click();
  await checkDialog(page, 'Landing: start a new organization confirmation');

  const practice = new PracticePage(page);
  await practice.goto('employee-id');
  await expect(practice.title('employee-id')).toBeVisible();
  await expectAccessible(page, 'Practice exercise');
  await page.getByRole('button', { name: t('practice.start'), exact: true }).click();
  await expectAccessible(page, 'Practice Start confirmation', { within: OPEN_DIALOG });
  await page
    .locator(OPEN_DIALOG)
    .getByRole('button', { name: t('practice.confirm.ok') })
    .click();
  await expect(page.getByRole('status').filter({ hasText: t('practice.started') })).toBeVisible();
  await page.getByRole('button', { name: t('practice.hints.show') }).click();
  await practice.check();
  await expectAccessible(page, 'Practice Check result, not yet passed, hints shown');
});

test('light and dark theme: landing, a guide with an island, the portal', async ({
  page,
  portal,
}) => {
  await portal.goto();
  await portal.loadDemo();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of ['/', '/guides/directory/', '/pl/guides/groups/', '/portal/']) {
      await page.goto(path);
      // Starlight pages follow the system's scheme; the lab's own pages have one theme.
      if (!path.includes('portal'))
        await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      await expectAccessible(page, `${scheme} theme, ${path}`);
    }
  }
});
