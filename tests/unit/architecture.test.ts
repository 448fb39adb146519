import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * The shape of the house (STYLE.md point 13), checked rather than hoped for. Every import of
 * every module under src/ is read; a rule that is broken names the file and the import.
 */

const ROOT = resolve(__dirname, '../..');
const SRC = join(ROOT, 'src');

interface Import {
  /** The importing file, relative to the repository. */
  file: string;
  /** The specifier as written. */
  spec: string;
  /** The imported file relative to the repository, for relative imports. */
  target?: string;
  /** A type-only import (erased at build). */
  typeOnly: boolean;
  /** `import()`: loaded when used, so it cannot close an import circle at load time. */
  dynamic: boolean;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.(ts|tsx|astro|mdx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts'];
function resolveTarget(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  for (const ext of EXTENSIONS) {
    try {
      if (statSync(base + ext).isFile()) return relative(ROOT, base + ext);
    } catch {
      // not this extension
    }
  }
  return undefined;
}

const STATIC = /^\s*(import|export)\s+(type\s+)?(?:[\w*{}\s,$]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
const DYNAMIC = /import\(\s*['"]([^'"]+)['"]\s*\)/g;
const WORKER = /new URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g;

function importsOf(path: string): Import[] {
  const text = readFileSync(path, 'utf8');
  const file = relative(ROOT, path);
  const found: Import[] = [];
  const add = (spec: string, typeOnly: boolean, dynamic: boolean) => {
    const target = spec.startsWith('.') ? resolveTarget(path, spec) : undefined;
    found.push({ file, spec, typeOnly, dynamic, ...(target ? { target } : {}) });
  };
  for (const m of text.matchAll(STATIC)) add(m[3]!, m[2] !== undefined, false);
  for (const m of text.matchAll(DYNAMIC)) add(m[1]!, false, true);
  for (const m of text.matchAll(WORKER)) add(m[1]!, false, true);
  return found;
}

const ALL = filesUnder(SRC).flatMap(importsOf);
const under = (prefix: string) => (i: Import) => i.file.startsWith(prefix);
const describeImport = (i: Import) => `${i.file} imports '${i.spec}'`;

describe('the shape of the house', () => {
  test('the scan sees the code (a broken scan would pass every rule)', () => {
    expect(ALL.length).toBeGreaterThan(500);
    expect(ALL.some((i) => i.file === 'src/app/kernel/client.ts' && i.spec === '../areas')).toBe(
      true,
    );
  });

  test('the domain is pure TypeScript: it imports only the domain', () => {
    const bad = ALL.filter(under('src/domain/')).filter(
      (i) => !i.target?.startsWith('src/domain/'),
    );
    expect(bad.map(describeImport)).toEqual([]);
  });

  test('only storage imports dexie', () => {
    const bad = ALL.filter((i) => i.spec === 'dexie' || i.spec.startsWith('dexie/')).filter(
      (i) => !i.file.startsWith('src/storage/'),
    );
    expect(bad.map(describeImport)).toEqual([]);
  });

  test('the CSV, zip and phone libraries are wrapped by io/ only', () => {
    const libraries = /^(papaparse|jszip|fflate|libphonenumber-js)(\/|$)/;
    const bad = ALL.filter((i) => libraries.test(i.spec)).filter(
      (i) => !i.file.startsWith('src/io/'),
    );
    expect(bad.map(describeImport)).toEqual([]);
  });

  test('io imports only io and the domain (and the libraries it wraps)', () => {
    const bad = ALL.filter(under('src/io/')).filter(
      (i) =>
        i.target !== undefined &&
        !i.target.startsWith('src/io/') &&
        !i.target.startsWith('src/domain/'),
    );
    expect(bad.map(describeImport)).toEqual([]);
  });

  test('the app never reaches up into the UI or the pages', () => {
    const bad = ALL.filter(under('src/app/')).filter(
      (i) => i.target?.startsWith('src/ui/') || i.target?.startsWith('src/pages/'),
    );
    expect(bad.map(describeImport)).toEqual([]);
  });

  test('storage imports only storage, the domain and dexie', () => {
    const bad = ALL.filter(under('src/storage/')).filter(
      (i) =>
        !(
          i.spec === 'dexie' ||
          i.target?.startsWith('src/storage/') ||
          i.target?.startsWith('src/domain/')
        ),
    );
    expect(bad.map(describeImport)).toEqual([]);
  });

  test('the UI reaches the app only through its client', () => {
    const ui = ALL.filter((i) => i.file.startsWith('src/ui/') || i.file.startsWith('src/pages/'));
    const bad = ui.filter(
      (i) =>
        (i.target?.startsWith('src/app/') && i.target !== 'src/app/kernel/client.ts') ||
        i.target?.startsWith('src/storage/') ||
        i.target?.startsWith('src/io/'),
    );
    expect(bad.map(describeImport)).toEqual([]);
  });

  test('guides and pages embed islands, not app code', () => {
    const content = ALL.filter((i) => i.file.startsWith('src/content/'));
    const bad = content.filter((i) => i.target && !i.target.startsWith('src/ui/islands/'));
    expect(bad.map(describeImport)).toEqual([]);
  });

  test('code that runs in the browser loads one language, not the module with both', () => {
    // Only build-time frontmatter (.astro) may import src/i18n/build.ts.
    const bad = ALL.filter(
      (i) => i.target === 'src/i18n/build.ts' && !i.file.endsWith('.astro') && !i.typeOnly,
    );
    expect(bad.map(describeImport)).toEqual([]);
  });

  test("the directory worker's code never reaches Dexie (the page already loads one copy)", () => {
    const byFile = new Map<string, Import[]>();
    for (const i of ALL) byFile.set(i.file, [...(byFile.get(i.file) ?? []), i]);
    const seen = new Set<string>();
    const reached: string[] = [];
    const visit = (file: string, path: string[]) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const i of byFile.get(file) ?? []) {
        if (i.typeOnly) continue;
        if (i.spec === 'dexie' || i.spec.startsWith('dexie/'))
          reached.push([...path, file].join(' → '));
        if (i.target) visit(i.target, [...path, file]);
      }
    };
    visit('src/app/directory/directory.worker.ts', []);
    expect(seen.size, 'the scan follows the worker into its modules').toBeGreaterThan(5);
    expect(reached).toEqual([]);
  });

  test('no files import each other in a circle', () => {
    // Load-time edges only: a dynamic import or a worker's URL runs later and closes no circle.
    const edges = new Map<string, string[]>();
    for (const i of ALL)
      if (i.target && !i.dynamic && !i.typeOnly) {
        const list = edges.get(i.file) ?? [];
        list.push(i.target);
        edges.set(i.file, list);
      }
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'open');
      stack.push(file);
      for (const next of edges.get(file) ?? []) {
        if (state.get(next) === 'open')
          circles.push([...stack.slice(stack.indexOf(next)), next].join(' → '));
        else if (!state.has(next)) visit(next);
      }
      stack.pop();
      state.set(file, 'done');
    };
    for (const file of edges.keys()) if (!state.has(file)) visit(file);
    expect(circles).toEqual([]);
  });
});
