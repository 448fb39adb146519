import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { filesUnder, finishPolicy, inlineScriptsIn } from '../../scripts/csp.mjs';
import { parsePolicy, policyProblems } from '../../scripts/csp-check.mjs';

/**
 * The Content-Security-Policy of the built site (issue 14): every inline script and style of
 * every page is in that page's policy, which comes first in <head> and allows no
 * 'unsafe-inline' script. The checker is first shown to fail on pages that break each rule.
 */

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/csp/${name}`, import.meta.url)), 'utf8');

describe('the policy checker', () => {
  it('passes a page whose inline code is all in its policy', () => {
    expect(policyProblems(fixture('hashed.html'))).toEqual([]);
  });

  it.each([
    ['unhashed-script.html', /inline script "console.log\('added after the build'\);"/],
    ['policy-late.html', /policy comes after a script/],
    ['unsafe-inline.html', /'unsafe-inline'/],
    ['event-handler.html', /inline event handler onclick=/],
    ['unhashed-style-attribute.html', /style attribute "color: red"/],
  ])('fails %s', (name, problem) => {
    expect(policyProblems(fixture(name)).join('\n')).toMatch(problem);
  });

  it('fails a page with no policy at all', () => {
    expect(policyProblems('<html><head><script>1</script></head></html>')).toEqual([
      'no content-security-policy <meta>',
    ]);
  });
});

describe('finishing the policy Astro writes', () => {
  it('moves it right after <meta charset> and adds the style attributes, each hash once', () => {
    const html = finishPolicy(fixture('astro-output.html'), 'astro-output.html');
    expect(html).toMatch(
      /^<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="content-security-policy"/,
    );
    const policy = parsePolicy(/content="([^"]*)"/.exec(html)?.[1] ?? '');
    // --depth: 0; twice, --sl-icon-size, and the entity-decoded `content: "x"`: three hashes.
    expect(policy.get('style-src-attr')).toHaveLength(2 + 3);
    expect(policyProblems(html)).toEqual([]);
  });

  it('allows no style attribute on a page that has none', () => {
    const html = finishPolicy(fixture('astro-output-no-attributes.html'), 'plain.html');
    expect(parsePolicy(/content="([^"]*)"/.exec(html)?.[1] ?? '').get('style-src-attr')).toEqual([
      "'report-sample'",
    ]);
    expect(policyProblems(html)).toEqual([]);
  });

  it('refuses a page without a policy, naming it', () => {
    expect(() => finishPolicy('<html><head></head></html>', 'dist/x/index.html')).toThrow(
      /dist\/x\/index.html: no content-security-policy/,
    );
  });
});

describe('inline scripts of .astro sources', () => {
  it('are read from <script is:inline> blocks only, text unchanged', () => {
    const scripts = inlineScriptsIn([fileURLToPath(new URL('../fixtures/csp', import.meta.url))]);
    expect(scripts).toEqual(['\n\twindow.inlined = true;\n']);
  });
});

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const built = existsSync(DIST);

describe('every page of dist/', () => {
  if (!built) {
    it.skip('is not checked: dist/ is missing, run `npm run build` first', () => {});
    return;
  }
  it('has all its inline code in its policy, which comes first and allows no inline script', () => {
    const pages = filesUnder(DIST, '.html');
    expect(pages.length).toBeGreaterThan(30);
    const problems = pages.flatMap((file) =>
      policyProblems(readFileSync(file, 'utf8')).map((p) => `${relative(DIST, file)}: ${p}`),
    );
    expect(problems).toEqual([]);
  });
});
