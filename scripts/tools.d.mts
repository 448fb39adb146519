/** The programs the tests drive. */
export type Tool = 'chromium' | 'libreoffice';
export declare const TOOLS: Record<
  Tool,
  { env: string; paths: string[]; names: string[]; apt: string; label: string }
>;
/** Path of a usable executable of `tool` (its environment variable first), or undefined. */
export declare function toolPath(tool: Tool): string | undefined;
/** What to do when `tool` is missing, word for word. */
export declare function howToInstall(tool: Tool): string;
