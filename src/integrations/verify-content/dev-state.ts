/**
 * The latest verification in the dev server, shared between the Vite plugin that re-verifies on change
 * and the dev middleware, which Vite loads as a separate module instance (a module variable would not
 * be shared), so it lives on `globalThis`.
 */
import type { AstroError } from 'astro/errors';

const KEY = Symbol.for('fact-sheet:verify-content');
type Holder = { [KEY]?: Promise<AstroError | undefined> };

export function setLatestVerification(result: Promise<AstroError | undefined>): void {
  (globalThis as Holder)[KEY] = result;
}

export function latestVerification(): Promise<AstroError | undefined> {
  return (globalThis as Holder)[KEY] ?? Promise.resolve(undefined);
}
