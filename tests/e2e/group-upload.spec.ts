import { test, expect } from './fixtures';
import { GroupsPage } from './pages/groups-page';
import { GroupUploadDialog } from './pages/group-upload-dialog';
import { t, tProblem } from './pages/strings';

const FIXTURES = 'tests/fixtures';

test.beforeEach(async ({ portal }) => {
  await portal.goto();
  await portal.loadDemo();
  await portal.openSection('groups');
});

test('a three-level hierarchy by bulk upload: check, upload, the tree, the job and its log', async ({
  page,
}) => {
  const groups = new GroupsPage(page);
  const upload = new GroupUploadDialog(page);
  await upload.open();
  // Upload waits for a Check of the chosen files.
  await upload.chooseFiles(
    `${FIXTURES}/groups/mapping-three-levels.csv`,
    `${FIXTURES}/groups/parents-three-levels.csv`,
  );
  await expect(upload.uploadButton).toBeDisabled();
  await upload.check();
  await expect(upload.report.getByRole('table')).toHaveCount(0);
  await upload.uploadButton.click();
  await expect(upload.dialog.getByText(t('job.status.completed'))).toBeVisible();
  await upload.close();

  // Region North › Warehouse A › Shift A1, each a link for the org admin.
  await expect(groups.link('Region North')).toBeVisible();
  // Top-level groups start open; the levels below open on request.
  await expect(
    page.getByRole('button', { name: t('groups.collapse', { name: 'Region North' }) }),
  ).toHaveAttribute('aria-expanded', 'true');
  await page.getByRole('button', { name: t('groups.expand', { name: 'Warehouse A' }) }).click();
  await groups.openGroup('Shift A1');
  await expect(page.getByText(t('group.subGroupOf'))).toContainText('Warehouse A');
  await expect(groups.memberRow('+48601200005')).toContainText(t('role.admin'));
  await expect(groups.memberRow('+48601200002')).toContainText(t('role.member'));

  // The job is in the group upload history; its date opens the detailed log.
  await page.getByRole('link', { name: t('groups.back') }).click();
  await groups.button('groups.uploadHistory').click();
  const row = page.getByRole('row').filter({ hasText: 'mapping-three-levels.csv' });
  await expect(row).toContainText(t('job.status.completed'));
  await row.getByRole('button', { name: new RegExp(t('groupUpload.history.openLog')) }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
});

test('a bad mapping file: every problem in the panel by file, row and column; nothing written', async ({
  page,
}) => {
  const groups = new GroupsPage(page);
  const upload = new GroupUploadDialog(page);
  await upload.open();
  await upload.chooseFiles(
    `${FIXTURES}/e2e/groups-bad-mapping.csv`,
    `${FIXTURES}/e2e/groups-bad-parents.csv`,
  );
  await upload.check();
  await expect(
    upload.problem('groups-bad-mapping.csv').filter({ hasText: /^\S+\s*5/ }),
  ).toContainText(tProblem({ code: 'group.upload.groupBlank', column: 'Group Name' }));
  await expect(upload.report).toContainText(
    tProblem({ code: 'group.upload.userType', column: 'User Type', params: { value: 'Owner' } }),
  );
  await expect(upload.report).toContainText('Gamma → Alpha');
  // The parent row naming a child that is not in the mapping file is listed as ignored.
  await expect(upload.report).toContainText(t('groupUpload.ignoredAbout'));
  await expect(upload.report).toContainText('Delta');
  await upload.close();
  // Check wrote nothing: no group Alpha exists.
  await expect(groups.link('Contoso Logistics — everyone')).toBeVisible();
  await expect(groups.link('Alpha')).toHaveCount(0);
});
