/** The reader's colour-scheme choice: stored as 'light' or 'dark', or not stored at all ("system"). */
export const COLOR_SCHEME_KEY = 'color-scheme';

export type StoredScheme = 'light' | 'dark';

export function isStoredScheme(value: unknown): value is StoredScheme {
  return value === 'light' || value === 'dark';
}

/**
 * The inline head script: applies a stored choice before any stylesheet (no flash), compact as every page
 * carries it; the CSP allows it by its hash. Without a choice or storage, CSS follows the system.
 */
export const COLOR_SCHEME_SCRIPT = `try{const s=localStorage.getItem('${COLOR_SCHEME_KEY}');if(s==='light'||s==='dark')document.documentElement.dataset.colorScheme=s}catch{}`;
