// JavaScript per page (SPEC §14 "JavaScript"): what a first visit makes the browser fetch,
// the page and its Web Workers together, each script gzipped at level 9 — the same recording
// as the budgets e2e spec (tests/e2e/budgets.spec.ts, scripts/js-weight.mjs). Cheap: a few
// page loads on a fresh profile.
import {
  BUDGETS,
  LAZY_LIBRARIES,
  recordScripts,
  withoutIslandsHtml,
} from '../scripts/js-weight.mjs';

/** The pages measured, in order; `budget` is SPEC §14's where it sets one. */
const PAGES = [
  {
    name: 'guide without an island (en)',
    path: '/guides/roles/',
    strip: true,
    budget: BUDGETS.guideWithoutIsland,
  },
  {
    name: 'guide without an island (pl)',
    path: '/pl/guides/roles/',
    strip: true,
    budget: BUDGETS.guideWithoutIsland,
  },
  { name: 'guide with an island: directory (en)', path: '/guides/directory/' },
  { name: 'landing (en)', path: '/' },
  { name: 'landing (pl)', path: '/pl/' },
  {
    name: 'portal, Directory with the demo (en)',
    path: '/portal/#directory',
    portal: true,
    budget: BUDGETS.portalFirstLoad,
  },
  {
    name: 'portal, Directory with the demo (pl)',
    path: '/pl/portal/#directory',
    portal: true,
    budget: BUDGETS.portalFirstLoad,
  },
];

/**
 * Loads each page of PAGES in a fresh browser profile and returns, per page, the gzipped
 * JavaScript fetched, the number of files, its budget and the lazy libraries fetched (none
 * expected).
 * @param {() => Promise<{ context: import('@playwright/test').BrowserContext, close: () => Promise<void> }>} open
 * @param {string} base
 */
export async function budgetsBench(open, base) {
  const rows = [];
  const { context, close } = await open();
  try {
    const page = await context.newPage();
    // The portal is measured on a returning visit to an organization: the demo is loaded first.
    await page.goto(`${base}/portal/`);
    await page.getByRole('button', { name: 'Load demo organization', exact: true }).click();
    await page.getByRole('table', { name: 'Employee users' }).getByRole('cell').first().waitFor();
    await page.close();
    for (const p of PAGES) {
      // A page of its own each time, so nothing the previous page ran stays in memory.
      const tab = await context.newPage();
      await tab.route(/\/guides\/[^?#]*$/, async (route) => {
        const response = await route.fetch();
        const body = await response.text();
        await route.fulfill({ response, body: p.strip ? withoutIslandsHtml(body) : body });
      });
      const recording = recordScripts(context);
      // The portal: its first rows, then its directory worker (which starts with them).
      const worker = p.portal
        ? tab.waitForEvent('worker', (w) => /directory\.worker/.test(w.url()))
        : undefined;
      await tab.goto(`${base}${p.path}`);
      if (p.portal)
        // The first row of the list, in either language.
        await tab.getByRole('tabpanel').getByRole('table').getByRole('cell').first().waitFor();
      await worker;
      await tab.waitForLoadState('networkidle');
      await recording.stop();
      rows.push({
        page: p.name,
        gzipBytes: recording.total(),
        files: recording.files().length,
        largest: recording.files().slice(0, 3),
        budget: p.budget,
        libraries: Object.keys(recording.libraries()),
      });
      await tab.close();
    }
  } finally {
    await close();
  }
  return { libraries: Object.keys(LAZY_LIBRARIES), pages: rows };
}

/** The section of bench/results.md. */
export function budgetsMarkdown(r) {
  if (!r) return [];
  const kb = (b) => `${(b / 1000).toFixed(1)} KB`;
  return [
    '## JavaScript per page (SPEC §14: a guide without an island ≤ 20 KB, the portal ≤ 100 KB with its workers, gzipped)',
    '',
    '| page | JavaScript, gzipped (page + workers) | files | budget | within | largest files | CSV / zip / phone libraries fetched |',
    '| --- | ---: | ---: | ---: | --- | --- | --- |',
    ...r.pages.map(
      (p) =>
        `| ${p.page} | ${kb(p.gzipBytes)} | ${p.files} | ${p.budget ? kb(p.budget) : '—'} | ${p.budget ? (p.gzipBytes <= p.budget ? 'yes' : '**no**') : ''} | ${p.largest.map((f) => `${f.file.replace('/_astro/', '')} ${kb(f.gzip)}`).join(', ')} | ${p.libraries.length ? p.libraries.join(', ') : 'none'} |`,
    ),
    '',
    'Every script the page and the Web Workers it starts fetch, from navigation until the page is quiet (for the portal: after the first directory rows are painted and the directory worker has loaded), on a fresh browser profile; each body gzipped with node:zlib at level 9, as a static host serves precompressed files (1 KB = 1,000 bytes). Inline scripts in the HTML are not counted. "Guide without an island": every guide has an island today, so the roles guide is served with its island taken out of the HTML — the chrome every guide carries. The same figures are checked by tests/e2e/budgets.spec.ts.',
    '',
  ];
}
