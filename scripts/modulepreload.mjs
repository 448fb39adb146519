// Astro integration: after the build, every page that hydrates islands gets
// <link rel="modulepreload"> for the islands' static import graph. Without it the browser
// discovers those chunks one import level at a time, which delays the first rows.
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

const STATIC_IMPORT = /(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

/** `/_astro/a.js` and every chunk it imports statically (dynamic imports and workers stay lazy). */
function graph(root, url, seen = new Set()) {
  if (seen.has(url)) return seen;
  seen.add(url);
  const code = readFileSync(join(root, url), 'utf8');
  for (const [, spec] of code.matchAll(STATIC_IMPORT))
    graph(root, posix.join(posix.dirname(url), spec), seen);
  return seen;
}

/**
 * The chunks of each language's strings (src/i18n/en.ts, pl.ts, and en-pages.ts, pl-pages.ts
 * for the landing's Start and the templates page), which the strings module imports when a
 * page asks for its language (src/i18n/index.ts `loadStrings`): found by the
 * `import(`./en.<hash>.js`)` the build writes for each. Preloaded on the pages of that
 * language that use them, they come with the island's code instead of after it.
 */
function stringChunks(root) {
  const dir = join(root, '_astro');
  const found = {};
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.js'))) {
    const code = readFileSync(join(dir, name), 'utf8');
    for (const [, file, lang, pages] of code.matchAll(
      /import\(`\.\/((en|pl)(-pages)?\.[\w-]+\.js)`\)/g,
    )) {
      const key = `${lang}${pages ?? ''}`;
      // Another module named en.ts or pl.ts would make a chunk of the same name: say so.
      if (found[key] && found[key] !== `/_astro/${file}`)
        throw new Error(
          `modulepreload: two chunks look like the ${key} strings: ${found[key]}, ${file}`,
        );
      found[key] = `/_astro/${file}`;
    }
  }
  for (const key of ['en', 'pl', 'en-pages', 'pl-pages'])
    if (!found[key]) throw new Error(`modulepreload: the ${key} strings chunk was not found`);
  return found;
}

/** Islands that show the `pages` strings as well as the core ones (src/ui/i18n.ts usePageLocale). */
const PAGES_STRINGS = /\/(StartIsland|TemplatesIsland)\.[\w-]+\.js/;

export default function modulepreload() {
  return {
    name: 'kaizala-lab:modulepreload',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const strings = stringChunks(root);
        for (const file of htmlFiles(root)) {
          const html = readFileSync(file, 'utf8');
          const entries = [...html.matchAll(/(?:component|renderer)-url="([^"]+\.js)"/g)].map(
            (m) => m[1],
          );
          if (entries.length === 0) continue;
          const urls = new Set(entries.flatMap((u) => [...graph(root, u)]));
          const lang = /<html[^>]*\blang="pl"/.test(html) ? 'pl' : 'en';
          urls.add(strings[lang]);
          if (entries.some((u) => PAGES_STRINGS.test(u))) urls.add(strings[`${lang}-pages`]);
          const links = [...urls].map((u) => `<link rel="modulepreload" href="${u}">`).join('');
          writeFileSync(file, html.replace('</head>', `${links}</head>`));
        }
      },
    },
  };
}
