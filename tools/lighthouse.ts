/** `npm run bench:lighthouse`: the largest contentful paint of the overviews on Lighthouse's mobile profile,
 * the median of five runs each; `-- --vs DIR` measures another built site in the same run, with the ratio. */
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, ensureChromium } from './find-chromium.ts';
import { freePort } from './free-port.ts';
import { serveSite } from './serve.ts';
import { builtAddress } from '../src/lib/built-html.ts';
import { LANGS } from '../src/site.config.ts';

/** The largest contentful paint of one page, in ms. */
async function largestContentfulPaint(url: string, port: number): Promise<number> {
  const result = await lighthouse(url, { port, logLevel: 'error', onlyCategories: ['performance'] });
  const value = result?.lhr.audits['largest-contentful-paint']?.numericValue;
  if (value === undefined) {
    const why = result?.lhr.runtimeError?.message ?? 'no reason given';
    throw new Error(`Lighthouse measured no largest contentful paint for ${url}: ${why}`);
  }
  return value;
}

const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

const { values: options } = parseArgs({ options: { vs: { type: 'string' } } });
const sites = ['dist', ...(options.vs ? [options.vs] : [])];
const debugPort = await freePort();
const servers = await Promise.all(sites.map((dir) => serveSite({ dir })));
const browser = await chromium.launch({
  executablePath: ensureChromium(),
  args: [`--remote-debugging-port=${debugPort}`, ...CHROMIUM_ARGS],
});
try {
  console.log(
    'page'.padEnd(12),
    sites.map((dir, i) => (i > 0 ? dir : 'this site').padStart(20)).join(''),
    options.vs ? '   ratio' : '',
  );
  for (const address of LANGS.map((lang) => builtAddress('dist', lang, ''))) {
    const medians: number[] = [];
    for (const server of servers) {
      const runs: number[] = [];
      for (let run = 0; run < 5; run += 1) {
        runs.push(await largestContentfulPaint(new URL(address, server.url).href, debugPort));
      }
      medians.push(median(runs));
    }
    const ratio = medians.length > 1 ? `   ${((medians[0] ?? 0) / (medians[1] ?? 1)).toFixed(2)}×` : '';
    console.log(
      `/${address}`.padEnd(12),
      medians.map((ms) => `${Math.round(ms)} ms`.padStart(20)).join(''),
      ratio,
    );
  }
} finally {
  await browser.close();
  for (const server of servers) server.close();
}
