import { expect, type Page } from '@playwright/test';

/** A phone's width (iPhone 12–15), at which the lab must fit without sideways page scrolling. */
export const PHONE = { width: 390, height: 844 };

/** What a table wider than the screen shows about itself, read from the page. */
export interface WideTable {
  /** The table's caption or first header cell, to name it in a failure. */
  name: string;
  /** Its frame scrolls sideways and says so: a labelled region a keyboard can reach. */
  cued: boolean;
  /** The frame's right edge is within the screen (the table is cut inside it, not by it). */
  frameFits: boolean;
}

/**
 * Narrow-screen checks on the page as it is now: whether the page itself scrolls sideways, and
 * every table wider than the screen with whether it is cut with a cue.
 */
export async function wideTables(
  page: Page,
): Promise<{ pageOverflow: number; tables: WideTable[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const tables = [...document.querySelectorAll('main table, [role="main"] table, table')]
      .filter((table) => table.getBoundingClientRect().width > width)
      .map((table) => {
        const frame = table.closest('.kl-scroll-x');
        const name =
          table.querySelector('caption')?.textContent?.trim() ||
          table.querySelector('th')?.textContent?.trim() ||
          '(table)';
        return {
          name,
          cued:
            !!frame &&
            frame.getAttribute('role') === 'region' &&
            frame.getAttribute('tabindex') === '0' &&
            !!frame.getAttribute('aria-label') &&
            frame.scrollWidth > frame.clientWidth,
          frameFits: !!frame && frame.getBoundingClientRect().right <= width + 0.5,
        };
      });
    return { pageOverflow: document.documentElement.scrollWidth - width, tables };
  });
}

/** The page never scrolls sideways, and every table cut by the screen's edge says so. */
export async function expectFitsPhone(page: Page): Promise<void> {
  const { pageOverflow, tables } = await wideTables(page);
  expect(pageOverflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
  for (const table of tables)
    expect(table, table.name).toMatchObject({ cued: true, frameFits: true });
}
