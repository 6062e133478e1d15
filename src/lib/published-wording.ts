/**
 * The published wording of every quote, fact statement and note, kept in `content/published.lock.yaml` so
 * that no sentence a reader could have cited changes without a correction. The lock holds each sentence's
 * wording by key (`fact/ID/statement.en`, `quote/ID/text.ko`) and each correction's changes, before and after.
 */
import { z } from 'astro/zod';
import type { Correction, Fact, Quote } from './content-schemas.ts';
import type { Lang } from '../site.config.ts';

/** One sentence the site published, and where it lives. */
interface WordingKey {
  kind: 'fact' | 'quote';
  id: string;
  /** Field inside the entry: `statement`, `text` (a quote's own words), `attributionNote`, `occasion`. */
  field: string;
  lang: Lang;
}

/** `content/published.lock.yaml`, written by the record command. */
export const publishedWordingSchema = z.strictObject({
  /** Every published sentence by key, as last recorded. */
  wording: z.record(z.string(), z.string()),
  /** Every recorded change, oldest first, under the correction that logged it. */
  changes: z
    .array(
      z.strictObject({
        /** Id of the correction in `content/corrections.yaml`. */
        correction: z.string().min(1),
        /** The sentence's key. */
        key: z.string().min(1),
        /** The wording before the correction, as it was published. */
        before: z.string(),
        /** The wording the correction published. */
        after: z.string(),
      }),
    )
    .default([]),
});
export type PublishedWording = z.infer<typeof publishedWordingSchema>;

/** The latest day it is anywhere on Earth (UTC+14): the day an editor anywhere may date a correction made now. */
export function latestDay(now = new Date()): string {
  return new Date(now.getTime() + 14 * 3600_000).toISOString().slice(0, 10);
}

export function parseWordingKey(key: string): WordingKey {
  const [kind, id, fieldAndLang = ''] = key.split('/');
  const dot = fieldAndLang.lastIndexOf('.');
  return {
    kind: kind === 'quote' ? 'quote' : 'fact',
    id: id ?? '',
    field: fieldAndLang.slice(0, dot),
    lang: fieldAndLang.slice(dot + 1) as Lang,
  };
}

/** The field's path in its content file, as messages name it: `statement.en`, `en`, `occasion.ko`. */
export function fieldPath({ field, lang }: WordingKey): string {
  return field === 'text' ? lang : `${field}.${lang}`;
}

/** Every sentence the content publishes now, by key, in file order (facts, then quotes). */
export function currentWording(facts: readonly Fact[], quotes: readonly Quote[]): Map<string, string> {
  const wording = new Map<string, string>();
  const add = ({ kind, id, field, lang }: WordingKey, text: string | undefined) => {
    if (text !== undefined) wording.set(`${kind}/${id}/${field}.${lang}`, text);
  };
  for (const fact of facts) {
    for (const lang of ['en', 'ko'] as const) {
      add({ kind: 'fact', id: fact.id, field: 'statement', lang }, fact.statement[lang]);
    }
  }
  for (const quote of quotes) {
    for (const lang of ['en', 'ko'] as const) {
      add({ kind: 'quote', id: quote.id, field: 'text', lang }, quote[lang]);
      add({ kind: 'quote', id: quote.id, field: 'attributionNote', lang }, quote.attributionNote?.[lang]);
      add({ kind: 'quote', id: quote.id, field: 'occasion', lang }, quote.occasion?.[lang]);
    }
  }
  return wording;
}

/**
 * The correction that logs a change of `key`: the newest one naming its fact or quote that no recorded change
 * of that entry already used, dated no earlier than the last one that did (a correction recorded today may
 * take a second change of the same day).
 */
function coveringCorrection(
  key: string,
  lock: PublishedWording,
  corrections: readonly Correction[],
  today: string,
) {
  const parsed = parseWordingKey(key);
  const entryPrefix = `${parsed.kind}/${parsed.id}/`;
  const used = new Set(
    lock.changes.filter((change) => change.key.startsWith(entryPrefix)).map((change) => change.correction),
  );
  const lastRecorded = corrections
    .filter((correction) => used.has(correction.id))
    .reduce((latest, { date }) => (date > latest ? date : latest), '');
  return corrections
    .filter(
      (correction) =>
        (parsed.kind === 'fact' ? correction.facts : correction.quotes).includes(parsed.id) &&
        correction.date >= lastRecorded &&
        (!used.has(correction.id) || correction.date === today),
    )
    .reduce<Correction | undefined>(
      (newest, correction) => (newest && newest.date > correction.date ? newest : correction),
      undefined,
    );
}

/** Every sentence that changed since it was last recorded (new sentences are not changes), with its correction. */
export function pendingChanges(
  lock: PublishedWording,
  current: ReadonlyMap<string, string>,
  corrections: readonly Correction[],
  today: string,
) {
  return [...current].flatMap(([key, after]) => {
    const before = lock.wording[key];
    if (before === undefined || before === after) return [];
    return [{ key, before, after, correction: coveringCorrection(key, lock, corrections, today) }];
  });
}

/**
 * The lock with the current wording recorded: each logged change is added under its correction (a
 * second change under the same correction keeps the first `before`), and sentences no longer in the
 * content are dropped. Throws when a change is not logged.
 */
export function recordWording(
  lock: PublishedWording,
  current: ReadonlyMap<string, string>,
  corrections: readonly Correction[],
  today: string,
): PublishedWording {
  const changes = lock.changes.map((change) => ({ ...change }));
  for (const pending of pendingChanges(lock, current, corrections, today)) {
    if (!pending.correction) throw new Error(`The change of ${pending.key} is not logged.`);
    const id = pending.correction.id;
    const same = changes.find((change) => change.correction === id && change.key === pending.key);
    if (same) same.after = pending.after;
    else changes.push({ correction: id, key: pending.key, before: pending.before, after: pending.after });
  }
  return {
    wording: Object.fromEntries(current),
    changes: changes.filter((change) => change.before !== change.after),
  };
}
