/**
 * Gives the keyboard focus back after a command. A button that is disabled while its command
 * runs drops the focus to the page, and a keyboard user would start again from the top. Call
 * it with the element that had the focus when the command started: once the page has
 * re-rendered, it gets the focus back if nothing else took it. When that element is gone,
 * `fallback` (a status line or heading with `tabIndex={-1}`) gets it.
 */
export function keepFocus(el: Element | null, fallback?: HTMLElement | null): void {
  setTimeout(() => {
    const active = document.activeElement;
    if (active && active !== document.body) return;
    if (el instanceof HTMLElement && el.isConnected) el.focus();
    else fallback?.focus();
  });
}
