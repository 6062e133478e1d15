import type { Build } from './builds.ts';
import { serveSite } from '../../tools/serve.ts';

/** Serves a build with the project's static server (as a host would) until `close()`; `url` is the site root. */
export function serveBuild(build: Build): Promise<{ url: string; close: () => void }> {
  return serveSite({ dir: build.dir, base: build.base });
}
