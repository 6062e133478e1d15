/** `npm run record-wording`: records the current wording in content/published.lock.yaml, each change with its
 * earlier wording under the correction that logs it; refuses, naming the sentence, a change no correction logs. */
import { readFileSync, writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { CONTENT_FILES, loadContent } from '../src/lib/content-files.ts';
import { currentWording, latestDay, pendingChanges, recordWording } from '../src/lib/published-wording.ts';

const HEADER = `# The published wording of every quote, fact statement and note, and each change a correction made to
# it (before and after). Written by \`npm run record-wording\`; do not edit by hand. The build fails when
# a sentence differs from its wording here and content/corrections.yaml has no entry for it.
`;

const content = loadContent(process.cwd());
const today = latestDay();
const current = currentWording(content.facts, content.quotes);
const unlogged = pendingChanges(content.published, current, content.corrections, today).filter(
  (change) => !change.correction,
);
if (unlogged.length > 0) {
  for (const { key, before, after } of unlogged) {
    console.error(
      `${key}: no correction in ${CONTENT_FILES.corrections} logs this change.\n  published: ${before}\n  now:       ${after}`,
    );
  }
  console.error(
    `Log each change in ${CONTENT_FILES.corrections} first (see CONTRIBUTING.md, "Logging a correction").`,
  );
  process.exitCode = 1;
} else {
  const recorded = recordWording(content.published, current, content.corrections, today);
  const text = HEADER + stringify(recorded, { lineWidth: 0, singleQuote: true });
  if (text === readFileSync(CONTENT_FILES.published, 'utf8')) {
    console.log('The published wording is up to date.');
  } else {
    writeFileSync(CONTENT_FILES.published, text);
    const added = recorded.changes.length - content.published.changes.length;
    console.log(
      `Recorded the wording in ${CONTENT_FILES.published}${added > 0 ? ` (${added} new change${added === 1 ? '' : 's'})` : ''}.`,
    );
  }
}
