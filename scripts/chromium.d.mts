/** Flags required to launch Chromium in this environment. */
export declare const chromiumArgs: string[];
/** Path of a usable Chromium executable ($CHROMIUM_PATH first), or undefined if none is found. */
export declare function chromiumPath(): string | undefined;
