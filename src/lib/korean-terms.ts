/**
 * Korean-aware search terms. Pagefind splits Korean on whitespace only and has no Korean stemmer, so a
 * word carries its particle (엑사원은, 대학원에서) and Latin glued to Hangul stays one token (소버린AI로).
 * These functions produce the forms a reader types: Hangul and Latin parts split apart, and nouns with a
 * trailing particle removed. The same functions run at index time (extra searchable terms) and at query
 * time (normalising what the reader typed), so both sides agree.
 */

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/u;
const HANGUL_RUN = /[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]+/gu;
const TOKEN = /[\p{L}\p{N}]+(?:[.·'’-][\p{L}\p{N}]+)*/gu;

/**
 * Particles (조사) and copula endings that attach to nouns, longest first so that 에서는 wins over 는.
 * Only what commonly follows a noun: stripping is applied to nouns a reader would search for.
 */
const PARTICLES = [
  '에서는',
  '에게서',
  '으로는',
  '으로서',
  '으로써',
  '이라는',
  '이라고',
  '이라며',
  '이었다',
  '입니다',
  '이에요',
  '에서',
  '에게',
  '한테',
  '으로',
  '로서',
  '로써',
  '부터',
  '까지',
  '보다',
  '처럼',
  '마다',
  '조차',
  '만큼',
  '이며',
  '이고',
  '이나',
  '이다',
  '라는',
  '라고',
  '에는',
  '에도',
  '와의',
  '과의',
  '와는',
  '과는',
  '들이',
  '들을',
  '들은',
  '들의',
  '들과',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '의',
  '에',
  '와',
  '과',
  '로',
  '도',
  '만',
  '들',
  '나',
  '요',
].sort((a, b) => b.length - a.length);

/** The smallest stem (in syllables) left after stripping: keeps 국가, 모델 and 대학 whole. */
const MIN_STEM = 2;

/** Whether the text contains Hangul. */
export function hasHangul(text: string): boolean {
  return HANGUL.test(text);
}

/** Splits a token where Hangul meets Latin letters or digits: 소버린AI로 → 소버린, AI, 로. */
export function splitScripts(token: string): string[] {
  const parts: string[] = [];
  let rest = token.normalize('NFC');
  while (rest.length > 0) {
    HANGUL_RUN.lastIndex = 0;
    const match = HANGUL_RUN.exec(rest);
    if (!match) {
      parts.push(rest);
      break;
    }
    if (match.index > 0) parts.push(rest.slice(0, match.index));
    parts.push(match[0]);
    rest = rest.slice(match.index + match[0].length);
  }
  return parts.map((part) => part.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
}

/** Removes one trailing particle from a Hangul word when a stem of at least two syllables remains. */
export function stripParticle(word: string): string {
  const nfc = word.normalize('NFC');
  if (!hasHangul(nfc)) return nfc;
  for (const particle of PARTICLES) {
    if (nfc.endsWith(particle) && [...nfc].length - particle.length >= MIN_STEM) {
      return nfc.slice(0, -particle.length);
    }
  }
  return nfc;
}

/** Whether a Hangul fragment is only a particle (left over after splitting 소버린AI로 → 로). */
function isBareParticle(part: string): boolean {
  return PARTICLES.includes(part);
}

/**
 * The search forms of one whitespace-delimited token: its script parts and their particle-stripped
 * forms, without bare particles. `그래픽처리장치(GPU)` → 그래픽처리장치, GPU.
 */
export function termForms(token: string): string[] {
  const forms = new Set<string>();
  for (const word of token.normalize('NFC').match(TOKEN) ?? []) {
    const parts = splitScripts(word);
    for (const [i, part] of parts.entries()) {
      // A Hangul part glued after Latin (AI연구원은) or standing alone is a noun candidate; a short
      // Hangul tail after Latin (AI로, GPU가) is a particle.
      if (hasHangul(part) && i > 0 && isBareParticle(part)) continue;
      forms.add(hasHangul(part) ? stripParticle(part) : part);
    }
  }
  return [...forms];
}

/** Shortest word (in syllables) treated as a possible compound: 대학원 and 거품론 stay whole. */
const MIN_COMPOUND = 4;

/** Syllables of a Hangul word, so lengths count syllables rather than UTF-16 units. */
const syllables = (word: string) => [...word.normalize('NFC')];

/**
 * The nouns a compound is made of, when the compound can be read as a run of them. Korean writes
 * compounds without spaces (대규모언어모델, 과학기술정보통신부) and Pagefind only matches a word's start,
 * so a noun inside one is invisible unless indexed on its own. The rules:
 * - only Hangul words of at least four syllables are split, so 대학원 never becomes 대학 + 원;
 * - the word is cut into parts of two or more syllables, each either a known noun (`nouns`: words that
 *   stand alone elsewhere in the corpus or the glossary) or an unknown stretch between known nouns;
 *   two unknown parts never meet, except that the last part may be a one-syllable suffix (부 in 통신부);
 * - the reading with the most syllables in known nouns wins, then the finest one; at least one part
 *   must be known, otherwise the word is not split at all.
 * Every run of neighbouring parts (except the whole word and single syllables) is returned:
 * 대규모언어모델 → 대규모, 대규모언어, 언어, 언어모델, 모델.
 */
export function compoundParts(word: string, nouns: ReadonlySet<string>): string[] {
  const chars = syllables(word);
  const whole = chars.join('');
  if (chars.length < MIN_COMPOUND || !/^[\uac00-\ud7a3]+$/u.test(whole)) return [];
  interface Reading {
    known: number;
    parts: string[];
    endsUnknown: boolean;
  }
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

/**
 * The nouns of a text a compound may be made of: every particle-stripped Hangul word of at least two
 * syllables that stands on its own somewhere in the text.
 */
export function standaloneNouns(text: string): Set<string> {
  const nouns = new Set<string>();
  for (const token of text.normalize('NFC').split(/\s+/u)) {
    for (const form of termForms(token)) {
      if (hasHangul(form) && syllables(form).length >= 2) nouns.add(form);
    }
  }
  return nouns;
}

/**
 * Extra index terms for Korean text: every form a reader may type that differs from the words as they
 * stand (the originals are indexed by Pagefind already), including the nouns inside compounds when
 * `nouns` is given. Deduplicated, in order of first appearance.
 */
export function koreanIndexTerms(text: string, nouns: ReadonlySet<string> = new Set()): string[] {
  const originals = new Set(text.normalize('NFC').split(/\s+/u));
  const extra = new Set<string>();
  for (const token of originals) {
    if (!hasHangul(token)) continue;
    for (const form of termForms(token)) {
      for (const term of [form, ...compoundParts(form, nouns)]) {
        if (!originals.has(term)) extra.add(term);
      }
    }
  }
  return [...extra];
}

/** Longest query worth sending to the index; longer input is cut, not rejected. */
const MAX_QUERY_LENGTH = 200;

/**
 * Normalises a reader's query for Pagefind: NFC, Korean particles stripped, Hangul/Latin split.
 * A query in double quotes is an exact phrase and is left alone.
 */
export function normalizeQuery(query: string): string {
  const nfc = [...query.normalize('NFC')].slice(0, MAX_QUERY_LENGTH).join('').trim();
  if (isExactPhrase(nfc)) return nfc;
  // A quote mark that does not close a phrase is not part of any word (a lone `"` would make Pagefind
  // search the rest as a phrase).
  return nfc
    .replaceAll('"', ' ')
    .split(/\s+/u)
    .flatMap(lettersAndDigits)
    .flatMap((token) => (hasHangul(token) ? termForms(token) : [token]))
    .filter((token) => /[\p{L}\p{N}]/u.test(token))
    .join(' ')
    .trim();
}

/** A piece of mixed text, marked when it is Korean. */
export interface TextRun {
  text: string;
  ko: boolean;
}

const KOREAN_RUN = /[\uac00-\ud7a3](?:[\uac00-\ud7a3A-Za-z0-9\s'·.]*[\uac00-\ud7a3])?/gu;

/**
 * Splits text into Korean and non-Korean runs, so Korean inside English text can carry `lang="ko"`.
 * A Korean run may hold spaces and Latin letters between Hangul (독자 AI 파운데이션 모델).
 */
export function koreanRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(KOREAN_RUN)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), ko: false });
    runs.push({ text: match[0], ko: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), ko: false });
  return runs;
}

/** How Korean reads each Latin letter, so an acronym has a Hangul spelling (GPU → 지피유). */
const LETTER_NAMES: Readonly<Record<string, string>> = {
  A: '에이',
  B: '비',
  C: '씨',
  D: '디',
  E: '이',
  F: '에프',
  G: '지',
  H: '에이치',
  I: '아이',
  J: '제이',
  K: '케이',
  L: '엘',
  M: '엠',
  N: '엔',
  O: '오',
  P: '피',
  Q: '큐',
  R: '알',
  S: '에스',
  T: '티',
  U: '유',
  V: '브이',
  W: '더블유',
  X: '엑스',
  Y: '와이',
  Z: '제트',
};

/** An acronym (two to five capitals) spelled in Hangul letter by letter: GPU → 지피유, LG → 엘지. */
export function acronymReading(word: string): string | undefined {
  if (!/^[A-Z]{2,5}$/u.test(word)) return undefined;
  return [...word].map((letter) => LETTER_NAMES[letter]).join('');
}

/**
 * Hangul spellings of the acronyms in a text, as readers type them: each acronym alone and a word that
 * glues one to Hangul spelled whole (챗GPT가 → 지피티, 챗지피티; 오픈AI의 → 에이아이, 오픈에이아이).
 */
export function acronymSpellings(text: string): string[] {
  const spellings = new Set<string>();
  for (const token of text.normalize('NFC').split(/\s+/u)) {
    for (const word of token.match(TOKEN) ?? []) {
      const parts = splitScripts(word);
      const readings = parts.map((part) => acronymReading(part));
      if (readings.every((reading) => reading === undefined)) continue;
      for (const reading of readings) if (reading) spellings.add(reading);
      if (parts.length > 1) {
        const kept = parts.filter((part, i) => !(i > 0 && hasHangul(part) && isBareParticle(part)));
        spellings.add(kept.map((part) => acronymReading(part) ?? stripParticle(part)).join(''));
      }
    }
  }
  return [...spellings];
}

/** Endings of verbs and adjectives (구축해, 특화된, 한다): such a word is not the first part of a compound. */
const PREDICATE_ENDING = /(?:다|고|며|면|서|해|한|된|던|는|은|을|할|게|지|요|죠|니|까)$/u;

/** Longest run of spaced words joined into one compound. */
const MAX_JOINED = 3;

/**
 * The rule that makes Korean spacing free: neighbouring Hangul words of a text, joined as one word the
 * way a reader may type the compound (산업 특화 모델을 → 산업특화, 산업특화모델, 특화모델). A run is broken by
 * punctuation, by a word with a particle or a predicate ending, and by anything not Hangul; the last word
 * of a run loses its particle. The opposite direction, a compound typed with spaces, needs the compound's
 * parts as terms: `compoundParts`. Joined words are whole words, so a half-typed syllable still matches
 * nothing new.
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

/** Whether a query is one phrase in double quotes, searched as typed. */
export function isExactPhrase(query: string): boolean {
  return /^"[^"]*[\p{L}\p{N}][^"]*"$/su.test(query.trim());
}

/**
 * A product name typed solid with its version, apart: EXAONE4.0 → EXAONE, 4.0; 엑사원4.0 → 엑사원, 4.0. The
 * site writes them apart, so either spelling finds the same.
 */
export function lettersAndDigits(token: string): string[] {
  const match = /^(\p{L}{2,})(\p{N}+(?:\.\p{N}+)*)$/u.exec(token);
  return match?.[1] && match[2] ? [match[1], match[2]] : [token];
}
