import type { BrowserContext } from '@playwright/test';

/** One script a load fetched: its path, raw bytes and bytes gzipped at level 9. */
export interface ScriptFile {
  file: string;
  bytes: number;
  gzip: number;
}
/** The budgets of SPEC §14 in bytes of gzipped JavaScript (1 KB = 1,000 bytes). */
export declare const BUDGETS: { guideWithoutIsland: number; portalFirstLoad: number };
/** The portal's first load may not grow beyond this while it is over its budget. */
export declare const PORTAL_CEILING_TODAY: number;
/** The lazy libraries' markers, by name (`phone`, `zip`, `csv`). */
export declare const LAZY_LIBRARIES: Record<string, RegExp>;
/** Records the scripts the context's pages and workers fetch from now on. */
export declare function recordScripts(context: BrowserContext): {
  stop(): Promise<void>;
  files(): ScriptFile[];
  total(): number;
  libraries(): Record<string, string[]>;
};
/** `12.3 KB`. */
export declare function kb(bytes: number): string;
/** The files as lines, largest first. */
export declare function listFiles(files: ScriptFile[]): string[];
/** A guide's HTML without its islands and their module preloads. */
export declare function withoutIslandsHtml(html: string): string;
