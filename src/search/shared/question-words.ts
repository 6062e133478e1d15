/**
 * What a question adds to the words it asks about: English question and function words, Korean
 * interrogatives and the verbal endings of a question (어디서 했나, 뭐라고 했나요, 거품인가). None of them is
 * a required search term: a reader's question keeps only its content words, reduced to the stem the index
 * holds (거품인가 → 거품, 중요한가 → 중요). The rules are data, each with a unit test.
 */
import { hasHangul } from './words.ts';

/** English words that ask or join rather than name what is asked about. */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...['who', 'whom', 'whose', 'what', 'when', 'where', 'why', 'how', 'which'],
  ...['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am'],
  ...['do', 'does', 'did', 'done', 'doing', 'has', 'have', 'had'],
  ...['can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'must'],
  ...['the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'about', 'into'],
  ...['and', 'or', 'it', 'its', 'this', 'that', 'these', 'those', 'there', 'they', 'them', 'their'],
  ...['he', 'him', 'his', 'she', 'her', 'i', 'me', 'my', 'we', 'us', 'our', 'you', 'your'],
  ...['say', 'says', 'said', 'tell', 'told', 'think', 'thinks', 'mean', 'means', 'happen', 'happened'],
]);

/** Korean interrogatives and words of asking, with the particles they take in a question. */
export const KOREAN_QUESTION_WORDS: ReadonlySet<string> = new Set([
  ...['누가', '누구', '누구는', '누구의', '누구를', '무엇', '무엇을', '무엇이', '무엇은', '뭐', '뭘', '뭐가'],
  ...['뭐라고', '뭐라', '무슨', '어디', '어디서', '어디에서', '어디에', '어디로', '언제', '왜', '어떻게'],
  ...['어떤', '어떠한', '얼마나', '얼마', '몇', '어느', '대해', '대해서', '관해', '관해서', '대한'],
  ...['알려줘', '알려주세요', '궁금해', '궁금해요', '궁금합니다'],
]);

/**
 * The endings a question puts on its last word, as typed; a leading jamo (ㄴ가, ㄹ까, ㅂ니까) is the final
 * consonant of the syllable before it (중요한가 = 중요하 + ㄴ가). Only the last word is read: a question
 * ends there, and a noun inside it may end like one (하나, 어머니).
 */
export const KOREAN_QUESTION_ENDINGS: readonly string[] = [
  ...['습니까', 'ㅂ니까', '인가요', '는가요', 'ㄴ가요', '었나요', '았나요', '였나요', '했나요', '을까요'],
  ...['ㄹ까요', '했어요', '었어요', '았어요', '이에요', '나요', '인가', '는가', 'ㄴ가', '었나', '았나'],
  ...['였나', '했나', '을까', 'ㄹ까', '인지', '는지', 'ㄴ지', '이죠', '해요', '예요', '어요', '아요'],
  ...['죠', '냐', '니', '나'],
].toSorted((a, b) => b.length - a.length);

/**
 * What a stem may end in once its question ending is gone, and is not part of the word the index holds:
 * the verb 하다 and its past (투자했 → 투자, 중요하 → 중요), the copula (거품이 → 거품).
 */
export const KOREAN_VERB_TAILS: readonly string[] = ['했', '하', '됐', '되', '였', '이'];

/** Stems that are only a verb of being, doing or saying: nothing is left to search for. */
export const KOREAN_BARE_VERBS: ReadonlySet<string> = new Set([
  ...['하', '했', '되', '됐', '있', '없', '이', '였'],
  ...['말', '말하', '말했', '보', '봤', '생각'],
]);

/**
 * The final consonants of Hangul syllables, in Unicode's order (none first): a syllable's is its
 * code's remainder by 28. Written out here rather than taken from es-hangul, which the spelling code
 * loads only on a missed query: its tables would add a few KB to every first search.
 */
const FINALS = ' ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ';
const SYLLABLES = { first: 0xac00, last: 0xd7a3 };

/** A syllable's final consonant and the syllable without it: 한 → ㄴ, 하. */
function splitFinal(syllable: string): [string, string] | undefined {
  const code = syllable.codePointAt(0) ?? 0;
  if (code < SYLLABLES.first || code > SYLLABLES.last) return undefined;
  const final = (code - SYLLABLES.first) % 28;
  return [FINALS[final] ?? '', String.fromCodePoint(code - final)];
}

/** A Hangul word without its question ending, or the word as typed when it has none. */
export function stripQuestionEnding(word: string): string {
  const nfc = word.normalize('NFC');
  for (const ending of KOREAN_QUESTION_ENDINGS) {
    const jamo = /^[\u3131-\u314e]/u.test(ending) ? ending[0] : undefined;
    const syllables = jamo ? ending.slice(1) : ending;
    if (!nfc.endsWith(syllables)) continue;
    let stem = nfc.slice(0, nfc.length - syllables.length);
    if (jamo) {
      // The jamo is the final consonant of the stem's last syllable: 중요한 → 중요하.
      const [final, open] = splitFinal(stem.at(-1) ?? '') ?? [];
      if (final !== jamo || open === undefined) continue;
      stem = stem.slice(0, -1) + open;
    }
    if (stem.length > 0) return stem;
  }
  return nfc;
}

/** A question's stem without the verb that carries it (투자했 → 투자, 거품이 → 거품); '' for a bare verb. */
function withoutVerbTail(stem: string): string {
  if (KOREAN_BARE_VERBS.has(stem)) return '';
  for (const tail of KOREAN_VERB_TAILS) {
    if (stem.length > tail.length + 1 && stem.endsWith(tail)) return stem.slice(0, -tail.length);
  }
  return stem;
}

/**
 * A word of a question as a search term, `undefined` when it only asks (who, 어디서, 했나요). `last`: the
 * question's last word, the one its ending is on.
 */
export function contentWord(token: string, last = false): string | undefined {
  // The punctuation around a word (held?, “EXAONE”) is no part of it.
  const word = token.normalize('NFC').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  const bare = word.toLocaleLowerCase();
  if (!bare) return undefined;
  if (!hasHangul(bare)) return ENGLISH_FUNCTION_WORDS.has(bare) ? undefined : word;
  if (KOREAN_QUESTION_WORDS.has(bare) || KOREAN_BARE_VERBS.has(bare)) return undefined;
  if (!last) return word;
  const stem = stripQuestionEnding(bare);
  if (stem === bare) return word;
  // 누구인가요, 무엇인가요: an interrogative with the question's ending.
  return KOREAN_QUESTION_WORDS.has(stem) ? undefined : withoutVerbTail(stem) || undefined;
}

/**
 * A query's content words: its question and function words and its question ending dropped. A query
 * made only of them (`who is`, `what`) is kept as typed: the reader searches for those words.
 */
export function contentWords(query: string): string {
  const tokens = query.split(/\s+/u).filter(Boolean);
  const content = tokens
    .map((token, i) => contentWord(token, i === tokens.length - 1))
    .filter((word) => word !== undefined);
  return (content.length > 0 ? content : tokens).join(' ');
}
