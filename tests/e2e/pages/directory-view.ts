import { expect, type Locator, type Page } from '@playwright/test';
import { oneOf, t, tIn } from './strings';
import { AddUsersDialog, ConfirmDialog, UserDetailsDialog, deleteConfirm } from './dialogs';
import { AttributesPanel } from './attributes-panel';
import { ImportDialog } from './import-dialog';
import { ImportHistory } from './import-history';
import { ExportDialog, ExportHistory } from './export-history';

export type NetworkTab = 'Employee' | 'Others';

/** The list's name on either tab, in English and Polish ("Employee users"). */
const LIST_NAMES = (['en', 'pl'] as const).flatMap((lang) =>
  (['employee', 'others'] as const).map((network) =>
    tIn(lang, 'directory.listLabel', { network: tIn(lang, `network.${network}`) }),
  ),
);

/**
 * The directory island: tabs, search, the virtual user list and its menus. The portal and the
 * directory guide embed the same island, so both page models use this one.
 */
export class DirectoryView {
  readonly searchBox: Locator;
  /** The live count ("285 users") or the search result count. */
  readonly status: Locator;
  readonly list: Locator;
  readonly selectionBar: Locator;
  readonly addUsersButton: Locator;
  readonly moreButton: Locator;
  /** A refused command of the list (delete, move). */
  readonly error: Locator;

  constructor(readonly page: Page) {
    const panel = page.getByRole('tabpanel');
    this.searchBox = panel.getByRole('searchbox', { name: t('directory.search') });
    this.status = panel.getByRole('status');
    this.list = panel.getByRole('table', { name: oneOf(LIST_NAMES) });
    this.selectionBar = page.getByRole('region', { name: t('directory.selection') });
    this.addUsersButton = panel.getByRole('button', { name: t('directory.addUsers'), exact: true });
    this.moreButton = panel.getByRole('button', { name: t('directory.more'), exact: true });
    this.error = panel.getByRole('alert');
  }

  tab(name: NetworkTab): Locator {
    return this.page.getByRole('tab', { name, exact: true });
  }

  async openTab(name: NetworkTab): Promise<void> {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
  }

