/**
 * Realistic queries and the page each should find, for `npm run bench:search-hits` (`bench-search.ts`): typed the way
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
  kind: 'plain' | 'spacing' | 'script' | 'romanisation' | 'typo' | 'word form' | 'nowhere' | 'question';
  /**
   * Held-out queries, by round: `first` was written with the tuned ones and first run after the main
   * changes (two of its misses then led to general fixes); `second` was written after that and run
   * only once, at the end; `third` was written in a later round, before its first run; `questions` are
   * the held-out part of the question sets, written with the tuned questions, before any was run, and
   * run only at the end.
   */
  heldOut?: 'first' | 'second' | 'third' | 'questions';
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
  // A word written only inside a compound (강서사옥): split where the English romanises its other part.
  q('ko', '사옥', ['source', 'leadership', ''], 'spacing'),
  q('ko', '강서 사옥', ['source', 'leadership', ''], 'spacing'),
  // Questions a reader of each theme asks, as typed into a search box (tuned, then held out).
  ...[
    ['where was the interview held', ['source', 'leadership', '']],
    ['what did Koo Kwang-mo say about the investment', ['exaone-history']],
    ['why does Lim think parameters will not matter', ['foundation-model-project']],
    ['is AI a bubble', ['ai-bubble']],
    ['when does the LG AI Graduate School open', ['lg-ai-graduate-school']],
    [
      'who is the inaugural president of the graduate school',
      ['lg-ai-graduate-school', 'leadership', 'people'],
    ],
    ['what is the ultimate goal of LG AI Research', ['industry-strategy']],
    ['when was EXAONE 1.0 released', ['exaone-history', 'timeline']],
    ['why does Korea need sovereign AI', ['sovereign-ai']],
    ['who did the co-heads succeed', ['leadership']],
    ['how does LG AI Research compete with Chinese companies', ['industry-strategy']],
    ['what did Lee Honglak say about timing', ['exaone-history']],
    ['which teams were selected for the foundation model project', ['foundation-model-project']],
    ['who said AI technology must not become dependent', ['sovereign-ai']],
    ['what about quantum computing', null],
  ].map(([query, expect]) => q('en', query as string, expect as string[] | null, 'question')),
  ...[
    ['인터뷰는 어디서 했나', ['source', 'leadership', '']],
    ['구광모 회장은 뭐라고 했나요', ['exaone-history']],
    ['매개변수는 왜 중요하지 않나요', ['foundation-model-project']],
    ['AI는 거품인가', ['ai-bubble']],
    ['LG AI대학원은 언제 개교하나요', ['lg-ai-graduate-school']],
    ['AI대학원 초대 원장은 누구인가요', ['lg-ai-graduate-school', 'leadership', 'people']],
    ['LG AI연구원의 최종 목표는 무엇인가요', ['industry-strategy']],
    ['엑사원 1.0은 언제 나왔나요', ['exaone-history', 'timeline']],
    ['소버린AI가 왜 필요한가요', ['sovereign-ai']],
    ['두 원장은 누구의 뒤를 이었나', ['leadership']],
    ['중국 기업과 어떻게 경쟁하나요', ['industry-strategy']],
    ['이홍락 원장은 타이밍에 대해 뭐라고 했나', ['exaone-history']],
    ['정예팀 5곳에 선발됐나요', ['foundation-model-project']],
    ['기술 종속은 왜 안 되나요', ['sovereign-ai']],
    ['LG는 비트코인에 투자했나요', null],
  ].map(([query, expect]) => q('ko', query as string, expect as string[] | null, 'question')),
  ...[
    ['who leads LG AI Research', ['leadership', 'people']],
    ['what does Lee Honglak say about AI bubble talk', ['ai-bubble']],
    ['when did LG release EXAONE 4.0', ['exaone-history', 'timeline']],
    ['what will the graduate school teach', ['lg-ai-graduate-school']],
    ['why did LG start developing its own LLM early', ['exaone-history']],
    ['what data does LG AI Research use to differentiate its models', ['industry-strategy']],
    ['how will a sovereign AI ecosystem benefit the country', ['sovereign-ai']],
    ['how is the foundation model project evaluated', ['foundation-model-project']],
    ['who is Bae Kyung-hoon', ['leadership', 'people']],
    ['does the value of AI technology keep rising', ['ai-bubble']],
    ['who won the election', null],
  ].map(([query, expect]) => q('en', query as string, expect as string[] | null, 'question', 'questions')),
  ...[
    ['LG AI연구원은 누가 이끌고 있나요', ['leadership', 'people']],
    ['AI 거품론에 대해 이홍락 원장은 어떻게 보나요', ['ai-bubble']],
    ['엑사원 4.0은 언제 공개됐나', ['exaone-history', 'timeline']],
    ['LG AI대학원의 목표는 무엇인가요', ['lg-ai-graduate-school']],
    ['엑사원 개발을 왜 일찍 시작했나요', ['exaone-history']],
    ['차별화된 경쟁력은 어떻게 확보하나요', ['industry-strategy']],
    ['소버린AI 생태계를 구축하면 어떤 혜택이 있나요', ['sovereign-ai']],
    ['파운데이션 모델 프로젝트는 어떻게 평가하나요', ['foundation-model-project']],
    ['배경훈 전 원장은 어디로 갔나요', ['leadership', 'people']],
    ['AI 기술 가치는 계속 오를까요', ['ai-bubble']],
    ['양자컴퓨터는 언제 나오나요', null],
  ].map(([query, expect]) => q('ko', query as string, expect as string[] | null, 'question', 'questions')),
];
