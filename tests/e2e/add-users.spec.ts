import { test, expect } from './fixtures';
import { t, tProblem } from './pages/strings';

test.describe('Add users → a list of numbers', () => {
  test('every entry gets its own result and only valid new numbers are added', async ({
    portal,
  }) => {
    await portal.goto();
    // The organization reads numbers as Indian by default; the list is read as Polish.
    await portal.onboard({
      orgName: 'Acme Couriers',
      region: 'IN',
      adminName: 'Ravi Iyer',
      adminPhone: '+91 98765 43210',
    });

    const list = [
      '601234567', // valid
      '60123456a', // letters
      '12345', // too short
      '601 234 567', // the same number as entry 1
      '+919876543210', // already in the directory (the admin)
      '9876543210', // an Indian number without +, read as Polish
      '712345678', // valid
    ].join(', ');
    const dialog = await portal.addUsersList('PL', list);

    const phoneProblem = (value: string, code: string, params: Record<string, string> = {}) =>
      `${t('add.outcome.invalid')}: ${tProblem({ column: 'phone', value, code, params: { value, region: 'PL', ...params } })}`;
    const expected = [
      ['1', '601234567', t('add.outcome.added', { phone: '+48601234567' })],
      ['2', '60123456a', phoneProblem('60123456a', 'phone.letters')],
      ['3', '12345', phoneProblem('12345', 'phone.tooShort')],
      [
        '4',
        '601 234 567',
        `${t('add.outcome.invalid')}: ${tProblem({ column: 'phone', value: '601 234 567', code: 'list.duplicate', params: { entry: 1 } })}`,
      ],
      ['5', '+919876543210', t('add.outcome.present', { phone: '+919876543210' })],
      ['6', '9876543210', phoneProblem('9876543210', 'phone.invalid')],
      ['7', '712345678', t('add.outcome.added', { phone: '+48712345678' })],
    ];
    const rows = dialog.resultRows();
    await expect(rows).toHaveCount(expected.length);
    for (const [i, cells] of expected.entries()) {
      await expect(rows.nth(i).getByRole('cell')).toHaveText(cells);
    }
    // Spot-check the wording itself, not only the key: it says what is wrong and how to fix it.
    await expect(rows.nth(1)).toContainText('contains letters');
    await expect(rows.nth(2)).toContainText('is too short for a PL number');
    await expect(rows.nth(3)).toContainText('is the same number as entry 1');
    await expect(rows.nth(5)).toContainText('is not a valid PL number');
    await expect(dialog.results).toContainText(
      t('add.summary', { added: 2, present: 1, invalid: 4 }),
    );
    await dialog.close();

    await expect(portal.status).toHaveText(t('directory.count', { count: 3 }));
    await expect(portal.rows()).toHaveCount(3);
    for (const phone of ['+919876543210', '+48601234567', '+48712345678']) {
      await expect(portal.row(phone)).toBeVisible();
    }
    await portal.openTab('Others');
    await expect(portal.status).toHaveText(t('directory.count', { count: 0 }));
  });
});

test('with a mandatory attribute a bare number is not added and the form is suggested', async ({
  portal,
}) => {
  await portal.goto();
  await portal.loadDemo();
  const dialog = await portal.addUsersList('PL', '501 000 555');
  const row = dialog.resultRows().first();
  const message = tProblem({
    row: 1,
    column: 'Employee ID',
    value: '501 000 555',
    code: 'list.mandatoryAttributes',
    params: { attributes: 'Employee ID' },
  });
  await expect(row.getByRole('cell').last()).toHaveText(`${t('add.outcome.invalid')}: ${message}`);
  // Said once, not "Not added: Not added: …".
  await expect(row.getByRole('cell').last()).not.toHaveText(
    new RegExp(`^(${t('add.outcome.invalid')}: ){2}`),
  );
  await expect(row).toContainText('one-user form');
  await expect(dialog.results).toContainText(
    t('add.summary', { added: 0, present: 0, invalid: 1 }),
  );
  await dialog.close();
  await expect(portal.status).toHaveText(t('directory.count', { count: 285 }));
});

test.describe('Add users → one user', () => {
  test.beforeEach(async ({ portal, page }) => {
    // A name holding markup must never run as script.
    page.on('dialog', (d) => {
      throw new Error(`Unexpected browser dialog: ${d.message()}`);
    });
    await portal.goto();
    await portal.loadDemo();
  });

  test('a 10,000-character name and a name with <script> are refused', async ({ portal }) => {
    await expect(portal.status).toHaveText(t('directory.count', { count: 285 }));
    const dialog = await portal.openAddOne();
    const name = dialog.field(t('field.name'));

    const long = 'a'.repeat(10_000);
    await dialog.fillOne({
      phone: '501 000 111',
      name: long,
      attributes: { 'Employee ID *': 'CL-9001' },
    });
    await dialog.submitOne();
    const tooLong = tProblem({
      column: 'name',
      code: 'name.tooLong',
      params: { max: 256, length: 10_000 },
    });
    await expect(dialog.problems).toContainText(tooLong);
    await expect(name).toHaveAccessibleDescription(tooLong);

    await name.fill('<script>alert(1)</script>');
    await dialog.submitOne();
    const markup = tProblem({ column: 'name', code: 'name.markup' });
    await expect(dialog.problems).toContainText(markup);
    await expect(dialog.problems).not.toContainText(tooLong);
    await expect(name).toHaveAccessibleDescription(markup);

    await dialog.close();
    await expect(portal.status).toHaveText(t('directory.count', { count: 285 }));
    await portal.search('501000111');
    await expect(portal.status).toHaveText(t('directory.searchCount', { count: 0 }));
  });

  test('a mandatory attribute left empty and "abc" in a number attribute are refused', async ({
    portal,
  }) => {
    const dialog = await portal.openAddOne();
    await dialog.fillOne({ phone: '501 000 222', name: 'Jan Testowy' });
    await dialog.submitOne();
    const mandatory = tProblem({
      column: 'Employee ID',
      code: 'attribute.mandatory.missing',
      params: { attribute: 'Employee ID' },
    });
    await expect(dialog.problems).toContainText(mandatory);
    await expect(dialog.field('Employee ID *')).toHaveAccessibleDescription(
      new RegExp(`^${mandatory}`),
    );

    await dialog.field('Employee ID *').fill('CL-9002');
    await dialog.field('Salary band').fill('abc');
    await dialog.submitOne();
    const notANumber = tProblem({
      column: 'Salary band',
      value: 'abc',
      code: 'value.number.format',
      params: { attribute: 'Salary band' },
    });
    await expect(dialog.problems).toContainText(notANumber);
    await expect(dialog.problems).not.toContainText(mandatory);
    await expect(dialog.field('Salary band')).toHaveAttribute('aria-invalid', 'true');

    await expect(portal.status).toHaveText(t('directory.count', { count: 285 }));

    // Corrected, the same form adds the user.
    await dialog.field('Salary band').fill('7.5');
    await dialog.submitOne();
    await expect(dialog.root.getByRole('status')).toHaveText(
      t('add.added', { phone: '+48501000222' }),
    );
    await dialog.close();
    await expect(portal.status).toHaveText(t('directory.count', { count: 286 }));
    await expect(await portal.find('+48501000222')).toContainText('Jan Testowy');
  });
});
