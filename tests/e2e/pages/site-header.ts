import { expect, type Locator, type Page } from '@playwright/test';
import type { Locale } from '../../../src/domain/types';
import plSearch from '../../../src/content/i18n/pl.json' with { type: 'json' };

/** Starlight's own labels of the header's controls (its translations, not the lab's). */
const STARLIGHT = {
  en: { language: 'Select language', theme: 'Select theme', search: 'Search' },
  pl: { language: 'Wybierz język', theme: 'Wybierz motyw', search: 'Szukaj' },
} as const;

/** The search dialog's Polish texts, as the site configures them (src/content/i18n/pl.json). */
export const PL_SEARCH = plSearch;

export type Theme = 'dark' | 'light' | 'auto';

/**
 * The header every page shares, guides and lab pages alike: search, theme select and
 * language select (Starlight's controls).
 */
export class SiteHeader {
  readonly banner: Locator;

  constructor(
    readonly page: Page,
    readonly lang: Locale = 'en',
  ) {
    this.banner = page.getByRole('banner');
  }

  get languageSelect(): Locator {
    return this.banner.getByRole('combobox', { name: STARLIGHT[this.lang].language });
  }

  get themeSelect(): Locator {
    return this.banner.getByRole('combobox', { name: STARLIGHT[this.lang].theme });
  }

  /** Switches to the other language; the page's language is `to` afterwards. */
  async switchTo(to: Locale): Promise<void> {
    // The select works once the page's scripts have run (a page just switched to may still
    // be loading them: picking then would do nothing, as it would for a person).
    await this.page.waitForLoadState('domcontentloaded');
    await this.languageSelect.selectOption({ label: to === 'pl' ? 'Polski' : 'English' });
    await expect(this.page.locator('html')).toHaveAttribute('lang', to);
  }

  async chooseTheme(theme: Theme): Promise<void> {
    await this.themeSelect.selectOption(theme);
  }

  /** The theme the page shows now (`data-theme` on the root, set by Starlight's script). */
  shownTheme(): Promise<string | null> {
    return this.page.locator('html').getAttribute('data-theme');
  }

  /** Opens the search dialog and returns it. */
  async openSearch(): Promise<Locator> {
    await this.banner.getByRole('button', { name: STARLIGHT[this.lang].search }).click();
    const dialog = this.page.getByRole('dialog', { name: STARLIGHT[this.lang].search });
    await expect(dialog).toBeVisible();
    return dialog;
  }
}
