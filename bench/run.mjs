// Benchmarks in real Chromium against the built site (npm run bench builds first).
// Writes bench/results.json and bench/results.md. Usage: node bench/run.mjs [--sizes 100000,1000000]
// [--import-sizes 100000,1000000] [--groups 10000] [--export-sizes 100000,1000000]
// (each also takes `none`) [--tenant none] [--reports none] [--budgets none] [--import-levers]
// [--import-repeat 3]
import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { directoryBench } from './directory.mjs';
import { importBench, medianImport } from './import.mjs';
import { groupsBench, writeGroupFiles } from './groups.mjs';
import { exportBench } from './export.mjs';
import { tenantBench } from './tenant.mjs';
import { reportsBench } from './reports.mjs';
import { budgetsBench, budgetsMarkdown } from './budgets.mjs';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { serveDist } from '../scripts/serve-dist.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const sizesArg = args.includes('--sizes') ? args[args.indexOf('--sizes') + 1] : '100000,1000000';
const sizes = sizesArg === 'none' ? [] : sizesArg.split(',').map(Number);
// --import-sizes 100000,1000000 (or none): rows of the import benchmark.
const importArg = args.includes('--import-sizes')
  ? args[args.indexOf('--import-sizes') + 1]
  : '100000,1000000';
const importSizes = importArg === 'none' ? [] : importArg.split(',').map(Number);
// --groups 10000 (or none): groups of the bulk group upload benchmark (20 members each).
const groupsArg = args.includes('--groups') ? args[args.indexOf('--groups') + 1] : '10000';
const groupSizes = groupsArg === 'none' ? [] : groupsArg.split(',').map(Number);
// --export-sizes 100000,1000000 (or none): users of the export benchmark.
const exportArg = args.includes('--export-sizes')
  ? args[args.indexOf('--export-sizes') + 1]
  : '100000,1000000';
const exportSizes = exportArg === 'none' ? [] : exportArg.split(',').map(Number);
// --tenant none skips the tenant data benchmark (export and restore of bench/tenant-data.ts).
const tenantRun = !(args.includes('--tenant') && args[args.indexOf('--tenant') + 1] === 'none');
// --reports none skips the reports benchmark (bench/reports.mjs).
const reportsRun = !(args.includes('--reports') && args[args.indexOf('--reports') + 1] === 'none');
/** Rows per transaction of the import job (src/app/imports/user-import-job.ts BATCH_ROWS), used by the baseline too. */
const IMPORT_BATCH = 2000;
// --import-repeat 3: runs of the import benchmark (each with its own floor and baseline) for
// sizes up to 100,000, reported by the median run; 1,000,000 rows run once.
const importRepeat = args.includes('--import-repeat')
  ? Number(args[args.indexOf('--import-repeat') + 1])
  : 3;
// --import-levers also measures what each condition of the import floor costs (bench/import.mjs).
const importLevers = args.includes('--import-levers');
// --budgets none skips the JavaScript per page (bench/budgets.mjs).
const budgetsRun = !(args.includes('--budgets') && args[args.indexOf('--budgets') + 1] === 'none');
// --profile DIR keeps the browser profile (and its seeded database) in DIR-<size> between runs.
const profileBase = args.includes('--profile') ? args[args.indexOf('--profile') + 1] : undefined;
const PORT = 4390;
const base = `http://127.0.0.1:${PORT}`;

// Serve a private copy of the build, so a rebuild during a long run cannot change it.
const site = mkdtempSync(join(tmpdir(), 'kl-bench-site-'));
cpSync(join(root, 'dist'), site, { recursive: true });
// A page of the site's origin that runs nothing: where the floors of SPEC §14 are measured.
writeFileSync(join(site, 'bench-blank.html'), '<!doctype html><title>floor</title>');
const stop = await serveDist(PORT, site);

