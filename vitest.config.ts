/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so modules that use Astro's virtual modules (`astro:i18n`) and the `@/` alias
// load in tests as they do in the build.
export default getViteConfig({
  test: {
    projects: [
      // Pure logic: runs without a build. No test mocks a module or changes the environment, so every
      // file shares one module graph (no per-file isolation): the content, the Korean lexicon and the
      // parsers load once instead of once per file.
      // Its time limit only guards against a hang: `npm test` runs it beside the two builds, on a CI
      // machine that may be twice as slow, and the dev-server test waits for a real server.
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false, testTimeout: 30_000 },
      },
      // Reads the build output: `npm run build` and `npm run build:base` first.
      {
        extends: true,
        // The files only read the build: one module graph for all of them, as for the unit tests.
        test: { name: 'built', include: ['tests/built/**/*.test.ts'], testTimeout: 120_000, isolate: false },
      },
    ],
  },
});
