import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * The language switch leads a guide's heading to the heading in the same place in the other
 * language (src/ui/layouts/keep-place.ts), so both languages keep the same headings, at the
 * same levels, in the same order. (With a different number it falls back to keeping the
 * hash; with the same number in another order it would lead to the wrong heading.)
 */
const DOCS = resolve(__dirname, '../../src/content/docs');
const PAGES = [...readdirSync(join(DOCS, 'guides')).map((name) => `guides/${name}`), 'index.mdx'];

/** The levels of a page's Markdown headings, in order (`##` → 2), outside code fences. */
function headingLevels(text: string): number[] {
  const prose = text.replace(/^```[\s\S]*?^```/gm, '');
  return [...prose.matchAll(/^(#{2,6}) /gm)].map((m) => m[1]!.length);
}

describe('guides keep their headings in the same order in both languages', () => {
  for (const page of PAGES) {
    test(page, () => {
      const en = headingLevels(readFileSync(join(DOCS, page), 'utf8'));
      const pl = headingLevels(readFileSync(join(DOCS, 'pl', page), 'utf8'));
      expect(en.length).toBeGreaterThan(3);
      expect(pl).toEqual(en);
    });
  }
});
