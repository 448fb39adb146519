// Bulk group upload benchmark (SPEC §14 style): upload `groups` groups × 20 members (a User
// Group Mapping file and a Parent Group Mapping file making a hierarchy) through the Groups
// page, then time the Groups page and one group's page over that many groups.
import { createWriteStream, statSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { build } from 'esbuild';
import { memorySampler, pageStopwatch, readJobs, rendererRssMb } from './import.mjs';

/** Nearest-rank median. */
function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil(s.length / 2) - 1)];
}

/** Streams `lines` into `path`, CRLF after each (the bytes `groupBenchFiles` builds). */
async function writeLines(path, lines) {
  const out = createWriteStream(path);
  let chunk = [];
  let count = -1; // the header is not a data row
  for (const line of lines) {
    chunk.push(line);
    count++;
    if (chunk.length === 10_000) {
      if (!out.write(`${chunk.join('\r\n')}\r\n`)) await once(out, 'drain');
      chunk = [];
    }
  }
  if (chunk.length > 0) out.write(`${chunk.join('\r\n')}\r\n`);
  out.end();
  await once(out, 'finish');
  return count;
}

/**
 * Writes the benchmark's two CSV files into `dir` with the generators the unit benchmark uses
 * (src/app/imports/group-bench.ts, bundled for Node).
 */
export async function writeGroupFiles(root, dir, groups) {
  const module = join(dir, 'group-bench.mjs');
  await build({
    entryPoints: [join(root, 'src/app/imports/group-bench.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: module,
  });
  const { GROUP_BENCH, groupBenchMappingLines, groupBenchParentLines, benchGroupName } =
    await import(module);
  const members = GROUP_BENCH.members;
  const mapping = join(dir, `group-mapping-${groups}.csv`);
  const parent = join(dir, `group-parents-${groups}.csv`);
  const mappingRows = await writeLines(mapping, groupBenchMappingLines(groups, members));
  const parentRows = await writeLines(parent, groupBenchParentLines(groups));
  return { mapping, parent, members, mappingRows, parentRows, benchGroupName, module };
}

/**
 * Injected before every document: notes, for each watched selector, when its first element
 * and when its last change in count were painted. An element is seen in the next animation
 * frame after the mutation that added it; the time is taken after that frame's paint
 * (requestAnimationFrame, then a task), as Preact's effects — and so the directory's
 * `kl:first-rows` mark — run. Also collects the longest main-thread task of the load.
 */
function watchRows() {
  const watch = { tree: '.kl-tree__row', members: '.kl-group-users tbody tr' };
  const seen = {};
  window.klWatch = seen;
  window.klLongest = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.klLongest = Math.max(window.klLongest, e.duration);
  }).observe({ type: 'longtask', buffered: true });
  let scheduled = false;
  const check = () => {
    scheduled = false;
    for (const [key, selector] of Object.entries(watch)) {
      const count = document.querySelectorAll(selector).length;
      const s = (seen[key] ??= { count: 0 });
      if (count === s.count) continue;
      s.count = count;
      setTimeout(() => {
        const now = performance.now();
        if (count > 0 && s.first === undefined) s.first = now;
        s.last = now;
        s.painted = count;
      }, 0);
    }
  };
  new MutationObserver(() => {
    if (!scheduled) {
      scheduled = true;
      requestAnimationFrame(check);
    }
  }).observe(document, { childList: true, subtree: true });
}

/**
 * Loads `url` and waits until the watched `key` has at least `min` elements painted and no
 * change for `quietMs`; returns the times from navigation start.
 */
async function timedLoad(page, url, key, min, quietMs = 1500) {
  await page.goto(url);
  await page.waitForFunction(
    ([k, m, q]) => {
      const s = window.klWatch?.[k];
      return (
        s !== undefined &&
        s.first !== undefined &&
        s.painted === s.count &&
        s.count >= m &&
        performance.now() - s.last > q
      );
    },
    [key, min, quietMs],
    { polling: 100, timeout: 300_000 },
  );
  return page.evaluate(
    (k) => ({
      firstMs: window.klWatch[k].first,
      lastMs: window.klWatch[k].last,
      count: window.klWatch[k].count,
      longestTaskMs: window.klLongest,
    }),
    key,
  );
}

