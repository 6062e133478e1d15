/** Rule: a fact keeps whose claim it is and how sure the speaker was: the speech, hearsay (후문) or hedge its
 * evidence carries is kept by its voice and both statements. CONTRIBUTING.md lists the words. */
import type { ContentProblem, ValidContent } from '../../../lib/content-files.ts';
import { getJongseong } from 'es-hangul';
import type { Fact, Person } from '../../../lib/content-schemas.ts';
import { normalizeForComparison } from '../../../lib/source-text.ts';
import { titledNames } from '../../../lib/voice.ts';
import { LANGS, type Lang } from '../../../site.config.ts';

/** Korean speech verbs, as stems so that 강조했고 counts like 강조했다. */
const SPEECH_KO =
  '밝혔 말했 강조했 자신했 기대했 전망했 내다봤 회고했 덧붙였 설명했 설명이다 답했 짚었 꼽았'.split(' ');
const HEARSAY_KO = ['후문'];
/** Korean hedges besides a -ㄹ 것 ending. */
const HEDGE_KO = ['것 같', '기대했', '전망했', '내다봤'];

const anyOf = (words: readonly string[]) => new RegExp(words.map(RegExp.escape).join('|'));

/** What a statement must contain. "Adds", "grants", "credits" attribute only as "adds that", "credits X with";
 * plain `will`/`would` is no hedge: "will matter" states as settled what "중요하지 않을 것 같다" only supposes. */
const STATEMENT_MARKERS: Record<'attribution' | 'hedge' | 'hearsay' | 'quotation', Record<Lang, RegExp>> = {
  attribution: {
    en: /\b(?:says?|said|according to|explains?|explained|expects?|expected|believes?|argues?|argued|stresse[sd]|stresses|recalls?|recalled|cites?|cited|answered|responded|describes?|described|(?:adds?|added|grants?|granted)(?= that\b)|(?:credits?|credited)(?= [^.]*\b(?:with|for)\b))\b/i,
    ko: anyOf([...SPEECH_KO, '에 따르면', '라며', '다며']),
  },
  hedge: {
    // "may" only in lower case: "May" is also the month.
    en: /\b(?:(?i:expects?|expected|thinks?|thought|believes?|believed|might|could|should|likely|probably|perhaps|hopes?|hoped|predicts?|predicted)|may)\b/,
    ko: anyOf(HEDGE_KO),
  },
  hearsay: { en: /\b(?:without naming a source|reportedly|word has it|hearsay)\b/i, ko: anyOf(HEARSAY_KO) },
  quotation: { en: /\bquotation\b/i, ko: /인용문/ },
};

/** A -ㄹ 것 ending: a syllable with final ㄹ right before 것 ("할 것", "늘 것", "있을 것"). */
function hasFutureGeot(text: string): boolean {
  return [...text.matchAll(/([가-힣]) ?것/g)].some((match) => getJongseong(match[1] ?? '') === 'ㄹ');
}

