// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import modulepreload from './scripts/modulepreload.mjs';
import serviceWorker from './scripts/service-worker.mjs';
import csp, { siteCsp } from './scripts/csp.mjs';
import { phoneMatchAlias } from './scripts/phone-alias.mjs';

export default defineConfig({
  site: 'https://kaizala-lab.example',
  // Starlight turns on prefetching every link; the service worker already holds every page
  // after the first visit, and the prefetch script watches every DOM change of the page for
  // new links (each row the directory renders): main-thread work for nothing (Lighthouse TBT).
  prefetch: false,
  // Every page's CSS inline: two render-blocking requests (Starlight's styles, ~17 KB
  // gzipped) were a round trip before the first paint (Lighthouse render-blocking, LCP).
  // The service worker serves the pages, so nothing is fetched twice on a later visit.
  build: { inlineStylesheets: 'always' },
  // Content-Security-Policy without 'unsafe-inline' script: scripts/csp.mjs says what it allows.
  security: { csp: siteCsp(fileURLToPath(new URL('.', import.meta.url))) },
  integrations: [
    starlight({
      title: 'Kaizala Lab',
      defaultLocale: 'root',
      locales: {
        root: { label: 'English', lang: 'en' },
        pl: { label: 'Polski', lang: 'pl' },
      },
      sidebar: [
        {
          label: 'Guides',
          translations: { pl: 'Przewodniki' },
          items: [{ autogenerate: { directory: 'guides' } }],
        },
        {
          label: 'Tools',
          translations: { pl: 'Narzędzia' },
          items: [
            {
              label: 'Management portal',
              translations: { pl: 'Portal zarządzania' },
              link: '/portal/',
            },
            { label: 'Practice', translations: { pl: 'Ćwiczenia' }, link: '/practice/' },
            {
              label: 'CSV templates',
              translations: { pl: 'Szablony CSV' },
              link: '/templates/',
            },
          ],
        },
      ],
      // lab.css once for every guide (imported by each island it came twice, under two names).
      customCss: ['./src/ui/styles/starlight.css', './src/ui/styles/lab.css'],
      // The language select keeps the reader's place (src/ui/layouts/lang-switch.ts), and the
      // header shows it on phones on pages without a sidebar (the landing); the update banner
      // and the service worker's registration come on every guide.
      components: {
        LanguageSelect: './src/ui/layouts/LanguageSelect.astro',
        Header: './src/ui/layouts/Header.astro',
        Banner: './src/ui/offline/StarlightBanner.astro',
      },
    }),
    preact(),
    modulepreload(),
    // Moves each page's policy to the top of <head> and adds its style attributes' hashes.
    csp(),
    // Last: it precaches dist/ as the integrations above leave it.
    serviceWorker(),
  ],
  vite: {
    resolve: {
      // Starlight's search builds the Pagefind UI on every page; this stand-in loads it when
      // search is first opened (a guide's JavaScript budget, SPEC §14).
      alias: [
        phoneMatchAlias,
        {
          find: /^@pagefind\/default-ui$/,
          replacement: fileURLToPath(
            new URL('./src/ui/search/pagefind-on-open.ts', import.meta.url),
          ),
        },
      ],
    },
    // Module workers: a worker imports shared chunks and loads the rest when used, instead of
    // one bundle holding every area, the phone library and JSZip (an export needs none of
    // them, and starting the jobs worker parsed all of it).
    worker: { format: 'es' },
    build: {
      // The service worker's registration stays a file: Astro would inline a script this
      // small, and the site's content security policy allows no inline script.
      assetsInlineLimit: (file) => (file.includes('UpdateBanner.astro') ? false : undefined),
    },
  },
});
