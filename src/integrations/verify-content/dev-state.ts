/**
 * The latest verification in the dev server, shared between the Vite plugin that re-verifies on change
 * and the dev middleware, which Vite loads as a separate module instance (a module variable would not
 * be shared), so it lives on `globalThis`.
 */
import type { ContentError } from '../../lib/content-files.ts';

const KEY = Symbol.for('fact-sheet:verify-content');
type Holder = { [KEY]?: Promise<ContentError | undefined> };

export function setLatestVerification(result: Promise<ContentError | undefined>): void {
  (globalThis as Holder)[KEY] = result;
}

export function latestVerification(): Promise<ContentError | undefined> {
  return (globalThis as Holder)[KEY] ?? Promise.resolve(undefined);
}
