import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) };

export default defineConfig({
  test: {
    projects: [
      // Pure logic: runs without a build.
      { resolve: { alias }, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // Reads the build output: `npm run build` and `npm run build:base` first.
      {
        resolve: { alias },
        test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], testTimeout: 120_000 },
      },
    ],
  },
});
