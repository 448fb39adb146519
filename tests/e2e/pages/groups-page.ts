import { expect, type Locator, type Page } from '@playwright/test';
import type { GroupKind } from '../../../src/domain/types';
import { t } from './strings';

type GroupTab = 'users' | 'subgroups' | 'connectors' | 'actions' | 'conversation';

/** The portal's Groups section: the list with its tabs and tree, and one group's page. */
export class GroupsPage {
  readonly hierarchy: Locator;
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.hierarchy = page.getByRole('list', { name: t('groups.hierarchy') });
    this.heading = page.getByRole('main').getByRole('heading', { level: 3 });
  }

  /** Opens the Organization or Private tab of the list. */
  async openKind(kind: GroupKind): Promise<void> {
    await this.page.getByRole('tab', { name: t(`groups.tab.${kind}`), exact: true }).click();
  }

  /** A group's line in the hierarchy or a flat list: a link when the actor may open it. */
  link(name: string): Locator {
    return this.page.getByRole('main').getByRole('link', { name, exact: true });
  }

  /** A group's name shown without a link (part of the hierarchy, not the actor's group). */
  plainName(name: string): Locator {
    return this.hierarchy.locator('li').filter({ hasText: name }).locator('span.kl-muted', {
      hasText: name,
    });
  }

  async openGroup(name: string): Promise<void> {
    await this.link(name).click();
    await expect(this.heading).toHaveText(name);
  }

  /** ← All groups: from a group's page (a link) or the upload history (a button). */
  async backToList(): Promise<void> {
    const main = this.page.getByRole('main');
    await main
      .getByRole('link', { name: t('groups.back') })
      .or(main.getByRole('button', { name: t('groups.back') }))
      .click();
    await expect(this.hierarchy).toBeVisible();
  }

  async openTab(tab: GroupTab): Promise<void> {
    await this.page.getByRole('tab', { name: t(`group.tab.${tab}`), exact: true }).click();
  }

  button(key: Parameters<typeof t>[0]): Locator {
    return this.page.getByRole('main').getByRole('button', { name: t(key), exact: true });
  }

  /** Create Group / New private group. */
  async create(name: string, kind: GroupKind): Promise<void> {
    await this.button(kind === 'private' ? 'groups.newPrivate' : 'groups.create').click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel(t('groups.name')).fill(name);
    await dialog.getByRole('button', { name: t('groups.createSubmit'), exact: true }).click();
    await expect(this.heading).toHaveText(name);
  }

  /** Users tab → Add via Phone Number; leaves the dialog open for its result. */
  async addByPhone(numbers: string, options: { region?: string; role?: 'admin' | 'member' } = {}) {
    await this.button('group.users.addByPhone').click();
    const dialog = this.page.getByRole('dialog');
    if (options.region) await dialog.getByLabel(t('field.region')).selectOption(options.region);
    await dialog.getByLabel(t('group.add.numbers')).fill(numbers);
    if (options.role) await dialog.getByLabel(t(`role.${options.role}`), { exact: true }).check();
    await dialog.getByRole('button', { name: t('group.add.submit'), exact: true }).click();
    return dialog;
  }

  /** The Users tab's row of a member. */
  memberRow(phoneOrName: string): Locator {
    return this.page.getByRole('row').filter({ hasText: phoneOrName });
  }
}
