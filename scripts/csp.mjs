// The site's Content-Security-Policy (issue 14): Astro's `security.csp` writes a <meta> policy
// into every page with the hashes of the scripts and styles Astro itself emits. What Astro does
// not hash is added here, computed at build time, never pasted by hand:
// - Starlight's `<script is:inline>` blocks (theme provider, search shortcut, sidebar state…),
//   hashed from Starlight's own component sources, so that an upgrade changes the hashes with
//   the scripts (tests/unit/csp-dist.test.ts fails on any inline script a page's policy lacks);
// - the static `style` attributes Starlight and Expressive Code write (icon sizes, sidebar
//   depth, token colours), hashed per page after the build (see `styleAttributes` below).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `sha256-…` of a script or style text: a CSP hash source, without its quotes. */
export function sha256(text) {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** Every file under `dir` whose name ends with `ext`. */
export function filesUnder(dir, ext) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, ext);
    return name.endsWith(ext) ? [path] : [];
  });
}

const INLINE_SCRIPT = /<script\b[^>]*\bis:inline\b[^>]*>([\s\S]*?)<\/script>/g;

/**
 * The texts of the `<script is:inline>` blocks in the `.astro` files under `dirs`. Astro emits
 * such a block's text unchanged, so its hash is the hash of the script the browser runs.
 * @param {string[]} dirs
 * @returns {string[]}
 */
export function inlineScriptsIn(dirs) {
  return dirs.flatMap((dir) =>
    filesUnder(dir, '.astro').flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(INLINE_SCRIPT)].map((m) => m[1] ?? ''),
    ),
  );
}

/** The folder of the installed @astrojs/starlight's entry, which holds its components. */
function starlightRoot() {
  return dirname(fileURLToPath(import.meta.resolve('@astrojs/starlight')));
}

/**
 * Hashes of every inline script Starlight or the site's own components can put in a page.
 * @param {string} projectRoot
 */
export function inlineScriptHashes(projectRoot) {
  const dirs = [starlightRoot(), join(projectRoot, 'src')];
  return [...new Set(inlineScriptsIn(dirs).map(sha256))];
}

/**
 * The `security.csp` option of astro.config.mjs.
 * - Scripts: only the site's own files and the hashed inline scripts; no 'unsafe-inline',
 *   no 'unsafe-eval'. 'wasm-unsafe-eval' lets Pagefind (Starlight's search) compile its
 *   WebAssembly index reader; it allows WebAssembly only, not `eval` of text.
 * - Workers: the directory read model, the jobs worker, Pagefind's worker and the service
 *   worker are all files of the site ('self'); none is made from a blob: URL, and a download
 *   (an <a download> of a blob: URL) is a navigation no fetch directive governs.
 * - IndexedDB is not a fetch and needs no directive; every fetch stays on the site.
 * - Images: the site's files, and the data: SVG icons in Starlight's CSS.
 * - 'report-sample' puts the first characters of blocked code in the violation event, which
 *   the e2e tests print (tests/e2e/csp-violations.ts).
 * @param {string} projectRoot
 */
export function siteCsp(projectRoot) {
  return {
    algorithm: /** @type {const} */ ('SHA-256'),
    directives: [
      "default-src 'self'",
      "connect-src 'self'",
      "img-src 'self' data:",
      "font-src 'self'",
      "manifest-src 'self'",
      "worker-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ],
    scriptDirective: {
      resources: ["'self'", "'wasm-unsafe-eval'", "'report-sample'"],
      hashes: inlineScriptHashes(projectRoot),
    },
    // Style elements and files: 'self' and the hashes Astro adds for the styles it inlines.
    styleDirective: { resources: ["'self'", "'report-sample'"] },
  };
}

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)">/;
const STYLE_ATTRIBUTE = /\sstyle="([^"]*)"/g;
const ENTITIES = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

/** An attribute value as the browser reads it (the hash is of the decoded text). */
function decodeAttribute(value) {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const hex = name[1] === 'x' || name[1] === 'X';
    return String.fromCodePoint(parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10));
  });
}

/**
 * The `style-src-attr` directive of one page: the hashes of its own static `style` attributes
 * ('unsafe-hashes' lets a hash match an attribute), or none at all. Starlight writes icon sizes and
 * sidebar depths there, Expressive Code the colours of code tokens: they depend on the page's
 * content, so they are taken from the built page, not known when the config is read. Styles the
 * islands set at run time go through the CSSOM (`element.style`), which CSP does not govern.
 * @param {string} html
 */
export function styleAttributeDirective(html) {
  const values = new Set([...html.matchAll(STYLE_ATTRIBUTE)].map((m) => decodeAttribute(m[1])));
  const hashes = [...values].map((value) => `'${sha256(value)}'`);
  if (hashes.length === 0) return "style-src-attr 'report-sample'";
  return `style-src-attr 'unsafe-hashes' 'report-sample' ${hashes.join(' ')}`;
}

/**
 * One built page with its policy completed and moved to the top of <head>: Astro writes the
 * <meta> at the end of <head>, after Starlight's inline scripts and styles, and a policy in a
 * <meta> governs only what follows it. It goes right after <meta charset>, which must stay
 * within the first 1024 bytes.
 * @param {string} html
 * @param {string} file for the error when the page has no policy
 */
export function finishPolicy(html, file) {
  const meta = html.match(CSP_META);
  if (!meta) throw new Error(`${file}: no content-security-policy <meta> (security.csp is off?)`);
  const content = `${meta[1].replace(/;?\s*$/, '')}; ${styleAttributeDirective(html)};`;
  const tag = `<meta http-equiv="content-security-policy" content="${content}">`;
  const rest = html.replace(meta[0], '');
  const charset = rest.match(/<meta charset="[^"]*"\s*\/?>/i);
  if (charset?.index !== undefined) {
    const at = charset.index + charset[0].length;
    return rest.slice(0, at) + tag + rest.slice(at);
  }
  return rest.replace(/<head>/i, `<head>${tag}`);
}

/** Astro integration: after the build, every page's policy finished by `finishPolicy`. */
export default function cspIntegration() {
  return {
    name: 'kaizala-lab:csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const files = filesUnder(fileURLToPath(dir), '.html');
        for (const file of files)
          writeFileSync(file, finishPolicy(readFileSync(file, 'utf8'), file));
        logger.info(`content-security-policy finished in ${files.length} pages`);
      },
    },
  };
}
