import type { AstroIntegration, AstroUserConfig } from 'astro';

/** The object form of Astro's `security.csp`. */
type CspOptions = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/** `sha256-…` of a script or style text (a CSP source without its quotes). */
export declare function sha256(text: string): `sha256-${string}`;
/** Every file under `dir` whose name ends with `ext`. */
export declare function filesUnder(dir: string, ext: string): string[];
/** The texts of the `<script is:inline>` blocks in the `.astro` files under `dirs`. */
export declare function inlineScriptsIn(dirs: string[]): string[];
/** Hashes of every inline script Starlight or the site's own components can put in a page. */
export declare function inlineScriptHashes(projectRoot: string): `sha256-${string}`[];
/** The `security.csp` option of astro.config.mjs. */
export declare function siteCsp(projectRoot: string): CspOptions;
/** The `style-src-attr` directive of one built page. */
export declare function styleAttributeDirective(html: string): string;
/** One built page with its policy completed and moved to the top of <head>. */
export declare function finishPolicy(html: string, file: string): string;
/** Astro integration finishing every built page's policy. */
export default function cspIntegration(): AstroIntegration;