/** Counts of the stores the upload fills, and the id of the group named `name`. */
function readStore(page, name) {
  return page.evaluate(
    (groupName) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('kaizala-lab');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['groups', 'memberships', 'users']);
          const out = {};
          const count = (store) => {
            const req = tx.objectStore(store).count();
            req.onsuccess = () => (out[store] = req.result);
          };
          ['groups', 'memberships', 'users'].forEach(count);
          const all = tx.objectStore('groups').getAll();
          all.onsuccess = () => (out.groupId = all.result.find((g) => g.name === groupName)?.id);
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    name,
  );
}

/** Collects the page's console errors and warnings and uncaught errors (first 20). */
function logErrors(page, errors) {
  const keep = (text) => {
    if (errors.length < 20) errors.push(text.slice(0, 500));
    console.log(`  [page] ${text.slice(0, 500)}`);
  };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') keep(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => keep(`pageerror: ${e.message}`));
}

/**
 * `open()` gives a browser context on a fresh profile; `files` are the CSV files from
 * `writeGroupFiles`. Everything runs in that one profile: the upload, then the page loads
 * over what it wrote.
 */
export async function groupsBench(open, base, seedScript, groups, files) {
  const { context, dir: profileDir, close } = await open();
  const errors = [];
  try {
    const setup = await context.newPage();
    logErrors(setup, errors);
    await setup.goto(`${base}/portal/#settings`);
    await setup.addScriptTag({ content: seedScript });
    await setup.evaluate(() => window.klSeedOrg());
    await setup.close();

    // 1. The upload, through the Groups page's Bulk Upload Users dialog.
    const page = await context.newPage();
    logErrors(page, errors);
    await page.goto(`${base}/portal/?upload=${groups}#groups`);
    await page.getByRole('button', { name: 'Bulk Upload Users', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Bulk upload users to groups' });
    await dialog.getByLabel('User Group Mapping file').setInputFiles(files.mapping);
    await dialog.getByLabel('Parent Group Mapping file (optional)').setInputFiles(files.parent);
    await page.evaluate(() => {
      window.klLongest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          window.klLongest = Math.max(window.klLongest, e.duration);
      }).observe({ type: 'longtask' });
    });
    const idleRendererMb = Math.max(...rendererRssMb(profileDir), 0);
    const stopSampler = memorySampler(profileDir);
    const checkStopwatch = await pageStopwatch(
      page,
      'dialog[open] .kl-check-report, dialog[open] [role=alert]',
    );
    await dialog.getByRole('button', { name: 'Check', exact: true }).click();
    const { ms: checkMs } = await checkStopwatch(1800_000);
    const checkLongestTaskMs = await page.evaluate(() => window.klLongest);
    const checkSummary = (
      await dialog.locator('.kl-check-report [role=status], [role=alert]').first().innerText()
    ).replace(/\s+/g, ' ');
    console.log(`  check: ${checkMs} ms — ${checkSummary}`);
    const upload = dialog.getByRole('button', { name: 'Upload', exact: true });
    if (!(await upload.isEnabled())) {
      stopSampler();
      throw new Error(`Upload is disabled after Check: ${checkSummary}`);
    }

    await page.evaluate(() => (window.klLongest = 0));
    const uploadStopwatch = await pageStopwatch(
      page,
      ['completed', 'failed', 'cancelled'].map((s) => `dialog[open] .kl-badge--${s}`).join(', '),
    );
    const uploadStarted = Date.now();
    await upload.click();
    // Progress from the job record, so a long or stuck run shows where it is.
    const progress = setInterval(() => {
      readJobs(page)
        .then((jobs) => {
          const job = jobs.find((j) => j.kind === 'group-upload');
          if (job)
            console.log(
              `  ${Math.round((Date.now() - uploadStarted) / 1000)} s: ${job.status}, ${job.phase}, ${job.doneRows} of ${job.totalRows ?? '?'} changes`,
            );
        })
        .catch(() => {});
    }, 30_000);
    let uploadMs;
    try {
      ({ ms: uploadMs } = await uploadStopwatch(3600_000));
    } finally {
      clearInterval(progress);
    }
    const peakRendererMb = stopSampler();
    const uploadLongestTaskMs = await page.evaluate(() => window.klLongest);
    const job = (await readJobs(page))
      .filter((j) => j.kind === 'group-upload')
      .sort((a, b) => b.createdAt - a.createdAt)[0];
    const probeName = files.benchGroupName(Math.floor(groups / 2));
    const stored = await readStore(page, probeName);
    await page.close();
    console.log(`  upload: ${uploadMs} ms, ${job.status}, ${JSON.stringify(job.counts)}`);

    // 2. The Groups page over that many groups, and one group's page.
    const view = await context.newPage();
    logErrors(view, errors);
    await view.addInitScript(watchRows);
    const loads = [];
    for (let i = 0; i < 3; i++)
      loads.push(await timedLoad(view, `${base}/portal/?load=${i}#groups`, 'tree', 1));
    const groupLoads = [];
    if (stored.groupId !== undefined)
      for (let i = 0; i < 3; i++)
        groupLoads.push(
          await timedLoad(
            view,
            `${base}/portal/?gload=${i}#groups/${encodeURIComponent(stored.groupId)}`,
            'members',
            files.members,
          ),
        );
    await view.close();

    const applyMs =
      job.progressAt !== undefined && job.runStartedAt !== undefined
        ? job.progressAt - job.runStartedAt
        : undefined;
    return {
      groups,
      members: files.members,
      mappingRows: files.mappingRows,
      parentRows: files.parentRows,
      fileMb:
        Math.round(((statSync(files.mapping).size + statSync(files.parent).size) / 2 ** 20) * 10) /
        10,
      checkMs,
      checkSummary,
      checkLongestTaskMs,
      uploadMs,
      rowsPerSecond: files.mappingRows / (uploadMs / 1000),
      status: job.status,
      ...(job.reason ? { reason: job.reason } : {}),
      counts: job.counts,
      changes: job.totalRows,
      scanMs: job.runStartedAt !== undefined ? job.runStartedAt - job.createdAt : undefined,
      applyMs,
      changesPerSecond: applyMs ? (job.doneRows - (job.runStartRows ?? 0)) / (applyMs / 1000) : 0,
      idleRendererMb,
      peakRendererMb,
      longestTaskMs: uploadLongestTaskMs,
      stored: { groups: stored.groups, memberships: stored.memberships, users: stored.users },
      page: {
        firstRowMs: median(loads.map((l) => l.firstMs)),
        rowsMs: median(loads.map((l) => l.lastMs)),
        rows: loads.at(-1).count,
        longestTaskMs: Math.max(...loads.map((l) => l.longestTaskMs)),
        all: loads.map((l) => ({
          firstMs: Math.round(l.firstMs),
          rowsMs: Math.round(l.lastMs),
          longestTaskMs: Math.round(l.longestTaskMs),
        })),
      },
      group:
        groupLoads.length === 0
          ? undefined
          : {
              name: probeName,
              firstRowMs: median(groupLoads.map((l) => l.firstMs)),
              membersMs: median(groupLoads.map((l) => l.lastMs)),
              rows: groupLoads.at(-1).count,
              longestTaskMs: Math.max(...groupLoads.map((l) => l.longestTaskMs)),
              all: groupLoads.map((l) => ({
                firstMs: Math.round(l.firstMs),
                membersMs: Math.round(l.lastMs),
                longestTaskMs: Math.round(l.longestTaskMs),
              })),
            },
      errors,
    };
  } finally {
    await close();
  }
}
