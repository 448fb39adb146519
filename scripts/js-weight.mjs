// How much JavaScript a page makes the browser fetch (SPEC §14 "JavaScript"), shared by the
// budgets e2e spec (tests/e2e/budgets.spec.ts) and the benchmark (bench/budgets.mjs).
// Every script the page and the Web Workers it starts fetch is counted (the context's
// `response` events carry the workers' fetches too); a service worker's precaching is not. Each body is gzipped here with node:zlib at level 9
// (what a static host precompressing its files serves; on-the-fly hosts use 6, ~1% larger).
import { gzipSync } from 'node:zlib';

/** The budgets of SPEC §14, in bytes of gzipped JavaScript (1 KB = 1,000 bytes). */
export const BUDGETS = {
  guideWithoutIsland: 20_000,
  portalFirstLoad: 100_000,
};

/**
 * The libraries that must load only when used, recognised by their source text (which
 * minification keeps: string literals and property names the libraries rely on), so a
 * renamed or merged chunk is still found.
 */
export const LAZY_LIBRARIES = {
  // libphonenumber-js: its metadata's keys and its own error message.
  phone: /country_calling_codes|INVALID_COUNTRY|TOO_SHORT/,
  // fflate and JSZip: the zip local file header signature and their messages.
  zip: /invalid zip data|End of data reached|Corrupted zip/,
  // The lab's CSV reader (src/io/csv.ts): the code of its unclosed-quote error, quoted as code
  // (the strings catalog spells it inside a longer key, `problem.import.csv.unclosedQuote`).
  csv: /[`'"]csv\.unclosedQuote[`'"]/,
};

/**
 * Records every script `context`'s pages and workers fetch from now on. `files()` lists them
 * with their sizes (raw and gzipped at level 9), `total()` sums the gzipped bytes and
 * `libraries()` names the lazy libraries among them.
 * @param {import('@playwright/test').BrowserContext} context
 */
export function recordScripts(context) {
  /** @type {Map<string, { url: string, bytes: number, gzip: number, text: string }>} */
  const seen = new Map();
  /** @type {Promise<void>[]} */
  const pending = [];
  let recording = true;
  const onResponse = (response) => {
    if (!recording) return;
    const request = response.request();
    // A service worker's own fetches (precaching the whole build) are not the page's load.
    if (request.serviceWorker()) return;
    const type = request.resourceType();
    const url = response.url();
    const isScript = type === 'script' || /\.m?js(\?|$)/.test(new URL(url).pathname);
    if (!isScript || seen.has(url) || response.status() >= 400) return;
    pending.push(
      response.body().then(
        (body) => {
          seen.set(url, {
            url,
            bytes: body.length,
            gzip: gzipSync(body, { level: 9 }).length,
            text: body.toString('utf8'),
          });
        },
        () => undefined,
      ),
    );
  };
  context.on('response', onResponse);
  return {
    /** Stops recording, once every body seen so far is read. */
    async stop() {
      recording = false;
      context.off('response', onResponse);
      await Promise.all(pending);
    },
    files() {
      return [...seen.values()]
        .map(({ url, bytes, gzip }) => ({ file: new URL(url).pathname, bytes, gzip }))
        .sort((a, b) => b.gzip - a.gzip);
    },
    total() {
      return [...seen.values()].reduce((sum, f) => sum + f.gzip, 0);
    },
    /** The lazy libraries (`phone`, `zip`, `csv`) found among the scripts, with their files. */
    libraries() {
      /** @type {Record<string, string[]>} */
      const found = {};
      for (const f of seen.values())
        for (const [name, marker] of Object.entries(LAZY_LIBRARIES))
          if (marker.test(f.text)) (found[name] ??= []).push(new URL(f.url).pathname);
      return found;
    },
  };
}

/**
 * A guide's HTML as it would be without its island (a guide of text only): the island
 * elements and the module preloads the build adds for them taken out, so what is left is the
 * chrome every guide carries (header, search, language select, tables of contents, banner).
 * @param {string} html
 */
export function withoutIslandsHtml(html) {
  return html
    .replace(/<astro-island\b[\s\S]*?<\/astro-island>/g, '')
    .replace(/<link rel="modulepreload"[^>]*>/g, '');
}

/** `12.3 KB` (1 KB = 1,000 bytes, as the budgets are written). */
export const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

/** The files of a recording as lines, largest first, for a failure message or a report. */
export function listFiles(files) {
  return files.map((f) => `  ${kb(f.gzip).padStart(9)} gz  ${kb(f.bytes).padStart(9)}  ${f.file}`);
}
