import { EventEmitter } from 'node:events';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { ViteDevServer } from 'vite';
import { AstroError } from 'astro/errors';
import { devVerifier } from '../../../src/integrations/verify-content/index.ts';
import { verifiedContent } from '../../../src/integrations/verify-content/verify.ts';
import { VERIFICATION_HINT } from '../../../src/lib/content-files.ts';
import { latestVerification } from '../../../src/integrations/verify-content/dev-state.ts';
import { siteModel } from '../../support/content.ts';

const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));
const temps: string[] = [];
afterAll(async () => Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true }))));

/** A copy of the real content in a temporary project, with one file edited. */
async function projectWith(file: string, edit: (text: string) => string): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'factsheet-'));
  temps.push(root);
  await cp(path.join(projectRoot, 'content'), path.join(root, 'content'), { recursive: true });
  const target = path.join(root, file);
  await writeFile(target, edit(await readFile(target, 'utf8')));
  return root;
}

function catchError(run: () => unknown): Error | undefined {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  return undefined;
}

/** A quote of the real content with straight quotes inside, misquoted with typographic ones. */
const quote = siteModel.quotes.find((candidate) => candidate.ko.includes("'"));
if (!quote) throw new Error('The content has no quote with quotation marks inside.');
const misquoted = quote.ko.replaceAll("'", '’');

describe('the verified content the build loads', () => {
  it('fails with an AstroError located at the problem, naming file, line, entry, field and the closest passage', async () => {
    const misquote = (text: string) => text.replace(quote.ko, misquoted);
    const root = await projectWith('content/quotes.yaml', misquote);
    // Recorded as published too, so that only the misquote is reported.
    const lock = path.join(root, 'content/published.lock.yaml');
    await writeFile(lock, misquote(await readFile(lock, 'utf8')));
    const error = catchError(() => verifiedContent(root));
    const line = (await readFile(path.join(root, 'content/quotes.yaml'), 'utf8'))
      .split('\n')
      .findIndex((text) => text.includes(misquoted));
    expect(error).toMatchObject({
      name: 'AstroUserError',
      hint: VERIFICATION_HINT,
      loc: { file: path.join(root, 'content/quotes.yaml'), line: line + 1 },
      stack: '',
    });
    expect((error as Error).message).toBe(
      [
        'Content verification found 1 problem:',
        `  - content/quotes.yaml:${line + 1} › ${quote.id} › ko: The quote is not verbatim in ¶${quote.paragraph}: "${misquoted.replaceAll('’', '⟦’⟧')}"`,
        `    hint: Closest passage in ¶${quote.paragraph}: "${quote.ko.replaceAll("'", "⟦'⟧")}" (⟦…⟧ marks what differs). Copy the Korean text exactly; only Unicode normalisation and whitespace may differ.`,
      ].join('\n'),
    );
  });
});

describe('the termbase on the real content', () => {
  it('fails when a fact citing 상무 calls the person an executive director, naming file, expression and rendering', async () => {
    const root = await projectWith('content/facts.yaml', (text) =>
      text.replace('Lim Woohyung, a vice president,', 'Lim Woohyung, an executive director,'),
    );
    const message = catchError(() => verifiedContent(root))?.message;
    const line = (await readFile(path.join(root, 'content/facts.yaml'), 'utf8'))
      .split('\n')
      .findIndex((text) => text.includes('an executive director'));
    expect(message).toContain(
      `content/facts.yaml:${line + 1} › appointed-in-july › statement.en: The cited Korean has "상무", but statement.en does not use its approved rendering "vice president".`,
    );
    expect(message).toContain(
      `content/facts.yaml:${line + 1} › appointed-in-july › statement.en: "executive director" is a rejected rendering of "상무"; write "vice president".`,
    );
  });
});

describe('the dev server', () => {
  it('re-verifies on a change under content/, shows the problem in the overlay, and clears it when fixed', async () => {
    const root = await projectWith('content/themes/en/ai-bubble.mdx', (text) => text);
    const watcher = new EventEmitter();
    const send = vi.fn();
    const server = { watcher, ws: { send }, config: { logger: { error: vi.fn() } } };
    const plugin = devVerifier(root);
    (plugin.configureServer as (server: ViteDevServer) => void)(server as unknown as ViteDevServer);
    expect(await latestVerification()).toBeUndefined();

    const page = path.join(root, 'content/themes/en/ai-bubble.mdx');
    const original = await readFile(page, 'utf8');
    await writeFile(
      page,
      original.replace('<Fact id="ai-value-trending-up" />', '{/* <Fact id="ai-value-trending-up" /> */}'),
    );
    watcher.emit('all', 'change', page);
    const error = await latestVerification();
    expect(error?.message).toContain(
      'content/themes/en/ai-bubble.mdx › ai-bubble › <Fact id="ai-value-trending-up">',
    );
    await vi.waitFor(() => expect(send).toHaveBeenCalledWith(expect.objectContaining({ type: 'error' })));

    await writeFile(page, original);
    watcher.emit('all', 'change', page);
    expect(await latestVerification()).toBeUndefined();
    await vi.waitFor(() => expect(send).toHaveBeenLastCalledWith({ type: 'full-reload' }));
  });

  it('shows only the latest run: an older failing run that finishes after a passing one is ignored', async () => {
    const root = await projectWith('content/themes/en/ai-bubble.mdx', (text) => text);
    const runs: ((error: AstroError | undefined) => void)[] = [];
    const verify = () => new Promise<AstroError | undefined>((resolve) => runs.push(resolve));
    const watcher = new EventEmitter();
    const send = vi.fn();
    const server = { watcher, ws: { send }, config: { logger: { error: vi.fn() } } };
    (devVerifier(root, verify).configureServer as (server: ViteDevServer) => void)(
      server as unknown as ViteDevServer,
    );
    const page = path.join(root, 'content/themes/en/ai-bubble.mdx');
    watcher.emit('all', 'change', page); // a run that will fail, slowly
    watcher.emit('all', 'change', page); // the fix, checked quickly
    runs[2]?.(undefined);
    runs[1]?.(new AstroError('stale'));
    await expect(latestVerification()).resolves.toBeUndefined();
    await new Promise((resolve) => setImmediate(resolve));
    expect(send).not.toHaveBeenCalledWith(expect.objectContaining({ type: 'error' }));
  });
});
