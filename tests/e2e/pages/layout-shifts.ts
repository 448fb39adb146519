import { expect, type Locator, type Page } from '@playwright/test';

declare global {
  interface Window {
    /** Layout shifts seen since the page started, not caused by the reader's input. */
    klShifts: { value: number; sources: string[] }[];
    klShiftObserver: PerformanceObserver;
  }
}

/**
 * Records the page's layout shifts from its first byte, as Lighthouse's CLS counts them (a
 * shift right after input is the reader's own doing and is left out). Call before `goto`.
 */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.klShifts = [];
    type Shift = PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources?: { node?: Node | null }[];
    };
    const take = (entries: PerformanceEntry[]) => {
      for (const entry of entries as Shift[])
        if (!entry.hadRecentInput)
          window.klShifts.push({
            value: entry.value,
            sources: (entry.sources ?? []).map((s) =>
              s.node instanceof Element
                ? `${s.node.tagName.toLowerCase()}.${s.node.className}`
                : String(s.node?.nodeName),
            ),
          });
    };
    window.klShiftObserver = new PerformanceObserver((list) => take(list.getEntries()));
    window.klShiftObserver.observe({ type: 'layout-shift', buffered: true });
  });
}

/** The shifts recorded so far (those still queued in the observer included). */
export async function layoutShifts(page: Page) {
  return page.evaluate(() => {
    for (const entry of window.klShiftObserver.takeRecords() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
    })[])
      if (!entry.hadRecentInput) window.klShifts.push({ value: entry.value, sources: [] });
    return window.klShifts;
  });
}

/** Expects the page's cumulative layout shift so far to stay under `most`, naming the shifts. */
export async function expectStill(page: Page, most: number): Promise<void> {
  const shifts = await layoutShifts(page);
  const total = shifts.reduce((sum, s) => sum + s.value, 0);
  expect(total, `layout shifts: ${JSON.stringify(shifts)}`).toBeLessThan(most);
}

/** The boxes that keep an island's space until its code has drawn it (IslandReserve.astro). */
export function islandPlaceholders(page: Page): Locator {
  return page.locator('[data-kl-island]');
}
