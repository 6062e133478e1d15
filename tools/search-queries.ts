/**
 * Realistic queries and the page each should find, for `npm run bench:search-hits`: typed the way
 * readers type (spacing, other scripts, other romanisations, one-letter typos, other word forms) and
 * words that appear nowhere on the site, which must find nothing. `expect` lists the acceptable pages
 * (a theme id or a section slug; '' is the overview); `null` means no result is the right answer.
 * `heldOut` queries were not used to tune the search (see the field): they check that
 * the rules carry over to queries not seen.
 */
import type { Lang } from '../src/site.config.ts';

export interface SearchQuery {
  lang: Lang;
  query: string;
  expect: string[] | null;
  /** What the query tries. */
  kind: 'plain' | 'spacing' | 'script' | 'romanisation' | 'typo' | 'word form' | 'nowhere';
  /**
   * Held-out queries, by round: `first` was written with the tuned ones and first run after the main
   * changes (two of its misses then led to general fixes); `second` was written after that and run
   * only once, at the end; `third` was written in a later round, before its first run.
   */
  heldOut?: 'first' | 'second' | 'third';
}

const q = (
  lang: Lang,
  query: string,
  expect: string[] | null,
  kind: SearchQuery['kind'],
  heldOut?: SearchQuery['heldOut'],
): SearchQuery => ({ lang, query, expect, kind, ...(heldOut ? { heldOut } : {}) });

