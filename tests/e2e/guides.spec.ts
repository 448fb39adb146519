import { test, expect } from './fixtures';
import { DEMO } from './pages/demo';
import { advanceConfirm } from './pages/dialogs';
import { t, tIn } from './pages/strings';

test.beforeEach(async ({ portal }) => {
  await portal.goto();
  await portal.loadDemo();
});

test('each guide embeds its island on the portal’s database', async ({ guide, page }) => {
  await guide.goto('directory');
  await expect(guide.directory.status).toHaveText(
    t('directory.count', { count: DEMO.employeeCount }),
  );
  await guide.directory.openTab('Others');
  await expect(guide.directory.status).toHaveText(
    t('directory.count', { count: DEMO.othersCount }),
  );

  await guide.goto('attributes');
  await expect(guide.attributes.row('Employee ID')).toBeVisible();
  await expect(guide.attributes.addNew).toBeVisible();

  await guide.goto('roles');
  await expect(guide.rolesTable.getByRole('caption')).toHaveText(
    t('roles.caption', { name: DEMO.anna.name }),
  );

  await guide.goto('deleting-users');
  await expect(guide.directory.list).toBeVisible();
  await expect(page.getByRole('region', { name: t('deleted.title'), exact: true })).toContainText(
    t('deleted.none'),
  );
  await expect(
    page.getByRole('button', { name: t('settings.advance30'), exact: true }),
  ).toBeVisible();
});

test('the deleting-users guide: delete, see the window, let it run out', async ({
  guide,
  page,
}) => {
  await guide.goto('deleting-users');
  const { phone } = DEMO.member;
  await guide.directory.selectUser(phone);
  await guide.directory.deleteSelected(1);
  const deleted = page.getByRole('region', { name: t('deleted.title'), exact: true });
  const row = deleted.getByRole('row').filter({ hasText: phone });
  await expect(row).toContainText(t('deleted.days', { days: 30 }));

  await page.getByRole('button', { name: t('settings.advance30'), exact: true }).click();
  await advanceConfirm(page).confirm();
  await expect(row).toHaveCount(0);
  await expect(deleted).toContainText(t('deleted.none'));
});

test('the group guides embed the Groups, Actions and Connectors islands, in English and Polish', async ({
  guide,
  page,
}) => {
  for (const lang of ['en', 'pl'] as const) {
    for (const slug of ['groups', 'sub-groups', 'private-groups', 'bulk-group-upload'] as const) {
      await guide.goto(slug, lang);
      await expect(
        page.getByRole('list', { name: tIn(lang, 'groups.hierarchy') }),
        `${lang} ${slug}`,
      ).toContainText('Contoso Logistics — everyone');
    }
    await guide.goto('actions-connectors', lang);
    await expect(page.getByRole('table').filter({ hasText: 'Quick Poll' }).first()).toBeVisible();
    await expect(
      page.getByRole('table').filter({ hasText: 'Shift roster sync' }).first(),
    ).toBeVisible();
  }
});

test('the export guide makes a request and lists it, in English and Polish', async ({
  guide,
  page,
}) => {
  for (const lang of ['en', 'pl'] as const) {
    await guide.goto('export-users', lang);
    await page
      .getByRole('button', { name: tIn(lang, 'directory.exportCreate'), exact: true })
      .click();
    const dialog = page.getByRole('dialog', { name: tIn(lang, 'export.title'), exact: true });
    await dialog.getByRole('button', { name: tIn(lang, 'export.submit'), exact: true }).click();
    await expect(dialog).toBeHidden();
    const history = page.getByRole('region', { name: tIn(lang, 'export.history.title') });
    await expect(
      history
        .getByRole('button', { name: new RegExp(`^${tIn(lang, 'export.download')} `) })
        .first(),
    ).toBeVisible({ timeout: 30_000 });
  }
});

test('the tenant data guide exports the tenant and lists it, in English and Polish', async ({
  guide,
  page,
}) => {
  for (const lang of ['en', 'pl'] as const) {
    await guide.goto('tenant-data', lang);
    await page
      .getByRole('button', { name: tIn(lang, 'tenant.export.create'), exact: true })
      .click();
    const history = page.getByRole('region', { name: tIn(lang, 'tenant.export.history') });
    await expect(
      history
        .getByRole('button', { name: new RegExp(`^${tIn(lang, 'tenant.export.download')} `) })
        .first(),
    ).toBeVisible({ timeout: 30_000 });
  }
});