  /** Rows of users on screen (the header row excluded). */
  rows(): Locator {
    return this.list.getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  /** The row of one user, found by the phone number button in its first column. */
  row(phone: string): Locator {
    return this.rows().filter({ has: this.page.getByRole('button', { name: phone, exact: true }) });
  }

  /** Types into the search box and waits until the list shows the search result (or the count). */
  async search(text: string): Promise<void> {
    if ((await this.searchBox.inputValue()) === text) return;
    await this.searchBox.fill(text);
    await expect(this.status).toHaveText(text.trim() === '' ? /^\S+ users$/ : /match/);
  }

  /** Narrows the list to one number, so its row is on screen however long the list is. */
  async find(phone: string): Promise<Locator> {
    await this.search(phone);
    const row = this.row(phone);
    await expect(row).toBeVisible();
    return row;
  }

  private async openAddUsers(): Promise<AddUsersDialog> {
    await this.addUsersButton.click();
    await this.page
      .getByRole('button', { name: t('directory.addUsersManual'), exact: true })
      .click();
    const dialog = new AddUsersDialog(this.page);
    await expect(dialog.root).toBeVisible();
    return dialog;
  }

  /** Add Users → Import Users… on the open tab (`network` names the tab, for the title). */
  async openImportUsers(network: 'employee' | 'others' = 'employee'): Promise<ImportDialog> {
    await this.addUsersButton.click();
    await this.page.getByRole('button', { name: t('directory.importUsers'), exact: true }).click();
    const dialog = new ImportDialog(this.page, network);
    await expect(dialog.root).toBeVisible();
    return dialog;
  }

  /** The Export Users menu (org admins only). */
  exportUsersButton(): Locator {
    return this.page
      .getByRole('tabpanel')
      .getByRole('button', { name: t('directory.exportUsers'), exact: true });
  }

  /** Export Users → Create New Request…. */
  async openExportUsers(): Promise<ExportDialog> {
    await this.exportUsersButton().click();
    await this.page.getByRole('button', { name: t('directory.exportCreate'), exact: true }).click();
    const dialog = new ExportDialog(this.page);
    await expect(dialog.root).toBeVisible();
    return dialog;
  }

  /** Export Users → View Export History. */
  async openExportHistory(): Promise<ExportHistory> {
    await this.exportUsersButton().click();
    await this.page
      .getByRole('button', { name: t('directory.exportHistory'), exact: true })
      .click();
    const history = new ExportHistory(this.page);
    await expect(history.root).toBeVisible();
    return history;
  }

  /** Add Users → View Import History. */
  async openImportHistory(): Promise<ImportHistory> {
    await this.addUsersButton.click();
    await this.page
      .getByRole('button', { name: t('directory.importHistory'), exact: true })
      .click();
    const history = new ImportHistory(this.page);
    await expect(history.root).toBeVisible();
    return history;
  }

  /** Opens Add users in the one-user mode. */
  async openAddOne(): Promise<AddUsersDialog> {
    const dialog = await this.openAddUsers();
    await dialog.chooseMode('one');
    return dialog;
  }

  /** Adds a comma-separated list read in `region`; returns the dialog showing the results. */
  async addUsersList(region: string, text: string): Promise<AddUsersDialog> {
    const dialog = await this.openAddUsers();
    await dialog.chooseMode('list');
    await dialog.chooseRegion(region);
    await dialog.submitList(text);
    return dialog;
  }

  async openUser(phone: string): Promise<UserDetailsDialog> {
    const row = await this.find(phone);
    await row.getByRole('button', { name: phone, exact: true }).click();
    const details = new UserDetailsDialog(this.page, phone);
    await expect(details.root).toBeVisible();
    return details;
  }

  async selectUser(phone: string): Promise<void> {
    const row = await this.find(phone);
    await row.getByRole('checkbox').check();
  }

  /** Delete (n) on the selection, then the confirmation dialog, not yet confirmed. */
  async startDeleteSelected(count: number): Promise<ConfirmDialog> {
    await this.selectionBar
      .getByRole('button', { name: t('directory.deleteSelected', { count }), exact: true })
      .click();
    const confirm = deleteConfirm(this.page, count);
    await expect(confirm.root).toBeVisible();
    return confirm;
  }

  /** Deletes the selected users and waits for the confirmation to go away. */
  async deleteSelected(count = 1): Promise<void> {
    const confirm = await this.startDeleteSelected(count);
    await confirm.confirm();
    await expect(confirm.root).toBeHidden();
    await expect(this.status).toHaveText(t('delete.done', { count }));
  }

  async openMore(item: 'selectColumns' | 'manageAttributes' | 'deletedUsers'): Promise<void> {
    await this.moreButton.click();
    await this.page.getByRole('button', { name: t(`directory.${item}`), exact: true }).click();
  }

  async openDeletedUsers(): Promise<DeletedUsersView> {
    await this.openMore('deletedUsers');
    const view = new DeletedUsersView(this.page);
    await expect(view.root).toBeVisible();
    return view;
  }

  async openManageAttributes(): Promise<AttributesPanel> {
    await this.openMore('manageAttributes');
    const panel = new AttributesPanel(this.page);
    await expect(panel.root).toBeVisible();
    return panel;
  }

  async backToList(): Promise<void> {
    await this.page.getByRole('button', { name: t('directory.back') }).click();
    await expect(this.list).toBeVisible();
  }

  /** More → Select Columns: ticks exactly the given columns (by label) and saves. */
  async selectColumns(labels: string[]): Promise<void> {
    await this.openMore('selectColumns');
    const dialog = this.page.getByRole('dialog', { name: t('columns.title') });
    await expect(dialog).toBeVisible();
    // Untick first: at four ticked columns the other boxes are disabled.
    const ticked = dialog.getByRole('checkbox', { checked: true });
    for (let n = await ticked.count(); n > 0; n--) await ticked.first().uncheck();
    for (const label of labels) {
      await dialog.getByRole('checkbox', { name: label, exact: true }).check();
    }
    await dialog.getByRole('button', { name: t('common.save'), exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  /** Select all of the list as filtered now ("Select all (n)" / "Select the first 100"). */
  selectAllButton(): Locator {
    return this.page
      .getByRole('tabpanel')
      .getByRole('button', { name: /^(Select all \(|Select the first )/ });
  }

  /** The Incomplete badge of a user's row, whose title says what is missing. */
  incompleteBadge(phone: string): Locator {
    return this.row(phone).locator('.kl-badge--incomplete');
  }

  /** The line under the list explaining the Incomplete badge while one is on screen. */
  incompleteLegend(): Locator {
    return this.page.getByRole('tabpanel').locator('.kl-legend');
  }

  /** The sort buttons of the list's column headers, in order (text ends in ▲/▼ when sorted). */
  columnHeaders(): Locator {
    return this.list.getByRole('columnheader').getByRole('button');
  }
}

/** Directory → More → Deleted users: users inside their 30-day window. */
export class DeletedUsersView {
  readonly root: Locator;
  readonly empty: Locator;
  /** What the last Restore did ("Restored … back in Employee…"). */
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: t('deleted.title'), exact: true });
    this.empty = this.root.getByText(t('deleted.none'), { exact: true });
    this.status = this.root.getByRole('status');
  }

  /** The name a deleted user's row shows. */
  async nameOf(phone: string): Promise<string> {
    return (await this.row(phone).getByRole('cell').nth(1).innerText()).trim();
  }

  row(phone: string): Locator {
    return this.root.getByRole('row').filter({ hasText: phone });
  }

  /** The "Days left" cell of a user's row. */
  daysLeft(phone: string): Locator {
    return this.row(phone).getByRole('cell').nth(4);
  }

  async restore(phone: string): Promise<void> {
    await this.row(phone)
      .getByRole('button', { name: new RegExp(`^${t('deleted.restore')}`) })
      .click();
    await expect(this.row(phone)).toBeHidden();
  }
}
