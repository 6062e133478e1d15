/**
 * How the build's cost grows with its content: builds a temporary copy of the project in which every
 * theme exists N times (every fact and quote copied with a fresh id on the copied theme; the same source
 * paragraphs, so the content still verifies) and prints, per N, the pages built, the build
 * (`npm run build`'s command) cold (no caches) and warm (the cold build's caches kept), the time each page
 * beyond N=1 adds to a warm build, peak memory, the HTML written, what each language's offline copy
 * downloads and, where GNU time is installed, CPU time, which varies less than wall time on a shared
 * machine. `node tools/bench-scale.ts 1` times the site as it is, cold and warm. Compare medians
 * (`--runs`) from the same machine, never single runs.
 *
 * Usage: node tools/bench-scale.ts [N…] [--runs 1] [--keep]   (default N: 1 4 16 64; N=1 is always
 * built, as the baseline). `--keep` leaves the copies in place and prints where, for profiling.
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
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

/** GNU time, where installed, reports the CPU time of the whole build (every process it waited for). */
const GNU_TIME = '/usr/bin/time';

/**
 * One build in `dir`, with `npm run build`'s own command (without npm's process in the figures) and the
 * project's binaries first on the path: wall time, CPU time (when measurable) and the peak memory of its
 * process tree.
 */
function build(dir: string): Promise<{ ms: number; cpuMs: number | undefined; peak: number }> {
  const { scripts } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
    scripts: { build: string };
  };
  const timeFile = path.join(dir, '.build-time');
  const command = [
    ...(existsSync(GNU_TIME) ? [GNU_TIME, '-f', '%U %S', '-o', timeFile] : []),
    'sh',
    '-c',
    scripts.build,
  ];
  const env = { PATH: [path.join(dir, 'node_modules', '.bin'), process.env.PATH].join(path.delimiter) };
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command[0] ?? '', command.slice(1), {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { SITE_URL: LOCAL_ORIGIN, ...process.env, ...env },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let peak = 0;
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRss(child.pid));
    }, 100);
    child.on('error', reject);
    child.on('exit', (code) => {
      const ms = performance.now() - start;
      clearInterval(timer);
      if (code !== 0) {
        reject(new Error(`The build failed in ${dir}:\n${stderr.slice(-4000)}`));
        return;
      }
      const cpu = existsSync(timeFile)
        ? readFileSync(timeFile, 'utf8').trim().split(/\s+/).map(Number)
        : undefined;
      resolve({ ms, cpuMs: cpu ? ((cpu[0] ?? 0) + (cpu[1] ?? 0)) * 1000 : undefined, peak });
    });
  });
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;

interface Result {
  n: number;
  pages: number;
  htmlBytes: number;
  cold: number;
  coldCpu: number | undefined;
  warm: number;
  warmCpu: number | undefined;
  /** Peak memory of the cold build (it draws every Open Graph card) and of the warm builds. */
  coldPeak: number;
  warmPeak: number;
  /** Per language, what its offline copy downloads (gzip where hosts compress), from the build's summary. */
  offline: Record<string, number>;
}

async function measure(n: number): Promise<Result> {
  const dir = copyProject();
  try {
    multiplyThemes(dir, n);
    const cold = await build(dir);
    const warm: Awaited<ReturnType<typeof build>>[] = [];
    for (let i = 0; i < runs; i += 1) warm.push(await build(dir));
    const files = htmlFiles(path.join(dir, 'dist'));
    return {
      n,
      pages: files.length,
      htmlBytes: files.reduce((sum, file) => sum + statSync(file).size, 0),
      cold: cold.ms,
      coldCpu: cold.cpuMs,
      warm: median(warm.map((run) => run.ms)),
      warmCpu: warm.every((run) => run.cpuMs !== undefined)
        ? median(warm.map((run) => run.cpuMs ?? 0))
        : undefined,
      coldPeak: cold.peak,
      warmPeak: Math.max(...warm.map((run) => run.peak)),
      offline: Object.fromEntries(
        Object.entries(
          (JSON.parse(readFileSync(path.join(dir, 'dist', SUMMARY_FILE), 'utf8')) as OfflineSummary).copies,
        ).map(([lang, copy]) => [lang, copy.download]),
      ),
    };
  } finally {
    if (values.keep) console.log(`N=${n}: kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

const MIB = 1024 * 1024;
const seconds = (ms: number | undefined) => (ms === undefined ? '–' : (ms / 1000).toFixed(1));
const row = (cells: (string | number)[]) => cells.map((cell) => String(cell).padStart(10)).join(' ');
console.log(
  `The build with every theme copied N times; warm times are the median of ${runs} run(s); ms/page: warm time each page beyond N=1 adds`,
);
console.log(
  row([
    'N',
    'pages',
    'HTML MiB',
    'cold s',
    'cold CPU s',
    'warm s',
    'ms/page',
    'warm CPU s',
    'CPU ms/page',
    'cold MiB',
    'warm MiB',
    ...LANGS.map((lang) => `${lang} copy MB`),
  ]),
);
let baseline: Result | undefined;
for (const n of copies) {
  const result = await measure(n);
  baseline ??= result;
  const added = result.pages - baseline.pages;
  const perPage = (now: number | undefined, then: number | undefined) =>
    added > 0 && now !== undefined && then !== undefined ? ((now - then) / added).toFixed(0) : '–';
  console.log(
    row([
      n,
      result.pages,
      (result.htmlBytes / MIB).toFixed(1),
      (result.cold / 1000).toFixed(1),
      seconds(result.coldCpu),
      (result.warm / 1000).toFixed(1),
      perPage(result.warm, baseline.warm),
      seconds(result.warmCpu),
      perPage(result.warmCpu, baseline.warmCpu),
      (result.coldPeak / MIB).toFixed(0),
      (result.warmPeak / MIB).toFixed(0),
      ...LANGS.map((lang) => ((result.offline[lang] ?? 0) / 1e6).toFixed(2)),
    ]),
  );
}
