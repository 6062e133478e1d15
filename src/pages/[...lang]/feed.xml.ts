/** The Atom feed per language: each correction as the log gives it, newest first; links absolute for readers. */
import type { APIRoute } from 'astro';
import { escapeUTF8 } from 'entities';
import { formatDay } from '@/lib/day';
import { langPaths, pageUrl } from '@/lib/page-urls';
import { logSlug } from '@/lib/site-model';
import { formatMessage } from '@/i18n/format-message';
import { truncateText } from '@/lib/truncate';
import { markWordingChange } from '@/lib/word-diff';

/** An Atom date: the start of an ISO day, in UTC. */
const atomDate = (day: string) => `${day}T00:00:00Z`;

export const getStaticPaths = langPaths;

export const GET: APIRoute = ({ locals: { model, lang, t } }) => {
  const self = new URL('feed.xml', pageUrl(lang)).href;
  // The feed changed when its newest entry was made; an empty log has no such day, so the build's.
  const updated = model.corrections[0]?.date ?? new Date().toISOString().slice(0, 10);
  const entries = model.corrections.map((correction) => {
    const url = pageUrl(lang, logSlug(correction.logPage), correction.anchor);
    // An entry's id never changes: the log's address with the entry's anchor, as before it had pages.
    const id = pageUrl(lang, logSlug(), correction.anchor);
    const minor = correction.minor ? ` (${t.correctionMinor})` : '';
    // Entries of one day name the same kinds of thing: the first words of what changed tell them apart.
    const what = truncateText(correction.what[lang], 80, lang);
    const title = `${formatMessage(t.correctedOn, { date: formatDay(correction.date, lang) })}${minor}: ${correction.subject(lang)} — ${what}`;
    const shown = correction.changesShown(lang);
    const html = [
      ...(shown.note ? [`<p>${escapeUTF8(shown.note)}</p>`] : []),
      ...shown.changes.map((change) => {
        const marked = markWordingChange(change.before, change.after, change.lang);
        return `<p>${escapeUTF8(change.label(lang))}</p><div class="wording-change" lang="${change.lang}"><p lang="${lang}">${escapeUTF8(t.correctionEarlier)}</p><p data-wording>${marked.before}</p><p lang="${lang}">${escapeUTF8(t.correctionLater)}</p><p data-wording>${marked.after}</p></div>`;
      }),
      `<p>${escapeUTF8(`${t.correctionWhat}: ${correction.what[lang]}`)}</p>`,
      `<p>${escapeUTF8(`${t.correctionWhy}: ${correction.why[lang]}`)}</p>`,
    ].join('');
    return `  <entry>
    <id>${escapeUTF8(id)}</id>
    <title>${escapeUTF8(title)}</title>
    <updated>${atomDate(correction.date)}</updated>
    <link rel="alternate" type="text/html" href="${escapeUTF8(url)}"/>
    <summary>${escapeUTF8(`${t.correctionWhat}: ${correction.what[lang]} ${t.correctionWhy}: ${correction.why[lang]}`)}</summary>
    <content type="html">${escapeUTF8(html)}</content>
  </entry>
`;
  });
  const feed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">
  <id>${escapeUTF8(self)}</id>
  <title>${escapeUTF8(`${t.corrections} · ${t.siteName}`)}</title>
  <subtitle>${escapeUTF8(t.correctionsIntro)}</subtitle>
  <updated>${atomDate(updated)}</updated>
  <author><name>${escapeUTF8(t.siteName)}</name></author>
  <link rel="self" type="application/atom+xml" href="${escapeUTF8(self)}"/>
  <link rel="alternate" type="text/html" href="${escapeUTF8(pageUrl(lang, logSlug()))}"/>
${entries.join('')}</feed>
`;
  return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
