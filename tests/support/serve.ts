import { spawn } from 'node:child_process';
import { once } from 'node:events';
import type { Build } from './builds.ts';
import { freePort } from '../../tools/free-port.ts';

/** Serves a build with the project's static server (as a host would) until `close()`; `url` is the site root. */
export async function serveBuild(build: Build): Promise<{ url: string; close: () => void }> {
  const port = await freePort();
  const server = spawn(
    process.execPath,
    ['tools/serve.ts', '--dir', build.dir, '--port', String(port), '--base', build.base],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  // The server prints one line once it listens.
  await once(server.stdout, 'data');
  return { url: `http://localhost:${port}${build.base}`, close: () => server.kill() };
}
