import { describe, expect, it } from 'vitest';
import { parse } from 'ultrahtml';
import { textOf } from '../../src/lib/built-html.ts';
import { compoundParts } from '../../src/search/build/korean.ts';
import {
  extraSearchTerms,
  glossaryForms,
  indexablePage,
  mentions,
  pageSubject,
  personSpellings,
  searchLexicon,
  withSearchTerms,
} from '../../src/search/build/terms.ts';

const lim = { id: 'lim-woohyung', nameKo: '임우형', nameEn: 'Woohyung Lim', aliases: ['Lim Woo-hyung'] };
const koo = { id: 'koo-kwang-mo', nameKo: '구광모', nameEn: 'Koo Kwang-mo', aliases: ['Koo Kwangmo'] };
const sovereign = glossaryForms({
  term: { en: 'Sovereign AI', ko: '소버린AI' },
  aliases: { en: ['sovereignty'], ko: ['자국 AI'] },
});
const llm = glossaryForms({
  term: { en: 'Large language model (LLM)', ko: '대규모언어모델(LLM)' },
  aliases: { en: ['language model'], ko: ['대규모 언어 모델'] },
});
const lexicon = searchLexicon([{ lang: 'ko', text: '생태계를 구축' }], [lim, koo], [sovereign, llm]);

const page = `<html lang="ko"><body><nav>엑사원은 메뉴</nav>
<main data-pagefind-body><h1>소버린AI</h1><p>소버린AI로 생태계를 &amp; 구축</p>
<nav data-pagefind-ignore>목차에서</nav>
<p>임우형 원장</p></main></body></html>`;

describe('indexablePage', () => {
  it('reads only the indexed body, without ignored parts, entities decoded', () => {
    expect(indexablePage(page)?.text).toBe('소버린AI 소버린AI로 생태계를 & 구축 임우형 원장');
    expect(indexablePage(page)?.lang).toBe('ko');
  });

  it('skips a page without an indexed body', () => {
    expect(indexablePage('<html lang="en"><main>Not indexed</main></html>')).toBeUndefined();
  });

  it('leaves fact and quote blocks, and links repeating them, out of the page copy handed to Pagefind', () => {
    const html =
      '<main data-pagefind-body><span>intro</span><div id="fact-a" data-fact="a">fact</div><figure id="quote-b" class="x" data-quote="b">quote</figure><ul><li>인용: <a href="/ko/x/#quote-b">quote</a> (주제)</li><li><a href="/ko/people/#lee">이홍락</a></li></ul><span><a href="/x/#fact-a">근거</a></span></main>';
    expect(indexablePage(html)?.html).toMatchInlineSnapshot(
      `"<!DOCTYPE html><html><head></head><body><main data-pagefind-body=""><span>intro</span> <div data-fact="a" data-pagefind-ignore="">fact</div>  <figure class="x" data-quote="b" data-pagefind-ignore="">quote</figure>  <ul> <li data-pagefind-ignore="">인용: <a href="/ko/x/#quote-b" data-pagefind-ignore="">quote</a> (주제)</li>  <li><a href="/ko/people/#lee">이홍락</a></li> </ul> <span><a href="/x/#fact-a" data-pagefind-ignore="">근거</a></span></main></body></html>"`,
    );
    expect(indexablePage(html)?.text).toBe('intro 이홍락');
    expect(indexablePage(html)?.ids).toEqual(['fact-a', 'quote-b']);
  });

  it('hands Pagefind only the language, the title and the indexed body, however much surrounds them', () => {
    const html = `<!DOCTYPE html><html lang="ko" class="a"><head><meta charset="utf-8"><title>제목 &amp; 부제</title>
<script>document.write("<main data-pagefind-body>x</main>")</script></head><body>
<header title="a > b"><nav><a href="/">메뉴</a></nav></header><!-- <main data-pagefind-body> -->
<main id="main" data-pagefind-body><h1>제목</h1><main>안쪽</main><svg><title>그림</title></svg>
<script>if (a</main>) {}</script><p>본문</p></main><footer><p>바닥글</p></footer></body></html>`;
    const indexed = indexablePage(html);
    expect(indexed?.html).toMatchInlineSnapshot(
      `
      "<!DOCTYPE html><html lang="ko" class="a"><head><title>제목 &amp; 부제</title></head><body><main data-pagefind-body=""> <h1>제목</h1>  <main>안쪽</main> <svg><title>그림</title></svg>
      <script>if (a</main>) {}</script> <p>본문</p> </main></body></html>"
    `,
    );
    expect(indexed?.lang).toBe('ko');
    expect(indexed?.ids).toEqual(['main']);
  });

  it('keeps the words of neighbouring elements apart, so Pagefind indexes them as words', () => {
    const html =
      '<main data-pagefind-body><dl><dt>Interviewees</dt><dd>Lee Honglak, Lim Woohyung</dd><dt>Place</dt><dd>the office</dd></dl><ul><li>one</li><li>two</li></ul><p>end</p><p>of <b>bold</b>ness</p><a>The history of EXAONE</a><p>What</p><a>Lee Honglak</a><span lang="ko">이홍락</span><a><span aria-hidden="true">¶4</span><span class="sr-only">paragraph 4</span></a><p><a>엑사원</a>을</p></main>';
    expect(textOf(parse(indexablePage(html)?.html ?? ''))).toMatchInlineSnapshot(
      `"  Interviewees  Lee Honglak, Lim Woohyung  Place  the office    one  two   end  of boldness The history of EXAONE What Lee Honglak 이홍락  ¶4  paragraph 4  엑사원을 "`,
    );
  });
});

