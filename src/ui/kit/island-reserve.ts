/**
 * The space an island keeps for itself before its code runs. A `client:only` island is empty
 * in the HTML, so without this the text under it jumps down when it renders (layout shift,
 * SPEC §14 Lighthouse). The page renders a placeholder (IslandReserve.astro) and the island's
 * own loading state the same way, `kl-reserve` with the island's name; lab.css sizes each one
 * to the least its first real screen takes, so the placeholder never leaves a gap behind.
 */
export type IslandName =
  | 'actions'
  | 'attributes'
  | 'connectors'
  | 'deleted-users'
  | 'directory'
  | 'export'
  | 'groups'
  | 'import-history'
  | 'portal'
  | 'practice'
  | 'reports'
  | 'roles'
  | 'start'
  | 'templates'
  | 'tenant';

/** Attributes of the placeholder and of the island's loading state (one look, no jump between them). */
export function reserveAttributes(island: IslandName) {
  return {
    class: 'kl-root kl-loading kl-reserve not-content',
    'data-kl-island': island,
    'aria-busy': 'true',
  } as const;
}
