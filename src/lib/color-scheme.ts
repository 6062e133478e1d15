/**
 * The reader's colour-scheme choice: stored as 'light' or 'dark', or not stored at all ("system").
 * The choice is applied to `<html data-color-scheme>` before first paint by {@link COLOR_SCHEME_SCRIPT},
 * which runs inline in the page head (the CSP allows it by its hash, see `astro.config.mjs`).
 */
export const COLOR_SCHEME_KEY = 'color-scheme';

export type StoredScheme = 'light' | 'dark';

export function isStoredScheme(value: unknown): value is StoredScheme {
  return value === 'light' || value === 'dark';
}

/**
 * The inline head script: applies a stored choice before any stylesheet, so there is no flash; without
 * one, CSS follows the operating system. Kept as source text because the CSP allows it by its exact hash.
 */
export const COLOR_SCHEME_SCRIPT = `try {
  const stored = localStorage.getItem('${COLOR_SCHEME_KEY}');
  if (stored === 'light' || stored === 'dark') document.documentElement.dataset.colorScheme = stored;
} catch {
  // No storage (private mode, blocked): follow the system.
}`;
