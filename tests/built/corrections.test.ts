import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { parse, type Node } from 'ultrahtml';
import { querySelectorAll } from 'ultrahtml/selector';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/site.config.ts';
import { siteModel } from '../support/content.ts';
import { address, builtFile, pageAt, readPage, SITE, textOf, theOne } from '../support/builds.ts';

/** A sentence as shown: its text, the words marked, and its text without them. */
function shown(node: Node | undefined, mark: 'del' | 'ins') {
  if (!node) return { text: '', marked: [], unmarked: '' };
  return {
    text: textOf(node),
    marked: querySelectorAll(node, mark).map((element) => textOf(element)),
    unmarked: textOf(node, (element) => element.name === mark),
  };
}

/** Each changed sentence in a log entry: the earlier wording (`<del>`) and the corrected one (`<ins>`). */
function changesIn(entry: Node) {
  return querySelectorAll(entry, '.wording-change').map((pair) => {
    const [before, after] = querySelectorAll(pair, '[data-wording]');
    return { before: shown(before, 'del'), after: shown(after, 'ins') };
  });
}

const corrected = siteModel.corrections.filter((correction) => correction.changes.length > 0);
const feedParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => name === 'entry',
});

describe.each(LANGS)('the corrections log in %s', (lang) => {
  const { feed } = feedParser.parse(
    readFileSync(builtFile(SITE, `${address(lang, '')}feed.xml`), 'utf8'),
  ) as { feed: { entry: { id: string; content: { '#text': string } }[] } };

  it.each(corrected.map((correction) => [correction.id, correction] as const))(
    '%s: its page and the feed show each changed sentence before and after, only the changed words marked',
    (_id, correction) => {
      const { changes, note } = correction.changesShown(lang);
      const page = pageAt(correction.href(lang));
      if (!page) throw new Error(`No page at ${correction.href(lang)}`);
      const onPage = theOne(readPage(page), `#${correction.anchor}`);
      const inFeed = feed.entry.find((entry) => entry.id.endsWith(`#${correction.anchor}`));
      expect(inFeed).toBeTruthy();
      // Both give each sentence whole.
      const whole = changesIn(parse(inFeed?.content['#text'] ?? ''));
      const shown = changesIn(onPage);
      for (const seen of [whole, shown]) {
        expect(seen.map(({ before, after }) => [before.text, after.text])).toEqual(
          changes.map(({ before, after }) => [before, after]),
        );
      }
      for (const { before, after } of [...whole, ...shown]) {
        // Marks are exactly the difference: without them, both wordings read the same.
        expect(before.marked.length + after.marked.length).toBeGreaterThan(0);
        expect(before.unmarked).toBe(after.unmarked);
      }
      // A correction of one language's wording says so in the other language's log.
      if (note) expect(textOf(onPage)).toContain(note);
    },
  );
});
