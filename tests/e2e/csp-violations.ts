import type { BrowserContext } from '@playwright/test';

/** What a `securitypolicyviolation` event says, enough to find the blocked thing. */
export interface CspViolation {
  page: string;
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}

/** The binding the pages report through (a name no page of the site uses). */
const BINDING = '__klCspViolation';

/**
 * Records every Content-Security-Policy violation in every page of `context`, present and
 * future: an init script listens for `securitypolicyviolation` before any script of the page
 * runs, so a blocked inline script in <head> is caught too. The event, not the console, because
 * it carries the directive and the blocked URI or the first characters of the blocked code
 * ('report-sample' in the policy). Returns the list the events are pushed to.
 */
export async function recordCspViolations(context: BrowserContext): Promise<CspViolation[]> {
  const violations: CspViolation[] = [];
  await context.exposeBinding(BINDING, (_source, violation: CspViolation) => {
    violations.push(violation);
  });
  await context.addInitScript((binding: string) => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const report = (window as unknown as Record<string, (v: CspViolation) => void>)[binding];
        report?.({
          page: event.documentURI,
          directive: event.effectiveDirective,
          blocked: event.blockedURI,
          sample: event.sample,
          source: event.sourceFile ? `${event.sourceFile}:${event.lineNumber}` : '',
        });
      },
      true,
    );
  }, BINDING);
  return violations;
}

/** One line per violation, naming the directive and what it blocked, for a failing test. */
export function describeViolations(violations: CspViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.directive} blocked ${v.blocked || '(no URI)'}` +
        `${v.sample ? ` "${v.sample}"` : ''} on ${v.page}${v.source ? ` at ${v.source}` : ''}`,
    )
    .join('\n');
}
