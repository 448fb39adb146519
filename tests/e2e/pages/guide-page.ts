import { expect, type Locator, type Page } from '@playwright/test';
import type { Locale } from '../../../src/domain/types';
import { ActorSwitcher, pathIn } from './portal-page';
import { DirectoryView } from './directory-view';
import { AttributesPanel } from './attributes-panel';

export type GuideSlug =
  | 'directory'
  | 'attributes'
  | 'roles'
  | 'deleting-users'
  | 'tenant-data'
  | 'groups'
  | 'sub-groups'
  | 'private-groups'
  | 'bulk-group-upload'
  | 'actions-connectors'
  | 'export-users';

/** A Starlight guide page with the island that performs its workflow. */
export class GuidePage {
  readonly title: Locator;
  readonly actor: ActorSwitcher;
  readonly directory: DirectoryView;
  readonly attributes: AttributesPanel;
  /** The roles guide's permission matrix. */
  readonly rolesTable: Locator;
  /** Starlight's search: the header's button and the dialog's text field. */
  readonly searchButton: Locator;
  readonly searchInput: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByRole('heading', { level: 1 });
    this.actor = new ActorSwitcher(page);
    this.directory = new DirectoryView(page);
    this.attributes = new AttributesPanel(page);
    this.rolesTable = page.getByRole('table').filter({ has: page.getByRole('caption') });
    this.searchButton = page.getByRole('banner').getByRole('button', { name: /^(Search|Szukaj)$/ });
    this.searchInput = page.getByRole('dialog').getByRole('textbox');
  }

  async goto(slug: GuideSlug, lang: Locale = 'en'): Promise<void> {
    await this.page.goto(pathIn(lang, `/guides/${slug}/`));
    await expect(this.title).toBeVisible();
  }

  /** Opens search (its UI loads the first time). */
  async openSearch(): Promise<void> {
    await this.searchButton.click();
    await expect(this.searchInput).toBeVisible();
  }

  /** In the roles matrix: what the acting user may do now ("Yes"/"No") for a capability. */
  youNow(capability: string): Locator {
    return this.rolesTable
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: capability, exact: true }) })
      .getByRole('cell')
      .last();
  }
}
