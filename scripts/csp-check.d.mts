/** The policy's directives, name → sources. */
export declare function parsePolicy(content: string): Map<string, string[]>;
/** Everything wrong with one built page's policy, one line each (empty when all is well). */
export declare function policyProblems(html: string): string[];