/** The benchmark's browser on the profile in `dir`. */
const launchProfile = (dir) =>
  chromium.launchPersistentContext(dir, {
    // The seed scripts are injected inline; the site's policy (rightly) allows no inline script.
    bypassCSP: true,
    executablePath: chromiumPath(),
    args: chromiumArgs,
    headless: true,
    viewport: { width: 1280, height: 900 },
  });

/** A browser context on a fresh profile, removed again by `close()`. */
const open = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kl-bench-import-'));
  const context = await launchProfile(dir);
  return {
    context,
    dir,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

try {
  const seed = (
    await build({
      entryPoints: [join(root, 'bench/seed-entry.ts')],
      bundle: true,
      format: 'iife',
      write: false,
      platform: 'browser',
      target: 'es2022',
    })
  ).outputFiles[0].text;
  const browserVersion = await (async () => {
    const b = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
    const v = b.version();
    await b.close();
    return v;
  })();
  const results = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      chromium: browserVersion,
      node: process.version,
    },
    directory: [],
    import: [],
    groups: [],
    export: [],
    tenant: undefined,
  };
  for (const n of sizes) {
    const dir = profileBase ? `${profileBase}-${n}` : mkdtempSync(join(tmpdir(), 'kl-bench-'));
    const reuse = profileBase !== undefined && existsSync(join(dir, 'kl-seeded'));
    const context = await launchProfile(dir);
    try {
      console.log(`directory: ${n} users…`);
      results.directory.push(await directoryBench(context, base, reuse ? undefined : seed, n));
      if (profileBase) writeFileSync(join(dir, 'kl-seeded'), String(n));
      console.log(JSON.stringify(results.directory.at(-1)));
    } finally {
      await context.close();
      if (!profileBase) rmSync(dir, { recursive: true, force: true });
    }
  }
  if (importSizes.length > 0) {
    // The benchmark's CSV is written by the same code that builds the baseline's records.
    const dataModule = join(site, 'import-data.mjs');
    await build({
      entryPoints: [join(root, 'bench/import-data.ts')],
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile: dataModule,
    });
    const { IMPORT_HEADER, importLine } = await import(dataModule);
    for (const n of importSizes) {
      const csvPath = join(site, `import-${n}.csv`);
      const out = createWriteStream(csvPath);
      out.write(`${IMPORT_HEADER}\n`);
      for (let i = 1; i <= n; i += 10000) {
        const lines = [];
        for (let k = i; k < Math.min(n + 1, i + 10000); k++) lines.push(importLine(k));
        if (!out.write(`${lines.join('\n')}\n`)) await once(out, 'drain');
      }
      out.end();
      await once(out, 'finish');
      try {
        console.log(`import: ${n} rows…`);
        const runs = [];
        for (let k = 0; k < (n <= 100_000 ? importRepeat : 1); k++)
          runs.push(
            await importBench(
              open,
              base,
              `${base}/bench-blank.html`,
              seed,
              n,
              csvPath,
              IMPORT_BATCH,
              importLevers && k === 0,
            ),
          );
        results.import.push(medianImport(runs));
        console.log(JSON.stringify(results.import.at(-1)));
      } finally {
        rmSync(csvPath, { force: true });
      }
    }
  }
  for (const n of groupSizes) {
    // The files are written by the generators the unit benchmark uses (group-bench.ts).
    const files = await writeGroupFiles(root, site, n);
    try {
      console.log(`groups: ${n} groups × ${files.members} members…`);
      results.groups.push(await groupsBench(open, base, seed, n, files));
      console.log(JSON.stringify(results.groups.at(-1)));
    } finally {
      for (const f of [files.mapping, files.parent, files.module]) rmSync(f, { force: true });
    }
  }
  for (const n of exportSizes) {
    const dir = profileBase
      ? `${profileBase}-export-${n}`
      : mkdtempSync(join(tmpdir(), 'kl-bench-'));
    const reuse = profileBase !== undefined && existsSync(join(dir, 'kl-seeded'));
    const context = await launchProfile(dir);
    try {
      console.log(`export: ${n} users…`);
      if (!reuse) {
        const page = await context.newPage();
        await page.goto(`${base}/portal/#settings`);
        await page.addScriptTag({ content: seed });
        await page.evaluate(([count]) => window.klSeed(count, 5000), [n]);
        await page.close();
        if (profileBase) writeFileSync(join(dir, 'kl-seeded'), String(n));
      }
      results.export.push(await exportBench(context, dir, base, `${base}/bench-blank.html`, n));
      console.log(JSON.stringify(results.export.at(-1)));
    } finally {
      await context.close();
      if (!profileBase) rmSync(dir, { recursive: true, force: true });
    }
  }
  if (tenantRun) {
    console.log('tenant data: export and restore…');
    const out = mkdtempSync(join(tmpdir(), 'kl-bench-tenant-'));
    try {
      results.tenant = await tenantBench(open, base, `${base}/bench-blank.html`, seed, out);
      console.log(JSON.stringify(results.tenant));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }
  if (reportsRun) {
    console.log('reports…');
    results.reports = await reportsBench(open, base, `${base}/bench-blank.html`, seed);
    console.log(JSON.stringify(results.reports));
  }
  if (budgetsRun) {
    console.log('JavaScript per page…');
    results.budgets = await budgetsBench(open, base);
    console.log(JSON.stringify(results.budgets.pages.map((p) => [p.page, p.gzipBytes])));
  }
  const previous = existsSync(join(root, 'bench/results.json'))
    ? JSON.parse(readFileSync(join(root, 'bench/results.json'), 'utf8'))
    : {};
  // A partial run (--sizes 1000000, --import-sizes none, …) keeps the last figures of every
  // size it did not run.
  const bySize = (fresh, old = [], key) =>
    [...old.filter((o) => !fresh.some((f) => f[key] === o[key])), ...fresh].sort(
      (a, b) => a[key] - b[key],
    );
  const merged = {
    ...previous,
    ...results,
    directory: bySize(results.directory, previous.directory, 'users'),
    import: bySize(results.import, previous.import, 'rows'),
    groups: bySize(results.groups, previous.groups, 'groups'),
    export: bySize(results.export, previous.export, 'users'),
    tenant: results.tenant ?? previous.tenant,
    reports: results.reports ?? previous.reports,
    budgets: results.budgets ?? previous.budgets,
  };
  writeFileSync(join(root, 'bench/results.json'), JSON.stringify(merged, null, 2) + '\n');
  writeFileSync(join(root, 'bench/results.md'), renderMarkdown(merged));
  console.log(readFileSync(join(root, 'bench/results.md'), 'utf8'));
} finally {
  await stop();
  rmSync(site, { recursive: true, force: true });
}

