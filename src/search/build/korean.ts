/** Korean index terms a reader may type that the text does not show. */
import { hasHangul, isGluedParticle, stripParticle, termForms, words } from '../shared/words.ts';

/** Shortest word (in syllables) treated as a possible compound: 대학원 and 거품론 stay whole. */
const MIN_COMPOUND = 4;

/** Lengths count syllables, not UTF-16 units. */
const syllables = (word: string) => [...word.normalize('NFC')];

/**
 * The nouns a compound is made of. Korean writes compounds solid (대규모언어모델) and Pagefind matches only
 * a word's start, so a noun inside one is invisible unless indexed on its own. The rules:
 * - only words of four syllables or more are split, so 대학원 never becomes 대학 + 원;
 * - parts have two syllables or more, each a known noun (`nouns`: standing alone elsewhere in the corpus
 *   or the glossary) or an unknown stretch; two unknown parts never meet, but the last may be a
 *   one-syllable suffix (부 in 통신부);
 * - the reading with most syllables in known nouns wins, then the finest; none known, no split.
 * Gives each run of parts but the whole: 대규모언어모델 → 대규모, 대규모언어, 언어, 언어모델, 모델.
 */
export function compoundParts(word: string, nouns: ReadonlySet<string>): string[] {
  const chars = syllables(word);
  const whole = chars.join('');
  if (chars.length < MIN_COMPOUND || !/^[\uac00-\ud7a3]+$/u.test(whole)) return [];
  type Reading = { known: number; parts: string[]; endsUnknown: boolean };
  const better = (a: Reading, b: Reading | undefined) =>
    !b || a.known > b.known || (a.known === b.known && a.parts.length > b.parts.length);
  // readings[i]: the best readings of the first i syllables, one ending in a known part, one not.
  const readings: { known?: Reading; unknown?: Reading }[] = [
    { known: { known: 0, parts: [], endsUnknown: false } },
  ];
  for (let end = 1; end <= chars.length; end += 1) {
    const here: { known?: Reading; unknown?: Reading } = {};
    readings[end] = here;
    for (let start = 0; start < end; start += 1) {
      const part = chars.slice(start, end).join('');
      const isKnown = nouns.has(part) && part !== whole;
      const isSuffix = end - start === 1 && end === chars.length && start > 0;
      if (end - start < 2 && !isSuffix) continue;
      for (const before of [readings[start]?.known, readings[start]?.unknown]) {
        if (!before || (!isKnown && before.endsUnknown && !isSuffix)) continue;
        const candidate: Reading = {
          known: before.known + (isKnown ? end - start : 0),
          parts: [...before.parts, part],
          endsUnknown: !isKnown,
        };
        const slot = isKnown ? 'known' : 'unknown';
        if (better(candidate, here[slot])) here[slot] = candidate;
      }
    }
  }
  const last = readings[chars.length] ?? {};
  const reading = last.known && better(last.known, last.unknown) ? last.known : last.unknown;
  if (!reading || reading.known === 0) return [];
  const runs = new Set<string>();
  for (let from = 0; from < reading.parts.length; from += 1) {
    for (let to = from + 1; to <= reading.parts.length; to += 1) {
      const run = reading.parts.slice(from, to).join('');
      if (syllables(run).length >= 2 && run !== whole) runs.add(run);
    }
  }
  return [...runs];
}

/** The nouns a compound may be made of: a text's particle-stripped Hangul words of two syllables or more. */
export function standaloneNouns(text: string): Set<string> {
  const forms = text.split(/\s+/u).flatMap(termForms);
  return new Set(forms.filter((form) => hasHangul(form) && syllables(form).length >= 2));
}

/** Forms a reader may type unlike a Korean text's words (Pagefind has those), compounds' nouns too. */
export function koreanIndexTerms(text: string, nouns: ReadonlySet<string> = new Set()): string[] {
  const originals = new Set(text.normalize('NFC').split(/\s+/u));
  const terms = [...originals]
    .filter(hasHangul)
    .flatMap(termForms)
    .flatMap((form) => [form, ...compoundParts(form, nouns)]);
  return [...new Set(terms.filter((term) => !originals.has(term)))];
}

/** How Korean reads each Latin letter, A to Z, so an acronym has a Hangul spelling (GPU → 지피유). */
const LETTER_NAMES =
  '에이 비 씨 디 이 에프 지 에이치 아이 제이 케이 엘 엠 엔 오 피 큐 알 에스 티 유 브이 더블유 엑스 와이 제트'.split(
    ' ',
  );

/** An acronym (two to five capitals) spelled in Hangul letter by letter: GPU → 지피유, LG → 엘지. */
export function acronymReading(word: string): string | undefined {
  if (!/^[A-Z]{2,5}$/u.test(word)) return undefined;
  return [...word].map((letter) => LETTER_NAMES[letter.charCodeAt(0) - 65]).join('');
}

/** Hangul spellings of a text's acronyms, alone and glued to Hangul: 챗GPT가 → 지피티, 챗지피티. */
export function acronymSpellings(text: string): string[] {
  const spellings = new Set<string>();
  // Words are glued when nothing stands between them (챗GPT가, not 장치(GPU)).
  for (const glued of text.split(/[^\p{L}\p{N}]+/u)) {
    const parts = words(glued);
    const readings = parts.map(acronymReading);
    if (readings.every((reading) => reading === undefined)) continue;
    for (const reading of readings) if (reading) spellings.add(reading);
    if (parts.some(hasHangul)) {
      const kept = parts.filter((part, i) => !isGluedParticle(part, i));
      spellings.add(kept.map((part) => acronymReading(part) ?? stripParticle(part)).join(''));
    }
  }
  return [...spellings];
}

/** Endings of verbs and adjectives (구축해, 특화된, 한다): such a word is not the first part of a compound. */
const PREDICATE_ENDING = /(?:다|고|며|면|서|해|한|된|던|는|은|을|할|게|지|요|죠|니|까)$/u;

/** Longest run of spaced words joined into one compound. */
const MAX_JOINED = 3;

/**
 * Neighbouring Hangul words joined, as a reader may type the compound (산업 특화 모델을 → 산업특화,
 * 산업특화모델, 특화모델). Punctuation, a particle, a predicate ending or anything not Hangul ends a run; its
 * last word loses its particle. Joined words are whole words, so a half-typed syllable matches nothing new.
 */
export function joinedCompounds(text: string): string[] {
  const joined = new Set<string>();
  let run: string[] = [];
  for (const token of text.normalize('NFC').split(/\s+/u)) {
    const word = token.replace(/^['"‘“(]+/u, '');
    const hangul = /^[\uac00-\ud7a3]+/u.exec(word)?.[0];
    if (!hangul || syllables(hangul).length < 2) {
      run = [];
      continue;
    }
    const stem = stripParticle(hangul);
    // An opening quotation mark or bracket starts a new phrase.
    if (word !== token) run = [];
    const last = [...run, stem];
    for (let from = Math.max(0, last.length - MAX_JOINED); from < last.length - 1; from += 1) {
      joined.add(last.slice(from).join(''));
    }
    const continues = hangul === word && stem === hangul && !PREDICATE_ENDING.test(hangul);
    run = continues ? last.slice(-(MAX_JOINED - 1)) : [];
  }
  return [...joined];
}