/** Whether the excerpt sits inside a quotation ("…") of its paragraph. */
function insideQuotation(excerpt: string, paragraph: string): boolean {
  const haystack = normalizeForComparison(paragraph);
  const at = haystack.indexOf(normalizeForComparison(excerpt));
  if (at < 0) return false;
  return (haystack.slice(0, at).match(/["“”]/g)?.length ?? 0) % 2 === 1;
}

function evidenceSignals(fact: Fact, paragraphs: readonly string[]) {
  const signals: Partial<Record<'speech' | 'hearsay' | 'hedge', string | undefined>> = {};
  for (const { paragraph, text } of fact.evidence) {
    const source = paragraphs[paragraph - 1] ?? '';
    signals.hearsay ??= HEARSAY_KO.find((marker) => text.includes(marker));
    signals.speech ??=
      SPEECH_KO.find((marker) => text.includes(marker)) ??
      (insideQuotation(text, source) ? 'a quotation' : undefined);
    signals.hedge ??=
      HEDGE_KO.find((marker) => text.includes(marker)) ?? (hasFutureGeot(text) ? '-ㄹ 것' : undefined);
  }
  return signals;
}

/** How a statement may name the voice: the person's names, or the two interviewees together. */
function speakerPatterns(voice: string, people: readonly Person[]): Record<Lang, RegExp> | undefined {
  if (voice === 'co-heads') {
    return {
      en: /\bco-heads\b|\bboth heads\b|\btwo heads\b/i,
      ko: /두 원장|양 원장|두 공동 연구원장|두 사람/,
    };
  }
  const person = people.find((candidate) => candidate.id === voice);
  if (!person) return undefined;
  const family = person.nameEn.split(' ')[0] ?? person.nameEn;
  return {
    en: new RegExp(`\\b(?:${RegExp.escape(person.nameEn)}|${RegExp.escape(family)})\\b`),
    ko: anyOf([person.nameKo, ...titledNames(person)]),
  };
}

/** Whether both statements call the evidence a quotation: how the article's voice reports one that names no speaker. */
function describesQuotation(speech: string, statement: Fact['statement']): boolean {
  return (
    speech === 'a quotation' && LANGS.every((lang) => STATEMENT_MARKERS.quotation[lang].test(statement[lang]))
  );
}

/** A marker as the message shows it: a stem gets its 다 back (것 같 → "것 같다"). */
function quoted(marker: string): string {
  if (marker === 'a quotation' || marker === '-ㄹ 것') return marker;
  return HEARSAY_KO.includes(marker) || marker.endsWith('다') ? `"${marker}"` : `"${marker}다"`;
}

export function checkVoice(content: ValidContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const people = content.people.map((person) => person.value);
  for (const fact of content.facts) {
    const { voice, statement } = fact.value;
    if (voice === undefined) continue;
    const report = (field: string, message: string, hint: string) =>
      problems.push({ file: fact.file, entry: fact.entry, field, message, hint });
    const signals = evidenceSignals(fact.value, content.source.paragraphs);
    if (signals.hearsay && voice !== 'hearsay') {
      report(
        'voice',
        `The evidence passes on hearsay (${quoted(signals.hearsay)}), but the voice is "${voice}".`,
        'Set voice: hearsay and word both statements as what the article passes on ("The article reports, without naming a source, that…" / "…는 후문을 전한다").',
      );
    } else if (
      signals.speech &&
      !signals.hearsay &&
      (voice === 'article' || voice === 'hearsay') &&
      !(voice === 'article' && describesQuotation(signals.speech, statement))
    ) {
      report(
        'voice',
        `The evidence is speech (${quoted(signals.speech)}), but the voice is "${voice}": the site would state in its own voice what the article attributes to a speaker.`,
        'Set voice to the speaker\'s person id, or co-heads for "양 원장"/"두 원장" and their joint statements. For a quotation the article gives without naming a speaker, keep voice: article and say in both statements that it is a quotation ("quotation" / "인용문").',
      );
    }
    if (voice === 'hearsay') {
      for (const lang of LANGS) {
        if (STATEMENT_MARKERS.hearsay[lang].test(statement[lang])) continue;
        report(
          `statement.${lang}`,
          `The voice is hearsay, but statement.${lang} does not say so.`,
          lang === 'en'
            ? 'Say the article passes it on without a source: "without naming a source", "reportedly".'
            : 'Keep "후문" in the Korean statement ("…는 후문을 전한다").',
        );
      }
    }
    const speaker = speakerPatterns(voice, people);
    if (speaker) {
      for (const lang of LANGS) {
        const text = statement[lang];
        if (speaker[lang].test(text) && STATEMENT_MARKERS.attribution[lang].test(text)) continue;
        report(
          `statement.${lang}`,
          `statement.${lang} does not say whose claim this is (voice "${voice}").`,
          lang === 'en'
            ? 'Name the speaker (display name, family name, or "the co-heads") and attribute the claim: says, said, explains, expects, according to…'
            : 'Name the speaker (이홍락 원장, 이 원장, 두 원장…) and attribute the claim: 말했다, 밝혔다, 강조했다, 기대했다, …에 따르면.',
        );
      }
    }
    if (signals.hedge) {
      for (const lang of LANGS) {
        const text = statement[lang];
        const futureGeot = lang === 'ko' && signals.hedge !== '것 같' && hasFutureGeot(text);
        if (STATEMENT_MARKERS.hedge[lang].test(text) || futureGeot) continue;
        report(
          `statement.${lang}`,
          `The evidence hedges (${quoted(signals.hedge)}), but statement.${lang} states it as settled.`,
          lang === 'en'
            ? 'Keep the hedge: expects, does not think, may, might, likely, should… (plain "will" states it as settled).'
            : signals.hedge === '것 같'
              ? 'Keep the hedge: 것 같다 (a -ㄹ 것 ending alone states it as settled).'
              : 'Keep the hedge: 것 같다, -ㄹ 것 (할 것, 늘 것), 기대했다, 전망했다, 내다봤다.',
        );
      }
    }
  }
  return problems;
}
