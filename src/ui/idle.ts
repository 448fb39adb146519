/**
 * Runs `fn` once the page is idle (at the latest after `timeoutMs`), or after 300 ms where
 * the browser has no idle callbacks; returns the function that cancels it. For work a screen
 * will want soon but its first paint should not wait for.
 */
export function whenIdle(fn: () => void, timeoutMs: number): () => void {
  const idle = window.requestIdleCallback?.(fn, { timeout: timeoutMs });
  const timer = idle === undefined ? setTimeout(fn, 300) : undefined;
  return () => {
    if (idle !== undefined) window.cancelIdleCallback(idle);
    clearTimeout(timer);
  };
}
