/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so modules that use Astro's virtual modules (`astro:i18n`) and the `@/` alias
// load in tests as they do in the build.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
  },
});
