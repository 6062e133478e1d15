/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so modules that use Astro's virtual modules (`astro:i18n`) and the `@/` alias
// load in tests as they do in the build.
export default getViteConfig({
  test: {
    projects: [
      // Pure logic: runs without a build.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // Reads the build output: `npm run build` and `npm run build:base` first.
      { extends: true, test: { name: 'built', include: ['tests/built/**/*.test.ts'], testTimeout: 120_000 } },
    ],
  },
});