export const SEARCH_QUERIES: SearchQuery[] = [
  // English site
  q('en', 'exaone', ['exaone-history'], 'plain'),
  q('en', 'bubbles', ['ai-bubble'], 'plain'),
  q('en', 'parameter race', ['foundation-model-project'], 'plain'),
  q('en', 'EXAOEN', ['exaone-history'], 'typo'),
  q('en', 'sovreign', ['sovereign-ai'], 'typo'),
  q('en', 'gradute school', ['lg-ai-graduate-school'], 'typo'),
  q('en', 'parametres', ['foundation-model-project', 'glossary'], 'typo'),
  q('en', 'Woo-hyung Lim', ['people'], 'romanisation'),
  q('en', 'Woohyung Lim', ['people'], 'romanisation'),
  q('en', 'Hong-lak Lee', ['people'], 'romanisation'),
  q('en', 'Kwangmo Koo', ['people'], 'romanisation'),
  q('en', 'Lim Woo hyung', ['people'], 'romanisation'),
  q('en', '지피유', ['glossary', 'industry-strategy'], 'script'),
  q('en', '엑사원', ['exaone-history'], 'script'),
  q('en', '소버린', ['sovereign-ai'], 'script'),
  q('en', 'China', ['industry-strategy'], 'word form'),
  q('en', 'specialized models', ['industry-strategy'], 'word form'),
  q('en', 'nation', ['sovereign-ai', 'glossary'], 'word form'),
  q('en', 'alert', null, 'nowhere'),
  q('en', 'blockchain', null, 'nowhere'),
  q('en', 'quantum computing', null, 'nowhere'),
  q('en', 'cryptocurrency', null, 'nowhere'),
  // Korean site
  q('ko', '엑사원', ['exaone-history'], 'plain'),
  q('ko', '거품론', ['ai-bubble'], 'plain'),
  q('ko', '산업특화', ['industry-strategy'], 'spacing'),
  q('ko', '산업 특화', ['industry-strategy'], 'spacing'),
  q('ko', '대규모 언어모델', ['exaone-history', 'glossary'], 'spacing'),
  q('ko', '사내 대학원', ['lg-ai-graduate-school'], 'spacing'),
  q('ko', '현장데이터', ['industry-strategy'], 'spacing'),
  q('ko', '최종 목표', ['industry-strategy', ''], 'spacing'),
  q('ko', '챗지피티', ['exaone-history'], 'script'),
  q('ko', '오픈에이아이', ['exaone-history'], 'script'),
  q('ko', '지피유', ['glossary', 'industry-strategy'], 'script'),
  q('ko', '소버린에이아이', ['sovereign-ai'], 'script'),
  q('ko', 'Lim Woohyung', ['people'], 'romanisation'),
  q('ko', 'Woo-hyung Lim', ['people'], 'romanisation'),
  q('ko', '엑사언', ['exaone-history'], 'typo'),
  q('ko', '거품롬', ['ai-bubble'], 'typo'),
  q('ko', '매개변슈', ['foundation-model-project', 'glossary'], 'typo'),
  q('ko', '블록체인', null, 'nowhere'),
  q('ko', '양자컴퓨터', null, 'nowhere'),
  q('ko', '부동산', null, 'nowhere'),
  // Held out: written with the rest, never used to tune.
  q('en', 'Kyunghoon Bae', ['people', 'leadership'], 'romanisation', 'first'),
  q('en', 'exsaone', ['exaone-history'], 'typo', 'first'),
  q(
    'en',
    'Koreans',
    ['sovereign-ai', 'lg-ai-graduate-school', 'leadership', 'industry-strategy', ''],
    'word form',
    'first',
  ),
  q('en', 'metaverse', null, 'nowhere', 'first'),
  q('ko', '파운데이션모델', ['foundation-model-project'], 'spacing', 'first'),
  q('ko', '공동연구원장', ['leadership', 'people'], 'spacing', 'first'),
  q('ko', '엘엘엠', ['exaone-history', 'glossary'], 'script', 'first'),
  q('ko', '구광모회장', ['exaone-history', 'people'], 'spacing', 'first'),
  q('ko', '대학웡', ['lg-ai-graduate-school'], 'typo', 'first'),
  q('ko', '우주항공', null, 'nowhere', 'first'),
  // Held out, second round.
  q('en', 'Bae Kyung hoon', ['people', 'leadership'], 'romanisation', 'second'),
  q('en', 'graduate shcool', ['lg-ai-graduate-school'], 'typo', 'second'),
  q('en', 'soverign AI', ['sovereign-ai'], 'typo', 'second'),
  q('en', 'bubble talk', ['ai-bubble'], 'plain', 'second'),
  q('en', '그래픽카드', ['glossary', 'industry-strategy'], 'script', 'second'),
  q('en', 'hedge fund', null, 'nowhere', 'second'),
  q('ko', '엑사원4.0', ['exaone-history'], 'spacing', 'second'),
  q('ko', '소버린 에이아이', ['sovereign-ai'], 'script', 'second'),
  q('ko', '독자AI', ['foundation-model-project', 'sovereign-ai'], 'spacing', 'second'),
  q('ko', '배경 훈', ['leadership', 'people'], 'spacing', 'second'),
  q('ko', '대학원셍', ['lg-ai-graduate-school'], 'typo', 'second'),
  q('ko', '메타버스', null, 'nowhere', 'second'),
  // Held out, third round.
  q('en', 'Lee Hongrak', ['people'], 'romanisation', 'third'),
  q('en', 'Koo Kwang-mo', ['people', 'exaone-history'], 'romanisation', 'third'),
  q('en', 'chat gpt', ['exaone-history'], 'spacing', 'third'),
  q('en', 'openai', ['exaone-history'], 'plain', 'third'),
  q('en', 'foundation models', ['foundation-model-project'], 'word form', 'third'),
  q('en', 'sovereignity', ['sovereign-ai'], 'typo', 'third'),
  q('en', 'Exaone 4', ['exaone-history'], 'plain', 'third'),
  q('en', 'Minister of Science', ['leadership', 'people'], 'plain', 'third'),
  q('en', 'parameter count', ['foundation-model-project', 'glossary'], 'word form', 'third'),
  q('en', 'overvalued', ['ai-bubble'], 'word form', 'third'),
  q('en', '임우형', ['people'], 'script', 'third'),
  q('en', 'nuclear power', null, 'nowhere', 'third'),
  q('en', 'smartphone', null, 'nowhere', 'third'),
  q('en', 'Japanese', null, 'nowhere', 'third'),
  q('ko', '엑사원 4.0', ['exaone-history'], 'spacing', 'third'),
  q('ko', '챗GPT', ['exaone-history'], 'plain', 'third'),
  q('ko', '그래픽 처리 장치', ['industry-strategy', 'glossary'], 'spacing', 'third'),
  q('ko', '이홍락부사장', ['people', 'leadership'], 'spacing', 'third'),
  q('ko', '파운데이션 모델', ['foundation-model-project'], 'spacing', 'third'),
  q('ko', '거품논', ['ai-bubble'], 'typo', 'third'),
  q('ko', '매게변수', ['foundation-model-project', 'glossary'], 'typo', 'third'),
  q('ko', '소브린', ['sovereign-ai'], 'script', 'third'),
  q('ko', 'exaone', ['exaone-history'], 'script', 'third'),
  q('ko', 'Lee Hong-lak', ['people'], 'romanisation', 'third'),
  q('ko', '개교', ['lg-ai-graduate-school'], 'plain', 'third'),
  q('ko', '비트코인', null, 'nowhere', 'third'),
  q('ko', '반도체', null, 'nowhere', 'third'),
  q('ko', '자율주행', null, 'nowhere', 'third'),
];
