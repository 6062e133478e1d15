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
 * one, or without storage (private mode, blocked), CSS follows the operating system. Kept as source
 * text, written compactly because every page carries it, and allowed by the CSP by its exact hash.
 */
export const COLOR_SCHEME_SCRIPT = `try{const s=localStorage.getItem('${COLOR_SCHEME_KEY}');if(s==='light'||s==='dark')document.documentElement.dataset.colorScheme=s}catch{}`;
