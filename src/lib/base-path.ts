/** The configured base path (`BASE_PATH`), always ending in a slash: '/' or e.g. '/factsheet/'. */
export const BASE_PATH = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** Site-relative URL of a file in the build output, e.g. `assetPath('favicon.svg')`. */
export function assetPath(file: string): string {
  return `${BASE_PATH}${file}`;
}
