import {
  cpSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDist } from '../../scripts/serve-dist.mjs';
import { writeServiceWorker } from '../../scripts/service-worker.mjs';

/**
 * Two releases of the site on one origin, for the test of an update: release A is the build
 * in dist/; release B is A with some chunks changed, as a real rebuild changes them — every
 * chunk whose content changes gets a new name, the pages and chunks that name it change in
 * turn, and B's service worker is generated over B's files. `use` switches what the server
 * serves, as a deploy does.
 */

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const TEXT = /\.(html|js|css|json)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Makes release B in `to` from A in `from`: the chunks whose names match `changed` get new
 * names, and so, one level at a time, does every chunk that names a renamed one. Every page
 * says which release it is (`<meta name="kl-release">`). Returns the renames (old → new).
 */
async function makeRelease(
  from: string,
  to: string,
  changed: RegExp,
): Promise<Map<string, string>> {
  cpSync(from, to, { recursive: true });
  rmSync(join(to, 'sw.js'));
  const renames = new Map<string, string>();
  let round = readdirSync(join(to, '_astro')).filter((name) => changed.test(name));
  while (round.length > 0) {
    const now = new Map(round.map((name) => [name, name.replace(/\.js$/, '.b.js')]));
    for (const [old, next] of now) renameSync(join(to, '_astro', old), join(to, '_astro', next));
    for (const [old, next] of now) renames.set(old, next);
    const touched = new Set<string>();
    for (const file of filesUnder(to).filter((f) => TEXT.test(f))) {
      const text = readFileSync(file, 'utf8');
      let out = text;
      for (const [old, next] of now) out = out.split(old).join(next);
      if (out === text) continue;
      writeFileSync(file, out);
      const name = basename(file);
      if (basename(dirname(file)) === '_astro' && ![...renames.values()].includes(name))
        touched.add(name);
    }
    round = [...touched];
  }
  for (const file of filesUnder(to).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(file, 'utf8');
    writeFileSync(file, html.replace('</head>', '<meta name="kl-release" content="b"></head>'));
  }
  await writeServiceWorker(to);
  return renames;
}

export interface Releases {
  /** `http://127.0.0.1:<port>`, serving release A until `use('b')`. */
  origin: string;
  /** Old chunk name → its name in release B. */
  renames: Map<string, string>;
  /** Serves release `name` from now on. */
  use(name: 'a' | 'b'): void;
  close(): Promise<void>;
}

/** Serves release A (dist/) from `dir`, with B ready beside it (chunks matching `changed`). */
export async function serveReleases(dir: string, changed: RegExp): Promise<Releases> {
  cpSync(DIST, join(dir, 'a'), { recursive: true });
  const renames = await makeRelease(join(dir, 'a'), join(dir, 'b'), changed);
  const current = join(dir, 'current');
  const use = (name: 'a' | 'b') => {
    rmSync(current, { force: true });
    symlinkSync(join(dir, name), current);
  };
  use('a');
  const close = await serveDist(0, current);
  return { origin: `http://127.0.0.1:${close.port}`, renames, use, close };
}