describe('glossaryForms', () => {
  it('splits a bracketed abbreviation off and adds the aliases of both languages', () => {
    expect(llm).toMatchInlineSnapshot(`
      [
        "Large language model (LLM)",
        "Large language model",
        "LLM",
        "대규모언어모델(LLM)",
        "대규모언어모델",
        "language model",
        "대규모 언어 모델",
      ]
    `);
  });
});

describe('glossaryForms of spaced Korean', () => {
  it('adds each spaced Korean form written solid, so the glossary need not list it', () => {
    const forms = glossaryForms({
      term: { en: 'Sovereign AI', ko: '소버린 AI' },
      aliases: { en: [], ko: ['자국 AI'] },
    });
    expect(forms).toEqual(['Sovereign AI', '소버린 AI', '자국 AI', '소버린AI', '자국AI']);
  });
});

describe('personSpellings', () => {
  it('gives every spelling search knows: names, aliases and their routine variants', () => {
    expect(personSpellings(koo)).toEqual(
      expect.arrayContaining(['구광모', 'Kwangmo Koo', 'Kwang mo Koo', 'Koo Kwangmo']),
    );
  });
});

describe('pageSubject', () => {
  it('reads the first heading and the headings marked as subjects', () => {
    const html =
      '<main><h1>사람들</h1><h2 id="a" data-search-subject>임우형 <span>(Lim Woohyung)</span></h2><h2>인용</h2></main>';
    expect(pageSubject(html)).toBe('사람들 임우형 (Lim Woohyung)');
    expect(pageSubject('<main><p>no heading</p></main>')).toBeUndefined();
  });
});

describe('mentions', () => {
  it('finds Korean forms inside words and Latin forms only as whole words, in any case', () => {
    expect(mentions('소버린AI로 생태계', '소버린AI')).toBe(true);
    expect(mentions('an LLM trained', 'llm')).toBe(true);
    expect(mentions('LLMs and more', 'LLM')).toBe(false);
    expect(mentions('AI연구원', 'AI')).toBe(true);
  });
});

describe('extraSearchTerms', () => {
  it('adds Korean forms, the names of people mentioned, and glossary forms in both languages', () => {
    expect(extraSearchTerms(indexablePage(page)?.text ?? '', lexicon)).toMatchInlineSnapshot(
      `"소버린 생태계 구축임우형 구축임우형원장 임우형원장 에이아이 소버린에이아이 자국에이아이 임우형 Woohyung Lim Woo-hyung Woo hyung Sovereign AI 소버린AI sovereignty 자국 자국AI"`,
    );
  });

  it('relates English and Korean both ways: the Korean term finds the English page and back', () => {
    expect(extraSearchTerms('What a large language model is', lexicon).split(' ')).toEqual(
      expect.arrayContaining(['대규모언어모델', '언어모델', 'LLM']),
    );
    expect(extraSearchTerms('엑사원은 대규모언어모델이다', lexicon).split(' ')).toEqual(
      expect.arrayContaining(['Large', 'language', 'model', 'LLM', '언어모델']),
    );
  });

  it('adds the names of speakers a text does not spell out, and no one else', () => {
    const terms = extraSearchTerms('좋은 타이밍', lexicon, ['koo-kwang-mo']);
    expect(terms).toContain('Koo Kwang-mo');
    expect(terms).not.toContain('임우형');
  });
});

describe('withSearchTerms', () => {
  it('adds the terms as invisible, escaped Pagefind metadata', () => {
    expect(withSearchTerms('<body><p>x</p></body>', 'A&B "q"')).toBe(
      '<body><p>x</p><span data-pagefind-ignore data-pagefind-meta="terms:A&amp;B &quot;q&quot;"></span></body>',
    );
    expect(withSearchTerms('<body></body>', '')).toBe('<body></body>');
    expect(withSearchTerms('<body></body>', 'a', 'b')).toBe(
      '<body><span data-pagefind-ignore data-pagefind-meta="terms:a"></span><span data-pagefind-ignore data-pagefind-meta="subject:b"></span></body>',
    );
  });
});

describe('searchLexicon', () => {
  const nouns = (korean: string) =>
    searchLexicon(
      [
        { lang: 'en', text: 'The co-heads spoke at the D&O Gangseo building. AI and the Idea of it.' },
        { lang: 'ko', text: korean },
      ],
      [],
      [],
    ).nouns;

  it('finds a name the English writes in Latin letters inside a solid Hangul word, so the compound splits', () => {
    const found = nouns('D&O 강서사옥에서 가진 인터뷰');
    expect(found).toContain('강서');
    expect(compoundParts('강서사옥', found)).toEqual(['강서', '사옥']);
  });

  it('takes no part whose romanisation is short or not a capitalised word of the English', () => {
    // 아이 romanises to "ai", under four letters; 디어 to "dieo", which the English does not write.
    expect([...nouns('아이디어를 대규모언어모델')]).toEqual(['아이디어', '대규모언어모델']);
  });
});
