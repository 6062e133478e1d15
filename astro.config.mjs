// @ts-check
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import searchIndex from './src/search/build/index.ts';
import offlineCopy from './src/integrations/offline-copy/index.ts';
import { COLOR_SCHEME_SCRIPT } from './src/lib/color-scheme.ts';
import hosting from './src/integrations/hosting.ts';
import {
  DEFAULT_LANG,
  LANGS,
  LOCAL_ORIGIN,
  UNINDEXED_SLUGS,
  basePath,
  siteOrigin,
} from './src/site.config.ts';

export default defineConfig({
  site: siteOrigin() ?? LOCAL_ORIGIN,
  base: basePath(),
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: { defaultLocale: DEFAULT_LANG, locales: LANGS, routing: { prefixDefaultLocale: false } },
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
        hashes: [`sha256-${createHash('sha256').update(COLOR_SCHEME_SCRIPT).digest('base64')}`],
      },
    },
  },
  integrations: [
    hosting(),
    mdx(),
    sitemap({
      i18n: { defaultLocale: DEFAULT_LANG, locales: Object.fromEntries(LANGS.map((l) => [l, l])) },
      filter: (page) => !UNINDEXED_SLUGS.some((slug) => new URL(page).pathname.endsWith(`/${slug}/`)),
    }),
    searchIndex(),
    // After the search index: the offline copy includes it.
    offlineCopy(),
  ],
  vite: {
    plugins: [
      tailwindcss(),
      {
        // Vite wraps every dynamic import in a helper that preloads the chunk's own imports (about 900 bytes
        // gzip on every page); a first visit should not pay for making a click a round trip faster.
        name: 'fact-sheet:no-preload-helper',
        enforce: 'pre',
        load: (id) =>
          id === '\0vite/preload-helper.js' ? 'export const __vitePreload = (load) => load();' : undefined,
      },
    ],
    build: {
      // A small script without imports is inlined, and its hash joins the CSP of every page. The quote
      // page's share script stays a file of its own (allowed by 'self'), so no other page carries it.
      assetsInlineLimit: (/** @type {string} */ file) => (file.includes('QuoteShare') ? false : undefined),
      rolldownOptions: {
        // Each MDX page's module opens with "use astro:head-inject", which nothing reads once bundled (head
        // propagation goes by module metadata); Rolldown would warn, once per MDX file, that it drops it.
        onwarn(warning, warn) {
          const headInject = warning.message.includes('"use astro:head-inject"');
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE' || !headInject) warn(warning);
        },
      },
    },
  },
});
