import { useEffect, useState } from 'preact/hooks';

/**
 * The portal's hash routes, parsed in one place: `#directory`, `#groups`, `#groups/<id>`,
 * `#actions`, `#connectors`, `#reports`, `#settings`. Links are built here too, so a
 * component that links to a group imports this module, not the component that shows it.
 */

export const SECTIONS = [
  'directory',
  'groups',
  'actions',
  'connectors',
  'reports',
  'settings',
] as const;
export type Section = (typeof SECTIONS)[number];

export interface Route {
  section: Section;
  /** The group `#groups/<id>` names. */
  groupId?: string;
}

/** Reads a hash (`#groups/g-1`); an unknown or empty one is the directory. */
export function parseRoute(hash: string): Route {
  const [head = '', id] = hash.replace(/^#/, '').split('/');
  const section = (SECTIONS as readonly string[]).includes(head) ? (head as Section) : 'directory';
  return section === 'groups' && id ? { section, groupId: decodeURIComponent(id) } : { section };
}

/** The address of a section. */
export function sectionHref(section: Section): string {
  return `#${section}`;
}

/** The address of a group's page. */
export function groupHref(groupId: string): string {
  return `#groups/${encodeURIComponent(groupId)}`;
}

/** The route of the page's address, kept current as the address changes. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return route;
}
