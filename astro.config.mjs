// @ts-check
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import verifyContent from './src/integrations/verify-content/index.ts';
import pagefind from './src/integrations/pagefind.ts';
import checkLinks from './src/integrations/check-links.ts';
import { SCHEME_SCRIPT } from './src/lib/scheme-script.ts';

/**
 * Where the site is published; see the README ("Hosting"). Netlify and Cloudflare Pages announce their
 * address in URL and CF_PAGES_URL; SITE_URL wins over both.
 */
const site = process.env.SITE_URL ?? process.env.URL ?? process.env.CF_PAGES_URL ?? 'http://localhost:4321';
/** Sub-path the site is served under, e.g. `/factsheet/` for a GitHub Pages project site. */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
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
    syntaxHighlight: false,
  },
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        // Pagefind compiles WebAssembly; the inline colour-scheme script is allowed by its hash.
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [`sha256-${createHash('sha256').update(SCHEME_SCRIPT).digest('base64')}`],
      },
    },
  },
  integrations: [
    verifyContent(),
    mdx(),
    sitemap({
      i18n: { defaultLocale: 'en', locales: { en: 'en', ko: 'ko' } },
      filter: (page) => !page.includes('/search/'),
    }),
    pagefind(),
    checkLinks(),
  ],
  vite: { plugins: [tailwindcss()] },
});
