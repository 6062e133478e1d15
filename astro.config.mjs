// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import verifyContent from './src/integrations/verify-content.ts';
import pagefind from './src/integrations/pagefind.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.BASE_PATH ?? '/',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    defaultLocale: 'en',
    locales: ['en', 'ko'],
    routing: { prefixDefaultLocale: false },
  },
  markdown: {
    // Verbatim Korean must reach the page untouched: no smart quotes, dashes or ellipses.
    processor: satteri({ features: { smartPunctuation: false } }),
  },
  integrations: [verifyContent(), mdx(), pagefind()],
  vite: { plugins: [tailwindcss()] },
});