function renderMarkdown(r) {
  const ms = (v) => (v === undefined ? '—' : `${Math.round(v)} ms`);
  const lines = [
    '# Benchmark results',
    '',
    `${r.date} · ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGiB} GiB · headless Chromium ${r.machine.chromium}`,
    '',
    '## Directory (SPEC §14: first rows ≤ 300 ms, search p95 ≤ 50 ms, every row reachable)',
    '',
    '| users | seed | first rows (median of 3 loads) | first rows, empty HTTP cache | first rows, first visit after the seed | full list ready, first visit | full list ready, later visits | search p50 | search p95 | scroll to last row | jump to middle | longest main-thread task |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...r.directory.map(
      (d) =>
        `| ${d.users.toLocaleString('en')} | ${d.seedMs === undefined ? 'reused' : `${(d.seedMs / 1000).toFixed(1)} s`} | ${ms(d.firstRowsMs)} | ${ms(d.firstRowsUncachedMs)} | ${d.firstVisitRowsMs === undefined ? '–' : ms(d.firstVisitRowsMs)} | ${ms(d.readyColdMs)} | ${ms(d.readyWarmMs)} | ${ms(d.searchP50Ms)} | ${ms(d.searchP95Ms)} | ${ms(d.scrollToLastMs)} | ${ms(d.jumpToMiddleMs)} | ${ms(d.longestTaskMs)} |`,
    ),
    '',
    "First rows: from navigation start to the first data row painted (the first rows the read model saved on its last run, brought up to date with the change log), on a returning visit: the site is served as a static host serves an Astro build (hashed files under /_astro/ immutable, pages revalidated), so the scripts come from the HTTP cache. Empty HTTP cache: the same, with the browser cache cleared before each load (a first visit, or the first after a new release). First visit after the seed: the seed writes users behind the lab's back, so no read model has saved first rows yet and they are painted once it has read every user (as after a restore); the loads above come after it. Full list ready: from navigation start until the in-memory read model (Web Worker) holds every user — on a first visit by reading every record, later from its saved snapshot plus the change log; sorting by other columns, search and jumping far need it. Search: from the debounced query to its painted results (the 150 ms typing debounce is not counted). Scroll: from setting the scroll position to the last visible row painted.",
    '',
    '## Import (SPEC §14: ≤ 1.25 × the IndexedDB floor; 1M rows ≤ 120 s, peak tab memory ≤ 500 MB, no main-thread task over 50 ms)',
    '',
    '| rows | file | IndexedDB floor | in-schema baseline | import, end to end | ratio to the floor | ratio to the baseline | rows/s | scan (before any write) | directory caught up, after | peak tab memory: import / directory catching up | longest main-thread task | result |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...(r.import ?? []).map(
      (d) =>
        `| ${d.rows.toLocaleString('en')} | ${d.fileMb} MB | ${d.floorMs === undefined ? '–' : `${(d.floorMs / 1000).toFixed(1)} s`} | ${(d.baselineMs / 1000).toFixed(1)} s | ${(d.importMs / 1000).toFixed(1)} s | ${d.floorRatio === undefined ? '–' : d.floorRatio.toFixed(2)} | ${d.ratio.toFixed(2)} | ${Math.round(d.rowsPerSecond).toLocaleString('en')} | ${(d.scanMs / 1000).toFixed(1)} s | ${d.directoryMs === undefined ? '–' : `${(d.directoryMs / 1000).toFixed(1)} s`} | ${Math.round(d.peakRendererMb)} MB${d.directoryPeakMb === undefined ? '' : ` / ${Math.round(d.directoryPeakMb)} MB`} | ${ms(d.longestTaskMs)} | ${d.status}, ${d.counts.created.toLocaleString('en')} created |`,
    ),
    '',
    "Import: from clicking Upload (Directory → Add Users → Import Users) to the job shown Completed in Upload Users History, which the portal shows during the import, timed by the page itself (from the click event to the first frame painted with the Completed badge); the 5 attribute columns are Employee ID, Department, Job title, Office location and Date of joining. IndexedDB floor (SPEC §14): the records the import stores, written with plain IndexedDB `put` into a store keyed by phone with no secondary index, in transactions of 10,000 with relaxed durability, in a same-origin page that runs nothing else; each transaction's records are built before its clock starts. In-schema baseline (the older reference, kept to show what the schema costs): the same records written with Dexie `bulkPut` in transactions of 2,000 into the lab's users schema from the portal page. Floor, baseline and import each run on a fresh browser profile, in the same run, once the site's service worker has stored its offline copy (as on a returning visit). Directory caught up: from Completed until the directory's count shows every imported user (its read model follows an import once its batches stop). Peak tab memory: largest resident size of the renderer process (the page and its workers), sampled every 200 ms from Upload until Completed, then until the directory caught up (it then holds every user: the open directory's own size is in the export table below); longest main-thread task: from Upload until the directory caught up.",
    ...(r.import ?? []).flatMap((d) => {
      const lines = [];
      const s = (v) => (v / 1000).toFixed(1);
      if (d.runs?.length > 1)
        lines.push(
          `${d.rows.toLocaleString('en')} rows, ${d.runs.length} runs, the median run by its ratio in the table: floor ${d.runs.map((x) => s(x.floorMs)).join(' / ')} s, baseline ${d.runs.map((x) => s(x.baselineMs)).join(' / ')} s, import ${d.runs.map((x) => s(x.importMs)).join(' / ')} s, ratio to the floor ${d.runs.map((x) => x.floorRatio.toFixed(2)).join(' / ')}.`,
        );
      if (d.cpu && d.floorCpu)
        lines.push(
          `${d.rows.toLocaleString('en')} rows, CPU time (that run): floor ${s(d.floorCpu.browser)} s in the browser process + ${s(d.floorCpu.renderer)} s in the page; import ${s(d.cpu.browser)} s + ${s(d.cpu.renderer)} s; where the import's time went: ${s(d.phases.toJobMs)} s to store the job, ${s(d.phases.scanMs)} s to scan, ${s(d.phases.applyMs)} s to apply, ${s(d.phases.toShownMs)} s until shown.`,
        );
      return lines.length > 0 ? ['', ...lines.flatMap((l) => [l, ''])].slice(0, -1) : [];
    }),
    ...((r.import ?? []).some((d) => d.levers)
      ? [
          '',
          'What each condition of the floor costs (the same records, one condition changed at a time; ratio to the floor of the same run):',
          '',
          '| rows | condition | time | ratio to the floor |',
          '| ---: | --- | ---: | ---: |',
          ...(r.import ?? []).flatMap((d) =>
            (d.levers ?? []).map(
              (l) =>
                `| ${d.rows.toLocaleString('en')} | ${l.lever} | ${(l.ms / 1000).toFixed(1)} s | ${l.ratio.toFixed(2)} |`,
            ),
          ),
        ]
      : []),
    '',
    '## Groups (bulk group upload and the Groups page)',
    '',
    '| groups × members | mapping + parent rows | files | Check | upload, end to end | rows/s | peak tab memory | longest task (check / upload) | result | Groups page: first row | hierarchy rows | longest task | group page: member rows |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |',
    ...(r.groups ?? []).map(
      (d) =>
        `| ${d.groups.toLocaleString('en')} × ${d.members} | ${d.mappingRows.toLocaleString('en')} + ${d.parentRows.toLocaleString('en')} | ${d.fileMb} MB | ${(d.checkMs / 1000).toFixed(1)} s | ${(d.uploadMs / 1000).toFixed(1)} s | ${Math.round(d.rowsPerSecond).toLocaleString('en')} | ${Math.round(d.peakRendererMb)} MB | ${ms(d.checkLongestTaskMs)} / ${ms(d.longestTaskMs)} | ${d.status}: ${d.counts.groupsCreated.toLocaleString('en')} groups, ${d.counts.membershipsAdded.toLocaleString('en')} members, ${d.counts.linksSet.toLocaleString('en')} parents, ${d.counts.usersCreated.toLocaleString('en')} new users, ${d.counts.failed.toLocaleString('en')} failed | ${ms(d.page.firstRowMs)} | ${ms(d.page.rowsMs)} (${d.page.rows}) | ${ms(d.page.longestTaskMs)} | ${d.group ? `${ms(d.group.membersMs)} (${d.group.rows})` : '—'} |`,
    ),
    '',
    'Groups: a User Group Mapping file of groups × 20 members (every person in two groups, the first member of each group its admin) and a Parent Group Mapping file making a hierarchy ten wide, written by `src/app/imports/group-bench.ts`, uploaded through Groups → Bulk Upload Users on a fresh profile holding only the org and its admin. Check: from clicking Check to its report. Upload: from clicking Upload to the job shown Completed in the dialog (both timed by the page itself, from the click event to the first frame painted with the report or the badge); rows/s counts mapping rows. Peak tab memory: largest renderer resident size during Check and upload, sampled every 200 ms. Then, over what the upload wrote (median of 3 page loads): Groups page first row is from navigation start to the first hierarchy row painted; hierarchy rows, to the last change of the rows shown (their count in brackets); the longest main-thread task of those loads; group page, from navigation start to the member rows of one group painted (median of 3 loads).',
    '',
    '## Export users (SPEC §14: ≤ 1.3 × the floor; 1M: peak tab memory ≤ 500 MB, no main-thread task over 50 ms)',
    '',
    '| users | floor: read in chunks + plain CSV | export, end to end | ratio | the job alone (worker) | rows/s | file | tab memory: open directory → peak | longest main-thread task | result |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...(r.export ?? []).map(
      (d) =>
        `| ${d.users.toLocaleString('en')} | ${(d.floorMs / 1000).toFixed(2)} s | ${(d.exportMs / 1000).toFixed(2)} s | ${d.ratio.toFixed(2)} | ${(d.runMs / 1000).toFixed(2)} s | ${Math.round(d.rowsPerSecond).toLocaleString('en')} | ${d.fileMb} MB | ${Math.round(d.idleRendererMb)} → ${Math.round(d.peakRendererMb)} MB | ${ms(d.longestTaskMs)} | ${d.status}, ${d.rows.toLocaleString('en')} rows |`,
    ),
    '',
    'The same request from the export guide, where no directory is open:',
    '',
    '| users | export, end to end | ratio to the floor | tab memory: idle → peak | longest main-thread task |',
    '| ---: | ---: | ---: | ---: | ---: |',
    ...(r.export ?? [])
      .filter((d) => d.guide)
      .map(
        (d) =>
          `| ${d.users.toLocaleString('en')} | ${(d.guide.exportMs / 1000).toFixed(2)} s | ${(d.guide.exportMs / d.floorMs).toFixed(2)} | ${Math.round(d.guide.idleRendererMb)} → ${Math.round(d.guide.peakRendererMb)} MB | ${ms(d.guide.longestTaskMs)} |`,
      ),
    '',
    'Export: from clicking Create request (Directory → Export Users → Create New Request…, Everyone) on the portal to the job shown Completed in Export History — the request, the jobs worker starting, the users read in chunks of 5,000, each chunk written as CSV (formula escaping, quoting) into a Blob part, and the file stored with the job. Floor (SPEC §14): the same records read in chunks of 5,000 with plain IndexedDB and written as plain comma-joined text into a Blob, in a page of the same origin that runs nothing else, in the same browser profile and run (the faster of two). The job alone: its run in the worker, from Processing to the file stored. Measured on a returning visit: the directory is open and its read model loaded from its snapshot before the first request. Tab memory: resident size of the renderer (the page and its workers) with the directory open, then the largest during the two exports, sampled every 200 ms; the first figure is the open directory with its read model, the difference is what the export adds. Longest main-thread task: while an export runs.',
    '',
    ...tenantMarkdown(r.tenant),
    ...reportsMarkdown(r.reports),
    ...budgetsMarkdown(r.budgets),
  ];
  return lines.join('\n');
}

