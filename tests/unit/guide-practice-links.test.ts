import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { translate, type MessageKey } from '../../src/i18n';
import '../../src/i18n/practice';
import { EXERCISES as ALL } from '../../src/domain/practice-exercises';

/**
 * Every guide links to its exercises on the Practice page (SPEC §11), in English and in
 * Polish, each language to its own practice page. The mapping is the one the practice page's
 * exercises are built from (issue 13).
 */
/** Guide slug → the exercises that name it as their guide (the practice page's own list). */
const EXERCISES: Record<string, string[]> = {};
for (const ex of ALL) for (const guide of ex.guides) (EXERCISES[guide] ??= []).push(ex.id);

const DOCS = resolve(__dirname, '../../src/content/docs');
const LANGUAGES = [
  { lang: 'en', dir: join(DOCS, 'guides'), practice: '/practice/' },
  { lang: 'pl', dir: join(DOCS, 'pl/guides'), practice: '/pl/practice/' },
] as const;

const slugsIn = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.slice(0, -'.mdx'.length))
    .sort();

/** The practice exercises a guide links to, by the path they are linked with. */
function practiceLinks(text: string): Array<{ path: string; id: string; text: string }> {
  return [...text.matchAll(/\[([^\]]*)\]\(((?:\/pl)?\/practice\/)#([\w-]+)\)/g)].map((m) => ({
    text: m[1]!.replace(/\s+/g, ' '),
    path: m[2]!,
    id: m[3]!,
  }));
}

describe('guides link to their practice exercises', () => {
  test('both languages have the same guides, and every guide has its exercises', () => {
    expect(slugsIn(LANGUAGES[1].dir)).toEqual(slugsIn(LANGUAGES[0].dir));
    expect(slugsIn(LANGUAGES[0].dir)).toEqual(Object.keys(EXERCISES).sort());
  });

  for (const { lang, dir, practice } of LANGUAGES) {
    test(`every ${lang} guide links to each of its exercises on the ${lang} practice page`, () => {
      const known = new Set(Object.values(EXERCISES).flat());
      for (const slug of slugsIn(dir)) {
        const links = practiceLinks(readFileSync(join(dir, `${slug}.mdx`), 'utf8'));
        const ids = new Set(links.map((l) => l.id));
        for (const id of EXERCISES[slug] ?? []) {
          expect(ids, `${lang} ${slug} → ${id}`).toContain(id);
          // One of its links is named as the practice page names the exercise.
          const title = translate(lang, `practice.${id}.title` as MessageKey);
          expect(
            links.filter((l) => l.id === id).map((l) => l.text),
            `${lang} ${slug} → ${id}`,
          ).toContain(title);
        }
        for (const link of links) {
          expect(link.path, `${lang} ${slug} → ${link.id}`).toBe(practice);
          expect(known, `${lang} ${slug} links an unknown exercise`).toContain(link.id);
        }
      }
    });
  }
});
