/** Rule: no silent edits. Wording that differs from the published wording needs a correction of that fact or
 * quote dated after its last recorded one; every recorded change names a logged correction. */
import { CONTENT_FILES, type ContentProblem, type ValidContent } from '../../../lib/content-files.ts';
import {
  currentWording,
  fieldPath,
  latestDay,
  parseWordingKey,
  pendingChanges,
} from '../../../lib/published-wording.ts';

export function checkPublishedWording(content: ValidContent, now: Date): ContentProblem[] {
  const lock = content.published.value;
  const corrections = content.corrections.map((correction) => correction.value);
  const current = currentWording(
    content.facts.map((fact) => fact.value),
    content.quotes.map((quote) => quote.value),
  );
  const problems: ContentProblem[] = pendingChanges(lock, current, corrections, latestDay(now))
    .filter((change) => change.correction === undefined)
    .map(({ key, before, after }) => {
      const parsed = parseWordingKey(key);
      const kind = parsed.kind === 'fact' ? 'facts' : 'quotes';
      return {
        file: CONTENT_FILES[kind],
        entry: parsed.id,
        field: fieldPath(parsed),
        message: `The published wording changed, and ${CONTENT_FILES.corrections} has no correction of ${parsed.kind} "${parsed.id}" made since.\n    published: ${before}\n    now:       ${after}`,
        hint: `Readers may have cited the published wording. Log the change in ${CONTENT_FILES.corrections} (${kind}: [${parsed.id}], dated the day of the change; minor: true for a typo), then run \`npm run record-wording\` to record the new wording in ${CONTENT_FILES.published}.`,
      };
    });
  const logged = new Set(corrections.map((correction) => correction.id));
  lock.changes.forEach((change, i) => {
    if (logged.has(change.correction)) return;
    problems.push({
      file: content.published.file,
      field: `changes[${i}].correction`,
      message: `The recorded change of ${change.key} names the correction "${change.correction}", which is not in ${CONTENT_FILES.corrections}.`,
      hint: 'A recorded change stays with its correction: keep the correction in the log.',
    });
  });
  return problems;
}
