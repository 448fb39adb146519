/**
 * Registers the service worker (scripts/service-worker.mjs) on every page, and offers a new
 * release through the update banner (UpdateBanner.astro) instead of taking it silently.
 *
 * A new worker waits (it never skips waiting by itself), so this page keeps running the
 * release it loaded, served whole from the old worker's cache. Only when the person presses
 * Reload is the waiting worker told to take over, and the page reloads once it has: old and
 * new chunks are never mixed in one page. Another tab still on the old release keeps
 * running; a chunk it can no longer find fails to load, and the kernel's Retry reloads it.
 * Loaded as a module file (no inline script: the site's content security policy).
 */

/** Shows the banner; Reload activates the waiting worker, or reloads when none waits. */
function offer(registration: ServiceWorkerRegistration, requested: { value: boolean }): void {
  const banner = document.querySelector<HTMLElement>('[data-kl-update]');
  if (!banner) return;
  const reload = banner.querySelector<HTMLButtonElement>('[data-kl-update-reload]')!;
  const later = banner.querySelector<HTMLButtonElement>('[data-kl-update-later]')!;
  reload.onclick = () => {
    const waiting = registration.waiting;
    // Another tab may have activated it already: then this page only needs the reload.
    if (!waiting) return window.location.reload();
    requested.value = true;
    reload.disabled = true;
    waiting.postMessage({ type: 'SKIP_WAITING' });
  };
  later.onclick = () => void (banner.hidden = true);
  banner.hidden = false;
}

async function register(): Promise<void> {
  const sw = navigator.serviceWorker;
  const registration = await sw.register('/sw.js');
  // Set when this page asked the waiting worker to take over: then its arrival reloads.
  const requested = { value: false };
  // A page without a controller is on its first visit: its worker installs and takes it
  // over at once (clientsClaim), which is no new release.
  let controlled = sw.controller !== null;
  sw.addEventListener('controllerchange', () => {
    if (requested.value) window.location.reload();
    else if (controlled) offer(registration, requested); // another tab took the release
    controlled = true;
  });
  const watch = (worker: ServiceWorker | null) =>
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && sw.controller) offer(registration, requested);
    });
  if (registration.waiting && sw.controller) offer(registration, requested);
  watch(registration.installing);
  registration.addEventListener('updatefound', () => watch(registration.installing));
  // A page left open for days still learns of a release when it is looked at again.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') registration.update().catch(() => {});
  });
}

// Not in `astro dev`: its modules are not a build, and there is no sw.js to register.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  register().catch((error: unknown) => console.warn('service worker not registered', error));
}
