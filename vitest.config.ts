/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so Astro's virtual modules (`astro:i18n`) and the `@/` alias load as in the build.
export default getViteConfig({
  test: {
    projects: [
      // No test mocks a module or changes the environment, so files share one module graph (no isolation):
      // the content, the Korean lexicon and the parsers load once. The time limits only guard against a hang:
      // unit tests run beside the two builds (on CI maybe twice as slow), and one waits for a dev server.
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false, testTimeout: 30_000 },
      },
      // Reads the build output: `npm run build` and `npm run build:base` first.
      {
        extends: true,
        test: { name: 'built', include: ['tests/built/**/*.test.ts'], testTimeout: 120_000, isolate: false },
      },
    ],
  },
});
