/**
 * What a word is, for the index step and the browser alike. Pagefind splits Korean on whitespace only,
 * with no stemmer (엑사원은, 소버린AI로 are one word each): the same rules make the index's extra terms and
 * normalise the query, so both sides agree.
 */
import particles from './korean-particles.json' with { type: 'json' };

const HANGUL_LETTERS = '\\u1100-\\u11ff\\u3130-\\u318f\\uac00-\\ud7a3';
const HANGUL = new RegExp(`[${HANGUL_LETTERS}]`, 'u');
/** A run of letters and digits (a decimal number whole), cut where Hangul meets another script. */
const WORD = new RegExp(
  `[${HANGUL_LETTERS}]+|(?:(?![${HANGUL_LETTERS}])[\\p{L}\\p{N}]|(?<=\\p{N})\\.(?=\\p{N}))+`,
  'gu',
);

export const hasHangul = (text: string) => HANGUL.test(text);

/** The words of a text, in NFC, Hangul and other scripts apart (소버린AI로 → 소버린, AI, 로). */
export function words(text: string): string[] {
  return text.normalize('NFC').match(WORD) ?? [];
}

/** Particles (조사) and copula endings after a noun, longest first so that 에서는 wins over 는. */
const PARTICLES = particles.toSorted((a, b) => b.length - a.length);

/** The smallest stem (in syllables) left after stripping: keeps 국가, 모델 and 대학 whole. */
const MIN_STEM = 2;

/** Removes one trailing particle from a Hangul word when a stem of at least two syllables remains. */
export function stripParticle(word: string): string {
  const nfc = word.normalize('NFC');
  if (!hasHangul(nfc)) return nfc;
  const particle = PARTICLES.find(
    (ending) => nfc.endsWith(ending) && [...nfc].length - ending.length >= MIN_STEM,
  );
  return particle ? nfc.slice(0, -particle.length) : nfc;
}

/** Whether a Hangul word after another word of its token is only a particle (소버린AI로 → 로). */
export function isGluedParticle(word: string, index: number): boolean {
  return index > 0 && PARTICLES.includes(word);
}

/**
 * The search forms of one whitespace-delimited token: its words, particles stripped, without a particle
 * glued after another word. `그래픽처리장치(GPU)` → 그래픽처리장치, GPU.
 */
export function termForms(token: string): string[] {
  const forms = words(token)
    .filter((word, i) => !isGluedParticle(word, i))
    .map(stripParticle);
  return [...new Set(forms)];
}

/** Longest query worth sending to the index; longer input is cut, not rejected. */
const MAX_QUERY_LENGTH = 200;

/** Straight and typographic double quotes (phone keyboards type “…”). */
const QUOTES = /["“”]/gu;

/**
 * Normalises a query for Pagefind: NFC, Korean particles stripped, Hangul/Latin split; a phrase in double
 * quotes is searched as typed, with the straight quotes Pagefind reads.
 */
export function normalizeQuery(query: string): string {
  const nfc = [...query.normalize('NFC')].slice(0, MAX_QUERY_LENGTH).join('').trim();
  if (isExactPhrase(nfc)) return `"${nfc.slice(1, -1)}"`;
  // A lone `"` would make Pagefind search the rest as a phrase.
  return nfc
    .replace(QUOTES, ' ')
    .split(/\s+/u)
    .flatMap(lettersAndDigits)
    .flatMap((token) => (hasHangul(token) ? termForms(token) : [token]))
    .filter((token) => /[\p{L}\p{N}]/u.test(token))
    .join(' ')
    .trim();
}

/** Whether a query is one phrase in double quotes (straight or typographic), searched as typed. */
export function isExactPhrase(query: string): boolean {
  return /^["“][^"“”]*[\p{L}\p{N}][^"“”]*["”]$/su.test(query.trim());
}

/** A name typed solid with its version, apart as the site writes it: EXAONE4.0 → EXAONE, 4.0. */
function lettersAndDigits(token: string): string[] {
  const match = /^(\p{L}{2,})(\p{N}+(?:\.\p{N}+)*)$/u.exec(token);
  return match?.[1] && match[2] ? [match[1], match[2]] : [token];
}
