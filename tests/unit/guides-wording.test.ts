import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pl } from '../../src/i18n/pl';

const DOCS = join(import.meta.dirname, '../../src/content/docs');

/** Every guide and landing page, en and pl, as [path, text]. */
function pages(dir = DOCS): [string, string][] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return pages(path);
    return entry.name.endsWith('.mdx') ? [[path, readFileSync(path, 'utf8')]] : [];
  }) as [string, string][];
}

/** The prose a reader sees: no import lines and no component tags (`<DirectoryIsland … />`). */
function prose(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^\s*import\s/.test(line))
    .join('\n')
    .replace(/<\/?[A-Z][^>]*>/g, '');
}

describe('wording readers meet', () => {
  it('no guide calls a live example an "island" (developer jargon), in either language', () => {
    const found = pages()
      .filter(([, text]) => /\bisland|\bwysp/i.test(prose(text)))
      .map(([path]) => path);
    expect(found).toEqual([]);
  });

  it('the duplicate-number warning says in plain Polish which row wins', () => {
    const text = pl['problem.import.phone.duplicate'];
    expect(text).not.toMatch(/zastosowany na/);
    expect(text).toContain('{later}');
  });
});
