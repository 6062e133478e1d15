/**
 * How the build's cost grows with its content: builds a temporary copy of the project in which every
 * theme exists N times (every fact and quote copied with a fresh id on the copied theme; the same source
 * paragraphs, so the content still verifies) and prints, per N, the pages built, the build
 * (`npm run build`'s command) cold (no caches) and warm (the cold build's caches kept), the time each page
 * beyond N=1 adds to a warm build, peak memory, the HTML written, what each language's offline copy
 * downloads. `node tools/bench-scale.ts 1` times the site as it is, cold and warm. Compare medians
 * (`--runs`) from the same machine, never single runs.
 *
 * Usage: node tools/bench-scale.ts [N…] [--runs 1] [--keep]   (default N: 1 4 16 64; N=1 is always
 * built, as the baseline). `--keep` leaves the copies in place and prints where, for profiling.
 */
import { spawn } from 'node:child_process';
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
import { stringify } from 'yaml';
import { htmlFiles } from '../src/lib/built-html.ts';
import { CONTENT_FILES, parseContentYaml } from '../src/lib/content-files.ts';
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
/** Not copied: installed packages (linked instead), build output, caches, version control. */
const SKIPPED = new Set([
  'node_modules',
  '.git',
  '.astro',
  'test-results',
  'playwright-report',
  'blob-report',
]);

/**
 * A copy of the project without its build output and caches. `node_modules` is a folder of links to
 * the real packages, so the caches a build writes (`node_modules/.astro`, the Open Graph cards among
 * them) stay in the copy and a cold build really starts without them.
 */
function copyProject(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-scale-'));
  for (const entry of readdirSync(ROOT)) {
    if (SKIPPED.has(entry) || entry.startsWith('dist')) continue;
    cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
  }
  mkdirSync(path.join(dir, 'node_modules'));
  for (const entry of readdirSync(path.join(ROOT, 'node_modules'))) {
    if (entry === '.cache' || entry === '.astro') continue;
    symlinkSync(path.join(ROOT, 'node_modules', entry), path.join(dir, 'node_modules', entry));
  }
  return dir;
}

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n/;

/** Rewrites the content under `dir` so that every theme exists `n` times (copy k's ids end in `-ck`). */
function multiplyThemes(dir: string, n: number): void {
  const suffixes = Array.from({ length: n - 1 }, (_, i) => `-c${i + 2}`);
  const yamlFile = (file: string) => path.join(dir, file);
  for (const file of [CONTENT_FILES.facts, CONTENT_FILES.quotes]) {
    const entries = parseContentYaml(readFileSync(yamlFile(file), 'utf8')) as {
      id: string;
      theme: string;
    }[];
    const copied = suffixes.flatMap((suffix) =>
      entries.map((entry) => ({ ...entry, id: entry.id + suffix, theme: entry.theme + suffix })),
    );
    writeFileSync(yamlFile(file), stringify([...entries, ...copied], { lineWidth: 0 }));
  }
  const themes = path.join(dir, CONTENT_FILES.themes);
  for (const lang of readdirSync(themes)) {
    for (const name of readdirSync(path.join(themes, lang)).filter((file) => file.endsWith('.mdx'))) {
      const text = readFileSync(path.join(themes, lang, name), 'utf8');
      const match = FRONTMATTER.exec(text);
      if (!match) throw new Error(`${lang}/${name} has no frontmatter.`);
      const data = parseContentYaml(match[1] ?? '') as { title: string; navTitle?: string; order: number };
      const body = text.slice(match[0].length);
      suffixes.forEach((suffix, i) => {
        const copy = i + 2;
        const frontmatter = {
          ...data,
          title: `${data.title} (${copy})`,
          ...(data.navTitle ? { navTitle: `${data.navTitle} (${copy})` } : {}),
          order: data.order + 100 * (copy - 1),
        };
        const embeds = body.replace(
          /(<(?:Fact|Quote)\b[^>]*?\bid=")([^"]+)"/g,
          (_, start: string, id: string) => `${start}${id}${suffix}"`,
        );
        writeFileSync(
          path.join(themes, lang, name.replace(/\.mdx$/, `${suffix}.mdx`)),
          `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n${embeds}`,
        );
      });
    }
  }
}

/** Resident memory of every process whose ancestry reaches `root`, in bytes (Linux `/proc`). */
function treeRss(root: number): number {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces): state, ppid, …, rss (in pages) is 24th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
      rss.set(Number(entry), Number(fields[21]) * PAGE_SIZE);
    } catch {
      // The process ended while being read.
    }
  }
  const inTree = (pid: number): boolean => {
    for (let at: number | undefined = pid; at !== undefined && at > 1; at = parents.get(at)) {
      if (at === root) return true;
    }
    return false;
  };
  let total = 0;
  for (const [pid, bytes] of rss) if (inTree(pid)) total += bytes;
  return total;
}
const PAGE_SIZE = 4096;

/**
 * One build in `dir`, with `npm run build`'s own command (without npm's process in the figures) and the
 * project's binaries first on the path: its wall time and the peak memory of its process tree.
 */
function build(dir: string): Promise<{ ms: number; peak: number }> {
  const { scripts } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
    scripts: { build: string };
  };
  const PATH = [path.join(dir, 'node_modules', '.bin'), process.env.PATH].join(path.delimiter);
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn('sh', ['-c', scripts.build], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { SITE_URL: LOCAL_ORIGIN, ...process.env, PATH },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let peak = 0;
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRss(child.pid));
    }, 100);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code === 0) resolve({ ms: performance.now() - start, peak });
      else reject(new Error(`The build failed in ${dir}:\n${stderr.slice(-4000)}`));
    });
  });
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;
const MIB = 1024 * 1024;
const row = (cells: (string | number)[]) => cells.map((cell) => String(cell).padStart(10)).join(' ');

console.log(
  `The build with every theme copied N times; warm: the median of ${runs} run(s); ms/page: warm time each page beyond N=1 adds`,
);
console.log(
  row([
    'N',
    'pages',
    'HTML MiB',
    'cold s',
    'warm s',
    'ms/page',
    'cold MiB',
    'warm MiB',
    ...LANGS.map((lang) => `${lang} copy MB`),
  ]),
);
let baseline: { pages: number; warm: number } | undefined;
for (const n of copies) {
  const dir = copyProject();
  try {
    multiplyThemes(dir, n);
    const cold = await build(dir);
    const warmRuns: Awaited<ReturnType<typeof build>>[] = [];
    for (let i = 0; i < runs; i += 1) warmRuns.push(await build(dir));
    const warm = median(warmRuns.map((run) => run.ms));
    const files = htmlFiles(path.join(dir, 'dist'));
    baseline ??= { pages: files.length, warm };
    const added = files.length - baseline.pages;
    // What each language's offline copy downloads (gzip where hosts compress), from the build's summary.
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
