// Import benchmark (SPEC §14): upload an n-row users CSV (5 attribute columns) through the
// portal and compare it with the IndexedDB floor of the same records (plain `put` into a store
// keyed by phone with no secondary index, transactions of 10,000, relaxed durability, a blank
// page), and with the older in-schema baseline (the same records bulkPut into the lab's users
// schema from the portal page), each on a fresh browser profile, in the same run.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * RSS in MB of each renderer process of the browser that uses `profileDir` (the tab and its
 * workers live in one renderer; other browsers on the machine are not counted).
 */
export function rendererRssMb(profileDir) {
  const out = execFileSync('ps', ['-eo', 'pid=,ppid=,rss=,args='], { encoding: 'utf8' });
  const procs = out
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const [pid, ppid, rss, ...args] = l.trim().split(/\s+/);
      return { pid, ppid, rss: Number(rss) / 1024, args: args.join(' ') };
    });
  const root = procs.find(
    (p) => p.args.includes(`--user-data-dir=${profileDir}`) && !p.args.includes('--type='),
  );
  if (!root) return [];
  const ours = new Set([root.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of procs)
      if (!ours.has(p.pid) && ours.has(p.ppid)) {
        ours.add(p.pid);
        grew = true;
      }
  }
  return procs
    .filter((p) => ours.has(p.pid) && p.args.includes('--type=renderer'))
    .map((p) => p.rss);
}

/** Samples the largest renderer's memory until stopped; returns the peak in MB. */
export function memorySampler(profileDir) {
  let peak = 0;
  const tick = () => {
    try {
      peak = Math.max(peak, ...rendererRssMb(profileDir), 0);
    } catch {
      // ps may fail transiently; the next tick samples again.
    }
  };
  tick();
  const id = setInterval(tick, 200);
  return () => {
    clearInterval(id);
    tick();
    return peak;
  };
}

/** Reads every import job straight from IndexedDB. */
export function readJobs(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('kaizala-lab');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('jobs').objectStore('jobs').getAll();
          req.onsuccess = () => {
            db.close();
            resolve(req.result);
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

/**
 * What each condition of the floor costs, one at a time (`--import-levers`): the lab's users
 * indexes one by one and together, the import's own transaction size, default durability.
 */
export const FLOOR_LEVERS = [
  {
    lever: 'index [list+nameKey]',
    options: { indexes: [['[list+nameKey]', ['list', 'nameKey']]] },
  },
  {
    lever: 'index deletedAt (absent on live users)',
    options: { indexes: [['deletedAt', 'deletedAt']] },
  },
  { lever: 'index orgAdmin (sparse)', options: { indexes: [['orgAdmin', 'orgAdmin']] } },
  {
    lever: "the lab's three users indexes",
    options: {
      indexes: [
        ['[list+nameKey]', ['list', 'nameKey']],
        ['deletedAt', 'deletedAt'],
        ['orgAdmin', 'orgAdmin'],
      ],
    },
  },
  { lever: 'transactions of 2,000', options: { chunk: 2000 } },
  { lever: 'durability default', options: { durability: 'default' } },
  { lever: 'durability strict', options: { durability: 'strict' } },
  { lever: 'records without list and nameKey', options: { bare: true } },
  { lever: 'packed: 1,000 users per record', options: { packed: 1000 } },
];

/**
 * `open()` gives a browser context on a fresh profile and its directory. The floor, the
 * baseline and the import each get their own, so none writes into a database another has
 * churned. `blank` is a same-origin page without scripts, for the floor.
 */
export async function importBench(open, base, blank, seedScript, n, csvPath, batch, levers) {
  const floorProfile = await open();
  let floor;
  const leverResults = [];
  try {
    const page = await floorProfile.context.newPage();
    await page.goto(blank);
    await page.addScriptTag({ content: seedScript });
    floor = await page.evaluate((rows) => window.klImportFloor(rows), n);
    console.log(`  floor: ${Math.round(floor.ms)} ms`);
    if (levers)
      for (const { lever, options } of FLOOR_LEVERS) {
        const r = await page.evaluate(([rows, o]) => window.klImportFloor(rows, o), [n, options]);
        console.log(`  floor + ${lever}: ${Math.round(r.ms)} ms`);
        leverResults.push({ lever, ms: r.ms, ratio: r.ms / floor.ms });
      }
  } finally {
    await floorProfile.close();
  }

  const first = await open();
  let baseline;
  try {
    const setup = await first.context.newPage();
    await setup.goto(`${base}/portal/#settings`);
    await setup.addScriptTag({ content: seedScript });
    await setup.evaluate(() => window.klSeedOrg());
    baseline = await setup.evaluate(([rows, size]) => window.klBaseline(rows, size), [n, batch]);
    console.log(`  in-schema baseline bulkPut: ${Math.round(baseline.ms)} ms`);
  } finally {
    await first.close();
  }

  const second = await open();
  const { context, dir: profileDir } = second;
  try {
    const setup = await context.newPage();
    await setup.goto(`${base}/portal/#settings`);
    await setup.addScriptTag({ content: seedScript });
    await setup.evaluate(() => window.klSeedOrg());
    await setup.close();
    const result = await timedImport(context, profileDir, base, n, csvPath, batch, baseline);
    return {
      ...result,
      floorMs: floor.ms,
      floorRatio: result.importMs / floor.ms,
      ...(levers ? { levers: leverResults } : {}),
    };
  } finally {
    await second.close();
  }
}

async function timedImport(context, profileDir, base, n, csvPath, batch, baseline) {
  const page = await context.newPage();
  await page.goto(`${base}/portal/?import=${n}#directory`);
  await page
    .getByRole('status')
    .filter({ hasText: /^1 users?$/ })
    .first()
    .waitFor();
  await page.evaluate(() => {
    window.klLongest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.klLongest = Math.max(window.klLongest, e.duration);
    }).observe({ type: 'longtask' });
  });
  await page.getByRole('button', { name: 'Add Users', exact: true }).click();
  await page.getByRole('button', { name: 'Import Users…' }).click();
  await page.getByLabel('Select a File').setInputFiles(csvPath);
  const idleRendererMb = Math.max(...rendererRssMb(profileDir), 0);
  const stopSampler = memorySampler(profileDir);
  const started = Date.now();
  await page.getByRole('button', { name: 'Upload', exact: true }).click();
  await page
    .locator('.kl-badge--completed, .kl-badge--failed')
    .first()
    .waitFor({ timeout: 3 * 3600 * 1000 });
  const importMs = Date.now() - started;
  const peakRendererMb = stopSampler();
  const jobs = await readJobs(page);
  const job = jobs.sort((a, b) => b.createdAt - a.createdAt)[0];
  const longestTaskMs = await page.evaluate(() => window.klLongest);
  await page.close();
  return {
    rows: n,
    fileMb: Math.round((readFileSync(csvPath).length / 2 ** 20) * 10) / 10,
    batch,
    baselineMs: baseline.ms,
    importMs,
    ratio: importMs / baseline.ms,
    rowsPerSecond: n / (importMs / 1000),
    baselineRowsPerSecond: n / (baseline.ms / 1000),
    scanMs: job.runStartedAt - job.createdAt,
    status: job.status,
    counts: job.counts,
    idleRendererMb,
    peakRendererMb,
    longestTaskMs,
  };
}
