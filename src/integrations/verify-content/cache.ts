/**
 * Remembers a successful verification between builds, keyed by a hash of everything verification
 * reads (the content, the UI strings) and of the code that does it, so a build in which none of that
 * changed skips the work. Any change to those files, or a clean install, verifies again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Under `node_modules/.cache`, like the Open Graph image cache: not in git, gone after a clean install. */
const CACHE_DIR = path.join('node_modules', '.cache', 'content-verification');

/** What verification depends on, relative to the project root: files, or folders read whole. */
export const VERIFICATION_INPUTS = [
  'content',
  'src/integrations/verify-content',
  'src/lib',
  'src/i18n',
  'src/site.config.ts',
  'package-lock.json',
];

function filesOf(root: string, entry: string): string[] {
  const full = path.join(root, entry);
  if (!existsSync(full)) return [];
  if (statSync(full).isFile()) return [entry];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((dirent) => dirent.isFile())
    .map((dirent) => path.relative(root, path.join(dirent.parentPath, dirent.name)));
}

/** A hash of the names and contents of every input file. */
export function verificationKey(root: string, inputs: readonly string[] = VERIFICATION_INPUTS): string {
  const hash = createHash('sha256');
  for (const file of inputs.flatMap((entry) => filesOf(root, entry)).sort()) {
    hash
      .update(`${file}\0`)
      .update(readFileSync(path.join(root, file)))
      .update('\0');
  }
  return hash.digest('hex');
}

/** Whether content with this key has verified before. */
export function wasVerified(root: string, key: string): boolean {
  return existsSync(path.join(root, CACHE_DIR, key));
}

/** Records that content with this key verified. */
export function rememberVerified(root: string, key: string): void {
  mkdirSync(path.join(root, CACHE_DIR), { recursive: true });
  writeFileSync(path.join(root, CACHE_DIR, key), '');
}
