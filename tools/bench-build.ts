/**
 * Times the build (`npm run build`'s command) cold (no Open Graph image cache, no Astro content cache) and warm (both kept from
 * the previous run), a few runs each, and prints the median. Timing is noisy on shared machines: compare
 * medians from the same machine, never single runs.
 *
 * Usage: node tools/bench-build.ts [--runs 3]
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { LOCAL_ORIGIN } from '../src/site.config.ts';
import { buildCommand } from './build-command.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Math.max(1, Number(values.runs));
const { command, env } = buildCommand(process.cwd());

function build(): number {
  const start = performance.now();
  const result = spawnSync(command[0] ?? '', command.slice(1), {
    stdio: 'ignore',
    env: { SITE_URL: LOCAL_ORIGIN, ...process.env, ...env },
  });
  if (result.status !== 0) throw new Error('The build failed; run `npm run build:local` to see why.');
  return performance.now() - start;
}

function clearCaches(): void {
  for (const dir of [
    path.join('node_modules', '.cache', 'og-images'),
    path.join('node_modules', '.astro'),
    '.astro',
  ])
    rmSync(dir, { recursive: true, force: true });
}

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const cold: number[] = [];
const warm: number[] = [];
for (let i = 0; i < runs; i += 1) {
  clearCaches();
  cold.push(build());
  warm.push(build());
}
console.log(`npm run build's command, ${runs} run(s) each`);
console.log(`cold (no caches): median ${seconds(median(cold))}  [${cold.map(seconds).join(', ')}]`);
console.log(`warm (caches kept): median ${seconds(median(warm))}  [${warm.map(seconds).join(', ')}]`);
