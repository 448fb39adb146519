/**
 * The reader's place across the language switch. A page's two languages share their path
 * (`/portal/`, `/pl/portal/`) and, for guides, their headings in the same order, but not the
 * headings' ids (`#add-users`, `#dodaj-użytkowników`).
 */

/** The ids of a guide's headings, in page order, here and in the other language. */
export interface HeadingPairs {
  here: readonly string[];
  there: readonly string[];
}

/**
 * The address the language switch leads to: `target` (the page in the other language) with
 * the place given by `hash`. A hash naming a heading becomes the id of the same heading in
 * the other language; any other hash (a portal section `#groups/g-1`, a form on the templates
 * page) is kept as it is.
 */
export function placeIn(target: string, hash: string, headings?: HeadingPairs): string {
  const base = target.replace(/#.*$/, '');
  if (hash === '' || hash === '#') return base;
  if (headings && headings.here.length === headings.there.length) {
    const i = headings.here.indexOf(decodeHash(hash));
    const there = headings.there[i];
    if (there !== undefined) return `${base}#${there}`;
  }
  return base + hash;
}

/** `#dodaj-u%C5%BCytkownik%C3%B3w` (as `location.hash` gives it) → `dodaj-użytkowników`. */
function decodeHash(hash: string): string {
  const id = hash.slice(1);
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}
