/**
 * Stands in for `@pagefind/default-ui` (astro.config.mjs aliases it here), so the search
 * UI — 26 KB of gzipped JavaScript, more than a guide's whole budget (SPEC §14) — loads when
 * the reader first opens search, not on every page while it idles as Starlight does. Starlight
 * builds it with `new PagefindUI(options)`; the real one is built the first time the search
 * dialog opens, and its input takes the focus Starlight gave to an input that was not there.
 */
type Options = { element: string } & Record<string, unknown>;

export class PagefindUI {
  constructor(options: Options) {
    const target = document.querySelector(options.element);
    const dialog = target?.closest('dialog');
    if (!dialog) return;
    let started = false;
    const start = async () => {
      if (started || !dialog.open) return;
      started = true;
      observer.disconnect();
      // @ts-expect-error — the package ships no types.
      const { PagefindUI: Real } = await import('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs');
      new Real(options);
      if (dialog.open) dialog.querySelector('input')?.focus();
    };
    const observer = new MutationObserver(() => void start());
    observer.observe(dialog, { attributes: true, attributeFilter: ['open'] });
    void start();
  }
}
