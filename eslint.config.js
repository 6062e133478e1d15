// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

/** Modules of src/lib that run in the browser as well as in the build: no Node, no content, no Astro runtime. */
const BROWSER_SAFE_LIB = ['asset-path', 'color-scheme', 'offline-copy', 'person-name', 'truncate'];

export default tseslint.config(
  { ignores: ['dist/', 'dist-*/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...astro.configs.recommended,
  { languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  // A body that spans lines gets braces, so the end of an `if` or a loop is never a guess.
  { rules: { curly: ['error', 'multi-line'] } },
  { files: ['src/service-worker/**/*.ts'], languageOptions: { globals: { ...globals.serviceworker } } },
  {
    // Browser code imports only browser-safe modules: the rest of src/lib and search's build step read files,
    // content or Astro's runtime.
    files: [
      'src/browser/**/*.ts',
      'src/components/**/*.ts',
      'src/search/{browser,shared}/**/*.ts',
      '**/*.astro/*.ts',
      '**/*.astro/*.js',
    ],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^node:', message: 'Browser code cannot use Node modules.' },
            { regex: '^astro:', message: 'Browser code cannot use Astro’s build-time modules.' },
            {
              regex: `^@/lib/(?!(${BROWSER_SAFE_LIB.join('|')})$)`,
              message: `Not safe in the browser. Browser-safe modules of src/lib: ${BROWSER_SAFE_LIB.join(', ')}.`,
            },
            {
              regex: '^@/(?!lib/|i18n/format-message$|search/(browser|shared)/)',
              message:
                'Browser code imports only browser-safe modules of src/lib, search’s browser and shared modules and @/i18n/format-message.',
            },
            { regex: '(^|/)build/', message: 'Search’s build step is not safe in the browser.' },
            {
              regex: '^(\\.\\./)+(lib|i18n|integrations)/',
              message: 'Browser code imports src/lib by `@/lib/…`, so the browser-safe list applies.',
            },
          ],
        },
      ],
    },
  },
  {
    // Pages and components read content from the site model, where its prose is rendered once
    // ({date:ID} written out): a page reading a collection itself would show the raw tokens.
    files: ['src/pages/**/*.{astro,ts}', 'src/components/**/*.astro', 'src/layouts/**/*.astro'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'astro:content',
              importNames: ['getCollection', 'getEntry', 'getEntries', 'getLiveCollection', 'getLiveEntry'],
              message: 'Read content from the site model (Astro.locals.model): its prose is rendered.',
            },
          ],
        },
      ],
    },
  },
);
