/**
 * The command `npm run build` runs, for the benchmarks to time and measure the build exactly as it is
 * run (its environment included), without npm's own process in the figures.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** `sh -c '<the build script>'` in `dir`, with the project's own binaries (Node 24, astro) first on the path. */
export function buildCommand(dir: string): { command: string[]; env: NodeJS.ProcessEnv } {
  const { scripts } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const script = scripts.build;
  if (!script) throw new Error(`${dir}/package.json has no build script.`);
  return {
    command: ['sh', '-c', script],
    env: { PATH: [path.join(dir, 'node_modules', '.bin'), process.env.PATH].join(path.delimiter) },
  };
}
