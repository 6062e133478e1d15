import { EventEmitter } from 'node:events';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { verifiedContentLoader } from '../../../src/integrations/verify-content/index.ts';
import { verifiedContent } from '../../../src/integrations/verify-content/verify.ts';
import {
  loadContent,
  siteContent,
  VERIFICATION_HINT,
  type SiteEntry,
} from '../../../src/lib/content-files.ts';
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

const original = await readFile(path.join(projectRoot, 'content/themes/en/ai-bubble.mdx'), 'utf8');
const hideFact = (text: string) =>
  text.replace('<Fact id="ai-value-trending-up" />', '{/* <Fact id="ai-value-trending-up" /> */}');
const notEmbedded = 'content/themes/en/ai-bubble.mdx › ai-bubble › <Fact id="ai-value-trending-up">';

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

describe('the site collection', () => {
  /** Runs the loader as Astro does, with a store and, for the dev server, a watcher. */
  async function load(root: string, watcher?: EventEmitter & { add: () => void }) {
    const store = new Map<string, unknown>();
    const context = {
      store: { set: ({ id, data }: { id: string; data: unknown }) => store.set(id, data) },
      config: { root: pathToFileURL(`${root}/`) },
      watcher,
    };
    await verifiedContentLoader().load(context as unknown as LoaderContext);
    return () => siteContent(store.get('content') as SiteEntry);
  }

  it('holds the verified content in a build, and stops it with the problems', async () => {
    const root = await projectWith('content/themes/en/ai-bubble.mdx', (text) => text);
    expect((await load(root))()).toEqual(loadContent(root));
    await writeFile(path.join(root, 'content/themes/en/ai-bubble.mdx'), hideFact(original));
    await expect(load(root)).rejects.toThrow(notEmbedded);
  });

  it('in the dev server, holds the problems while a change breaks the content, and the content once fixed', async () => {
    const root = await projectWith('content/themes/en/ai-bubble.mdx', (text) => text);
    const watcher = Object.assign(new EventEmitter(), { add: vi.fn() });
    const page = path.join(root, 'content/themes/en/ai-bubble.mdx');
    const content = await load(root, watcher);
    await writeFile(page, hideFact(original));
    watcher.emit('all', 'change', page);
    expect(content).toThrow(notEmbedded);
    expect(catchError(content)).toMatchObject({ loc: { file: page } });
    await writeFile(page, original);
    watcher.emit('all', 'change', page);
    expect(content()).toEqual(loadContent(root));
  });
});