function reportsMarkdown(r) {
  if (!r) return [];
  const m = r.median;
  const d = r.driverMedian ?? {};
  const ms = (v) => (v === undefined ? '—' : `${Math.round(v)} ms`);
  const row = (label, key) => `| ${label} | ${ms(m[key])} | ${ms(d[key])} |`;
  return [
    '## Reports (SPEC §14: any report painted ≤ 1 s after opening; no main-thread task over 50 ms)',
    '',
    `${r.records.toLocaleString('en')} records: 100,000 users, 10,000 groups, 200,000 memberships, 50,000 messages and 200,000 responses over 60 days, and the 250,000 audit events they wrote; as an org admin (every group in scope), the default period of 30 days.`,
    '',
    '| report | painted after opening (median of 3) | as the test driver saw it |',
    '| --- | ---: | ---: |',
    row(
      'Adoption (opening Reports: the page, the session, the jobs worker, the report)',
      'adoption',
    ),
    row('Usage trends', 'trends'),
    row('Activity report, Users', 'activityUsers'),
    row('Activity report, Groups', 'activityGroups'),
    row('Activity report, Actions', 'activityActions'),
    row('Poll and survey results', 'cards'),
    row('Audit log (newest 50 of 250,000, and the count)', 'audit'),
    `| longest main-thread task, all of the above | ${ms(r.longestTaskMs)} | |`,
    '',
    "Painted: measured by the page itself, from the navigation's start (Adoption: a new address each time), or from the click on the tab or the choice of report type (the event's time), to the first frame after the report's first figure, row or table is in the page. The driver's figure adds its own polling and round trips. Before the runs: the seed is written, the browser waits until it is idle, and a first visit to Reports warms the HTTP cache, as a returning admin's browser has it. Reports run in the jobs worker over the activity log (one record per UTC day), so a report reads 30 records, the groups and, for names, only the rows of the page shown; opened by address, Adoption is asked for while the page reads its session.",
    '',
  ];
}

