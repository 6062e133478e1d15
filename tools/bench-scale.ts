/**
 * `npm run bench:scale -- [N…] [--runs 1] [--keep]`: how the build's cost grows with its content. Per N
 * (default 1 4 16 64; N=1, the site as it is, always runs) it builds a temporary copy of the project with
 * every theme N times (facts and quotes copied with fresh ids, so it still verifies), cold and warm, and
 * prints its size, times, peak memory and offline copies. `--keep` keeps the copies, for profiling.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseFrontmatter } from 'astro/markdown';
import { stringify } from 'yaml';
import project from '../package.json' with { type: 'json' };
import { htmlFiles } from '../src/lib/built-html.ts';
import { CONTENT_FILES, parseYamlFile } from '../src/lib/content-files.ts';
import { SUMMARY_FILE, type OfflineSummary } from '../src/lib/offline-copy.ts';
import { LANGS, LOCAL_ORIGIN } from '../src/site.config.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '1' }, keep: { type: 'boolean', default: false } },
});
const runs = Math.max(1, Number(values.runs));
const requested = positionals.length > 0 ? positionals.map(Number) : [1, 4, 16, 64];
if (requested.some((n) => !Number.isInteger(n) || n < 1)) {
  throw new Error(`Copies must be whole numbers of at least 1, not: ${positionals.join(' ')}`);
}
const copies = [...new Set([1, ...requested])].sort((a, b) => a - b);

const ROOT = process.cwd();
/** Not copied: build output, caches, version control, and installed packages (linked instead). */
const SKIPPED = /^(node_modules|\.git|\.astro|test-results|playwright-report|blob-report|dist.*)$/;

/** A copy of the project whose `node_modules` links to the real packages, without the caches a build writes there. */
function copyProject(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-scale-'));
  cpSync(ROOT, dir, {
    recursive: true,
    filter: (file) => !SKIPPED.test(path.relative(ROOT, file).split(path.sep)[0] ?? ''),
  });
  mkdirSync(path.join(dir, 'node_modules'));
  for (const entry of readdirSync(path.join(ROOT, 'node_modules'))) {
    if (entry !== '.cache' && entry !== '.astro') {
      symlinkSync(path.join(ROOT, 'node_modules', entry), path.join(dir, 'node_modules', entry));
    }
  }
  return dir;
}

/** Rewrites the content under `dir` so that every theme exists `n` times (copy k's ids end in `-ck`). */
function multiplyThemes(dir: string, n: number): void {
  const suffixes = Array.from({ length: n - 1 }, (_, i) => `-c${i + 2}`);
  for (const file of [CONTENT_FILES.facts, CONTENT_FILES.quotes].map((name) => path.join(dir, name))) {
    const entries = parseYamlFile(file, readFileSync(file, 'utf8')).data as Record<'id' | 'theme', string>[];
    const copied = suffixes.flatMap((suffix) =>
      entries.map((entry) => ({ ...entry, id: entry.id + suffix, theme: entry.theme + suffix })),
    );
    writeFileSync(file, stringify([...entries, ...copied], { lineWidth: 0 }));
  }
  const themes = path.join(dir, CONTENT_FILES.themes);
  for (const name of readdirSync(themes, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.mdx')) continue;
    const page = parseFrontmatter(readFileSync(path.join(themes, name), 'utf8'));
    const data = page.frontmatter as { title: string; navTitle?: string; order: number };
    suffixes.forEach((suffix, i) => {
      const copy = i + 2;
      const frontmatter = {
        ...data,
        title: `${data.title} (${copy})`,
        ...(data.navTitle ? { navTitle: `${data.navTitle} (${copy})` } : {}),
        order: data.order + 100 * (copy - 1),
      };
      const embeds = page.content.replace(/(<(?:Fact|Quote)\b[^>]*?\bid="[^"]+)"/g, `$1${suffix}"`);
      writeFileSync(
        path.join(themes, name.replace(/\.mdx$/, `${suffix}.mdx`)),
        `---\n${stringify(frontmatter, { lineWidth: 0 })}---${embeds}`,
      );
    });
  }
}

/** Resident memory of a process and its descendants, in bytes (Linux `/proc`); 0 once it has ended. */
function treeRss(pid: number): number {
  try {
    const pages = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
    const children = readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean),
    );
    return pages * 4096 + children.reduce((sum, child) => sum + treeRss(Number(child)), 0);
  } catch {
    return 0;
  }
}

/** One build in `dir` with `npm run build`'s own command (npm's process left out): its time and peak memory. */
async function build(dir: string): Promise<{ ms: number; peak: number }> {
  const PATH = [path.join(dir, 'node_modules', '.bin'), process.env.PATH].join(path.delimiter);
  const start = performance.now();
  const child = spawn('sh', ['-c', project.scripts.build], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { SITE_URL: LOCAL_ORIGIN, ...process.env, PATH },
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid ?? 0))), 100);
  const [code] = (await once(child, 'exit')) as [number | null];
  clearInterval(timer);
  if (code !== 0) throw new Error(`The build failed in ${dir}:\n${stderr.slice(-4000)}`);
  return { ms: performance.now() - start, peak };
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;
const MIB = 1024 * 1024;
const row = (cells: (string | number)[]) => cells.map((cell) => String(cell).padStart(10)).join(' ');

console.log(
  `The build with every theme copied N times; warm: the median of ${runs} run(s); ms/page: warm time each page beyond N=1 adds`,
);
const columns = ['N', 'pages', 'HTML MiB', 'cold s', 'warm s', 'ms/page', 'cold MiB', 'warm MiB'];
console.log(row([...columns, ...LANGS.map((lang) => `${lang} copy MB`)]));
let baseline: { pages: number; warm: number } | undefined;
for (const n of copies) {
  const dir = copyProject();
  try {
    multiplyThemes(dir, n);
    const cold = await build(dir);
    const warmRuns: { ms: number; peak: number }[] = [];
    for (let i = 0; i < runs; i += 1) warmRuns.push(await build(dir));
    const warm = median(warmRuns.map((run) => run.ms));
    const files = htmlFiles(path.join(dir, 'dist'));
    baseline ??= { pages: files.length, warm };
    const added = files.length - baseline.pages;
    const { copies: offline } = JSON.parse(
      readFileSync(path.join(dir, 'dist', SUMMARY_FILE), 'utf8'),
    ) as OfflineSummary;
    console.log(
      row([
        n,
        files.length,
        (files.reduce((sum, file) => sum + statSync(file).size, 0) / MIB).toFixed(1),
        (cold.ms / 1000).toFixed(1),
        (warm / 1000).toFixed(1),
        added > 0 ? ((warm - baseline.warm) / added).toFixed(0) : '–',
        (cold.peak / MIB).toFixed(0),
        (Math.max(...warmRuns.map((run) => run.peak)) / MIB).toFixed(0),
        ...LANGS.map((lang) => ((offline[lang]?.download ?? 0) / 1e6).toFixed(2)),
      ]),
    );
  } finally {
    if (values.keep) console.log(`N=${n}: kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}
