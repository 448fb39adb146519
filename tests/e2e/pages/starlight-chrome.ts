import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The parts of a Starlight page that run Starlight's own scripts, several of them inline in the
 * page (theme, search shortcut, sidebar state): the theme select and the search dialog, whose
 * Pagefind index reader is WebAssembly. English labels (Starlight's own strings).
 */
export class StarlightChrome {
  readonly theme: Locator;
  readonly searchButton: Locator;
  readonly searchDialog: Locator;

  constructor(readonly page: Page) {
    this.theme = page.getByRole('combobox', { name: 'Select theme' }).locator('visible=true');
    this.searchButton = page.getByRole('button', { name: 'Search' });
    this.searchDialog = page.getByRole('dialog', { name: 'Search' });
  }

  /** Chooses a colour theme, which the inline theme provider applies to <html>. */
  async chooseTheme(theme: 'Light' | 'Dark' | 'Auto'): Promise<void> {
    await this.theme.selectOption({ label: theme });
  }

  /** Searches the guides; the results' links. */
  async search(query: string): Promise<Locator> {
    await expect(this.searchButton).toBeEnabled();
    await this.searchButton.click();
    await this.searchDialog.getByRole('textbox', { name: 'Search' }).fill(query);
    return this.searchDialog.getByRole('link');
  }
}
