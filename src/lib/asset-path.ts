/**
 * Site-relative URL of a file in the build output, under the configured base path:
 * `assetPath('favicon.svg')` → `/favicon.svg` or `/factsheet/favicon.svg`. Free of Astro's i18n runtime,
 * so browser code can use it without shipping that runtime.
 */
export function assetPath(file: string): string {
  // `astro.config.mjs` sets `base` from `basePath()`, which always ends in a slash.
  return `${import.meta.env.BASE_URL}${file}`;
}
