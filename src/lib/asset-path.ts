/** `assetPath('favicon.svg')` → `/favicon.svg` or `/factsheet/favicon.svg`; no i18n runtime, for browser code. */
export function assetPath(file: string): string {
  // `astro.config.mjs` sets `base` from `basePath()`, which always ends in a slash.
  return `${import.meta.env.BASE_URL}${file}`;
}
