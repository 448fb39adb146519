/** Least score (0–100) of each gated Lighthouse category (SPEC §14). */
export declare const TARGETS: Record<'performance' | 'accessibility' | 'best-practices', number>;
/** The categories read from each run: the gated three and SEO. */
export declare const CATEGORIES: string[];
/** Median of the finite numbers given (NaN when none). */
export declare function median(values: number[]): number;
/** Ids of the audits one Lighthouse result failed in the gated categories. */
export declare function failedAudits(lhr: unknown): string[];
export interface Row {
  page: string;
  lang: string;
  url: string;
  runs: number;
  scores: Record<string, number>;
  lcp: number;
  tbt: number;
  cls: number;
  failed: string[];
}
/** One report row from the runs of one page in one language. */
export declare function summarize(
  where: { page: string; lang: string; url: string },
  runs: unknown[],
): Row;
/** The targets a row misses, as sentences. */
export declare function misses(row: Row): string[];
/** The Markdown table of bench/lighthouse.md. */
export declare function markdownTable(rows: Row[]): string;
