// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import modulepreload from './scripts/modulepreload.mjs';

export default defineConfig({
  site: 'https://kaizala-lab.example',
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
      customCss: ['./src/ui/styles/starlight.css'],
      // The language select keeps the reader's place (src/ui/layouts/lang-switch.ts), and the
      // header shows it on phones on pages without a sidebar (the landing).
      components: {
        LanguageSelect: './src/ui/layouts/LanguageSelect.astro',
        Header: './src/ui/layouts/Header.astro',
      },
    }),
    preact(),
    modulepreload(),
  ],
  vite: {
    // Module workers: a worker imports shared chunks and loads the rest when used, instead of
    // one bundle holding every area, the phone library and JSZip (an export needs none of
    // them, and starting the jobs worker parsed all of it).
    worker: { format: 'es' },
  },
});
