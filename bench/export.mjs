// Export benchmark (SPEC §14): Directory → Export Users → Create New Request over n seeded
// users, timed from the click to the job shown Completed, against the floor of the same run —
// the same records read in chunks with plain IndexedDB and written as plain CSV text into a
// Blob, in a page of the same origin that runs nothing else.
import { memorySampler, readJobs, rendererRssMb } from './import.mjs';

/** Users per IndexedDB request of the floor: the export job's own chunk (EXPORT_CHUNK). */
const FLOOR_CHUNK = 5_000;

/**
 * The floor, in the page: read every user in primary-key chunks, one read-only transaction
 * per chunk, and append each chunk's rows as plain comma-joined text (no escaping, no
 * quoting) to Blob parts; then one Blob. Returns its size and the time it took.
 */
function floor(chunk) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('kaizala-lab');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const started = performance.now();
      const parts = ['\uFEFFPhone Number,Name,Network,Source,Created\r\n'];
      let rows = 0;
      const next = (after) => {
        const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
        const req = db.transaction('users').objectStore('users').getAll(range, chunk);
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const users = req.result;
          let text = '';
          for (const u of users) {
            if (u.list === 'x') continue;
            text += `${u.phone},${u.name},${u.network},${u.source},${new Date(u.createdAt).toISOString()}`;
            for (const v of Object.values(u.attrs)) text += `,${v}`;
            text += '\r\n';
            rows++;
          }
          if (text) parts.push(new Blob([text]));
          if (users.length === chunk) return next(users[users.length - 1].phone);
          const blob = new Blob(parts, { type: 'text/csv' });
          const ms = performance.now() - started;
          db.close();
          resolve({ ms, rows, bytes: blob.size });
        };
      };
      next(undefined);
    };
  });
}

/**
 * `context`: a browser whose profile the caller seeded with n users (bench/seed-entry.ts).
 * `blank`: a same-origin page without scripts, for the floor.
 */
export async function exportBench(context, profileDir, base, blank, n) {
  // The floor first, twice (the first warms the disk cache for both), the faster counted.
  const floorPage = await context.newPage();
  await floorPage.goto(blank);
  const floors = [];
  for (let i = 0; i < 2; i++) floors.push(await floorPage.evaluate(floor, FLOOR_CHUNK));
  await floorPage.close();
  const best = floors.reduce((a, b) => (a.ms < b.ms ? a : b));
  console.log(`  floor: ${Math.round(best.ms)} ms for ${best.rows} rows`);

  // An admin on the directory: the list is shown and its read model has loaded (the count
  // replaces "Preparing the full list…") and saved its snapshot, as on any later visit.
  const page = await context.newPage();
  await page.goto(`${base}/portal/#directory`);
  await page
    .getByRole('tabpanel')
    .getByRole('status')
    .filter({ hasText: /^[\d,]+ users$/ })
    .waitFor({ timeout: 30 * 60 * 1000 });
  await page.waitForFunction(() => performance.getEntriesByName('kl:directory-saved').length > 0, undefined, {
    timeout: 30 * 60 * 1000,
  });
  await page.evaluate(() => {
    window.klLongest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.klLongest = Math.max(window.klLongest, e.duration);
    }).observe({ type: 'longtask' });
  });
  await page.getByRole('button', { name: 'Export Users', exact: true }).click();
  await page.getByRole('button', { name: 'Create New Request…', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export users', exact: true });
  await dialog.getByRole('radio', { name: 'Everyone (Employee and Others)' }).check();
  const idleRendererMb = Math.max(...rendererRssMb(profileDir), 0);
  const stopSampler = memorySampler(profileDir);
  const started = Date.now();
  await dialog.getByRole('button', { name: 'Create request', exact: true }).click();
  await page
    .locator('.kl-badge--completed, .kl-badge--failed')
    .first()
    .waitFor({ timeout: 3 * 3600 * 1000 });
  const exportMs = Date.now() - started;
  const peakRendererMb = stopSampler();
  const longestTaskMs = await page.evaluate(() => window.klLongest);
  const job = (await readJobs(page))
    .filter((j) => j.kind === 'user-export')
    .sort((a, b) => b.createdAt - a.createdAt)[0];
  await page.close();
  return {
    users: n,
    floorMs: best.ms,
    floorRows: best.rows,
    exportMs,
    // The job's own run in the worker (Processing → Completed), on the runner's clock.
    runMs: job.progressAt - job.runStartedAt,
    ratio: exportMs / best.ms,
    rowsPerSecond: job.counts.rows / (exportMs / 1000),
    fileMb: Math.round((job.fileSize / 2 ** 20) * 10) / 10,
    status: job.status,
    rows: job.counts.rows,
    idleRendererMb,
    peakRendererMb,
    longestTaskMs,
  };
}
