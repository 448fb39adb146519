/**
 * The language switch keeps the reader's place (SPEC §2): the lab pages' header link and
 * Starlight's language select lead to the other language with the current hash, a guide's
 * heading mapped to the same heading there (see keep-place.ts). Loaded as a module file, not
 * inline, so that a Content-Security-Policy without 'unsafe-inline' allows it.
 */
import { placeIn, type HeadingPairs } from './keep-place';

/** The heading ids LanguageSelect.astro wrote into a guide, if this page has them. */
function headings(): HeadingPairs | undefined {
  const data = document.querySelector<HTMLElement>('[data-kl-headings]')?.dataset['klHeadings'];
  if (!data) return undefined;
  try {
    return JSON.parse(data) as HeadingPairs;
  } catch {
    return undefined;
  }
}

// The lab pages' link (LabPage.astro): its address follows the hash, so that a click, a
// middle click, "Copy link" or the status bar all see where it really leads.
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-kl-lang-switch]')) {
  const page = link.getAttribute('href') ?? '';
  const sync = () => link.setAttribute('href', placeIn(page, window.location.hash, headings()));
  sync();
  window.addEventListener('hashchange', sync);
  for (const type of ['pointerenter', 'focus', 'click', 'auxclick', 'contextmenu'])
    link.addEventListener(type, sync);
}

// Starlight's language select goes to the option's path and would keep the hash as it is,
// which on a guide names a heading the other language spells differently. Caught on the way
// down (capture), before the select's own listener.
document.addEventListener(
  'change',
  (event) => {
    const select = event.target;
    if (!(select instanceof HTMLSelectElement) || !select.closest('starlight-lang-select')) return;
    event.stopImmediatePropagation();
    window.location.assign(placeIn(select.value, window.location.hash, headings()));
  },
  { capture: true },
);
