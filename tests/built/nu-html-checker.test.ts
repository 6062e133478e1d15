import { execFile, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { builtPages, SITE } from '../support/builds.ts';
import { serveBuild } from '../support/serve.ts';

interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
  hiliteStart?: number;
  hiliteLength?: number;
}

const vnuJar = path.join(
  path.dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')),
  'build/dist/vnu.jar',
);
const hasJava = spawnSync('java', ['-version']).status === 0;

/**
 * The checker reports a JSON-LD block as an inline script the page's CSP would block, but browsers never
 * run (nor block) data blocks; the browser tests watch for real CSP violations.
 */
const isDataBlockCspNote = (m: NuMessage) =>
  m.message.startsWith('Inline script violates Content Security Policy') &&
  (m.extract ?? '')
    .slice(m.hiliteStart, (m.hiliteStart ?? 0) + (m.hiliteLength ?? 0))
    .startsWith('<script type="application/ld+json"');

it('the Nu HTML Checker finds no error and no warning on any page', async ({ skip }) => {
  if (!hasJava) {
    const notice =
      'Java is not installed: install a Java 17+ runtime (e.g. `apt-get install default-jre-headless`) to run the Nu HTML Checker (vnu-jar).';
    // The reporter hides skip notes: say it where it is seen.
    console.warn(`Skipped: ${notice}`);
    skip(notice);
  }
  // Served over HTTP rather than read from disk, so the pages' CSP judges their assets by their real origin.
  const server = await serveBuild(SITE);
  try {
    const urls = builtPages().map((page) => new URL(page.path, server.url).href);
    const { stdout } = await promisify(execFile)(
      'java',
      // The checker refuses localhost addresses unless told otherwise.
      [
        '-Dnu.validator.servlet.allow-forbidden-hosts=true',
        '-jar',
        vnuJar,
        '--format',
        'json',
        '--stdout',
        '--exit-zero-always',
        ...urls,
      ],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    const { messages } = JSON.parse(stdout) as { messages: NuMessage[] };
    const problems = messages
      .filter((m) => m.type !== 'info' || m.subType === 'warning')
      .filter((m) => !isDataBlockCspNote(m))
      .map((m) => `${new URL(m.url).pathname}:${m.lastLine ?? ''} ${m.subType ?? m.type}: ${m.message}`);
    expect(problems).toEqual([]);
  } finally {
    server.close();
  }
});
