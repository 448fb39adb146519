// Reads a built page the way a browser applies its <meta> Content-Security-Policy, and lists
// what the policy would block or fails to govern: an inline script or style whose hash is not
// in it, an inline event handler, a style attribute without its hash, 'unsafe-inline' script,
// a policy placed after the code it should govern. Used by tests/unit/csp-dist.test.ts over dist/.
import { sha256 } from './csp.mjs';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/;
const SCRIPT = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/g;
const STYLE = /<style(\s[^>]*)?>([\s\S]*?)<\/style>/g;
const STYLE_ATTRIBUTE = /\sstyle="([^"]*)"/g;
const HANDLER = /<[a-z][\w-]*(?:\s[^>]*?)?\s(on[a-z]+)=/g;
/** `type` values a browser runs as script; any other type is a data block. */
const SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);
const DATA_TYPES_RUN = new Set(['importmap', 'speculationrules']);

/**
 * The policy's directives, name → sources (keywords with their quotes).
 * @param {string} content
 * @returns {Map<string, string[]>}
 */
export function parsePolicy(content) {
  const directives = new Map();
  for (const part of content.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name)) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** The sources that apply to `directive`, falling back as CSP level 3 does. */
function sourcesFor(policy, directive) {
  const chain = {
    'script-src-elem': ['script-src-elem', 'script-src', 'default-src'],
    'script-src-attr': ['script-src-attr', 'script-src', 'default-src'],
    'style-src-elem': ['style-src-elem', 'style-src', 'default-src'],
    'style-src-attr': ['style-src-attr', 'style-src', 'default-src'],
  }[directive];
  for (const name of chain) if (policy.has(name)) return policy.get(name);
  return undefined;
}

/** Whether inline text (an element's or an attribute's) may run or apply under `sources`. */
function allows(sources, text, attribute) {
  if (sources === undefined) return true;
  const hashed = sources.includes(`'${sha256(text)}'`);
  const hasHashes = sources.some((s) => /^'(sha256|sha384|sha512|nonce)-/.test(s));
  if (sources.includes("'unsafe-inline'") && !hasHashes) return true;
  return hashed && (!attribute || sources.includes("'unsafe-hashes'"));
}

const decode = (value) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const shorten = (text) => JSON.stringify(text.trim().slice(0, 60));

/**
 * Everything wrong with one built page's policy, one line each (empty when all is well).
 * @param {string} html
 * @returns {string[]}
 */
export function policyProblems(html) {
  const meta = html.match(META);
  if (!meta || meta.index === undefined) return ['no content-security-policy <meta>'];
  const problems = [];
  const policy = parsePolicy(decode(meta[1]));
  const firstCode = html.search(/<script|<style|<link[^>]*rel="(stylesheet|modulepreload)"/);
  if (firstCode !== -1 && firstCode < meta.index)
    problems.push('the policy comes after a script or style, which it then does not govern');
  const scripts = sourcesFor(policy, 'script-src-elem');
  if (!scripts) problems.push('no script-src: any script may run');
  if (policy.get('script-src')?.includes("'unsafe-inline'"))
    problems.push("script-src allows 'unsafe-inline'");
  for (const [, attributes = '', text = ''] of html.matchAll(SCRIPT)) {
    if (/\ssrc=/.test(attributes)) continue;
    const type = /\stype="([^"]*)"/.exec(attributes)?.[1]?.toLowerCase() ?? '';
    if (!SCRIPT_TYPES.has(type) && !DATA_TYPES_RUN.has(type)) continue;
    if (!allows(scripts, text, false))
      problems.push(`inline script ${shorten(text)} (${sha256(text)}) is not in script-src`);
  }
  for (const [, name] of html.matchAll(HANDLER))
    problems.push(`inline event handler ${name}= (script-src has no 'unsafe-hashes')`);
  const styles = sourcesFor(policy, 'style-src-elem');
  for (const [, , text = ''] of html.matchAll(STYLE))
    if (!allows(styles, text, false))
      problems.push(`inline style ${shorten(text)} (${sha256(text)}) is not in style-src`);
  const styleAttributes = sourcesFor(policy, 'style-src-attr');
  for (const [, value = ''] of html.matchAll(STYLE_ATTRIBUTE))
    if (!allows(styleAttributes, decode(value), true))
      problems.push(`style attribute ${shorten(decode(value))} is not in style-src-attr`);
  return [...new Set(problems)];
}