function tenantMarkdown(t) {
  if (!t) return [];
  const sec = (ms) => `${(ms / 1000).toFixed(1)} s`;
  return [
    '## Tenant data (SPEC §14: export ≤ 1.3 × the raw read + CSV + zip; restore ≤ 1.5 × its IndexedDB floor)',
    '',
    `${t.records.toLocaleString('en')} records: 100,000 users, 5,000 groups, 200,000 memberships, 50,000 messages, 200,000 responses.`,
    '',
    '| work | floor | the lab | ratio | tab memory: idle → peak | longest main-thread task | result |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
    `| Export Tenant Data | ${sec(t.exportFloor.ms)} | ${sec(t.export.ms)} (the job alone ${sec(t.export.runMs)}) | ${t.export.ratio.toFixed(2)} | ${Math.round(t.export.idleMb)} → ${Math.round(t.export.peakMb)} MB | ${Math.round(t.export.longestTaskMs)} ms | ${t.export.status}, ${t.export.rows?.toLocaleString('en')} rows, ${t.export.fileMb} MB zip |`,
    `| Restore from a tenant export | ${sec(t.restoreFloor.ms)} | ${sec(t.restore.ms)} | ${t.restore.ratio.toFixed(2)} | ${Math.round(t.restore.idleMb)} → ${Math.round(t.restore.peakMb)} MB | ${Math.round(t.restore.longestTaskMs)} ms | restored |`,
    '',
    `Zip libraries on the same data (the floor: read in chunks of 5,000, plain CSV, deflate level 6): fflate streaming ${sec(t.exportFloor.ms)} (${(t.exportFloor.zipBytes / 2 ** 20).toFixed(1)} MB), JSZip ${sec(t.jszipFloor.ms)} (${(t.jszipFloor.zipBytes / 2 ** 20).toFixed(1)} MB); reading alone ${sec(t.exportFloor.readMs)}.`,
    '',
    "Export: from clicking Export Tenant Data (Reports) to the job Completed in Tenant Export History (the faster of two), including reading every table in chunks, the CSV of SPEC §6 (escaping, quoting), SHA-256 of every file and deflate. Floor: the same tables read in chunks of 5,000 with plain IndexedDB, each chunk written as plain comma-joined text and deflated with fflate, in a page of the same origin that runs nothing else (the faster of two). Restore: from clicking Check and restore on a fresh profile to the portal shown, including reading and checking the whole zip in the jobs worker and the one transaction that writes it into the lab's schema with its indexes. Restore floor: the same records put with plain IndexedDB into stores keyed by their primary key with no secondary index, in transactions of 10,000 with relaxed durability, on a fresh profile.",
    '',
  ];
}
