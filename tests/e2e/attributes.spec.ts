import { test, expect } from './fixtures';
import { startingWith, t, tProblem } from './pages/strings';
import { DEMO } from './pages/demo';

const ORG = {
  orgName: 'Acme Couriers',
  region: 'PL',
  adminName: 'Ola Kowalska',
  adminPhone: '601234567',
};

test('defined attributes can be picked as columns, and the choice survives a reload', async ({
  portal,
  page,
}) => {
  await portal.goto();
  await portal.onboard(ORG);

  const attributes = await portal.openManageAttributes();
  await expect(attributes.root).toContainText(t('attributes.none'));
  await attributes.addCustom({ name: 'Badge number', type: 'number', mandatory: true });
  await attributes.addSuggested(t('suggested.department'));
  await attributes.save();
  await expect(attributes.saved).toHaveText(t('attributes.saved', { count: 2 }));
  await expect(attributes.row('Badge number')).toContainText(t('attribute.type.number'));
  await expect(
    attributes.row('Badge number').getByRole('checkbox', { name: 'Mandatory: Badge number' }),
  ).toBeChecked();
  await expect(attributes.row('Department')).toContainText(t('attribute.type.text'));
  await expect(
    attributes.row('Department').getByRole('checkbox', { name: 'Mandatory: Department' }),
  ).not.toBeChecked();

  await portal.backToList();
  await portal.selectColumns(['Badge number', 'Department']);
  const headers = [t('column.phone'), t('column.name'), 'Badge number', 'Department'].map(
    startingWith,
  );
  await expect(portal.columnHeaders()).toHaveText(headers);
  // The admin has no value for the attribute that is now mandatory: incomplete, not changed.
  await expect(portal.row('+48601234567')).toContainText(t('directory.incomplete'));

  await page.reload();
  await expect(portal.list).toBeVisible();
  await expect(portal.columnHeaders()).toHaveText(headers);

  // The new attributes are in the Add users form too, the mandatory one marked.
  const dialog = await portal.openAddOne();
  await expect(dialog.field('Badge number *')).toBeVisible();
  await expect(dialog.field('Department')).toBeVisible();
});

test('two drafts whose names differ only in case save nothing and say why', async ({
  portal,
  page,
}) => {
  await portal.goto();
  await portal.onboard(ORG);

  const attributes = await portal.openManageAttributes();
  await attributes.addCustom({ name: 'Shift', type: 'text' });
  await attributes.addCustom({ name: 'shift', type: 'yesno' });
  await attributes.save();

  await expect(attributes.problems).toContainText(t('attributes.nothingSaved'));
  await expect(attributes.problems).toContainText(
    `${t('attributes.newRow', { row: 2 })}: ${tProblem({ column: 'name', value: 'shift', code: 'attribute.name.duplicate', params: { other: 'Shift' } })}`,
  );
  await expect(attributes.root.getByLabel(t('attributes.newName', { row: 2 }))).toHaveAttribute(
    'aria-invalid',
    'true',
  );

  // Nothing was stored: after a reload there are still no attributes.
  await page.reload();
  await expect(portal.list).toBeVisible();
  const again = await portal.openManageAttributes();
  await expect(again.root).toContainText(t('attributes.none'));
});

test('Edit user shows a stored No in a yes/no select, and keeps it when saved', async ({
  portal,
}) => {
  await portal.goto();
  await portal.loadDemo();
  const phone = DEMO.rahul.phone;
  for (const [choice, shown] of [
    ['No', t('common.no')],
    ['Yes', t('common.yes')],
  ] as const) {
    const details = await portal.openUser(phone);
    await details.edit();
    await details.attributeField('Forklift licence').selectOption({ label: shown });
    await details.saveEdit();
    await expect(details.property('Forklift licence')).toHaveText(shown);
    // Opening the form again starts from the stored value, not an empty select.
    await details.edit();
    await expect(details.attributeField('Forklift licence')).toHaveValue(choice);
    await expect(details.attributeField('Forklift licence').locator('option:checked')).toHaveText(
      shown,
    );
    await details.close();
  }
});
