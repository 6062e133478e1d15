import { describe, expect, it } from 'vitest';
import { parse } from 'ultrahtml';
import { textOf } from '../../src/lib/built-html.ts';
import { indexablePage, withSearchTerms } from '../../src/search/build/page.ts';

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
      "<!DOCTYPE html><html lang="ko"><head><title>제목 &amp; 부제</title></head><body><main data-pagefind-body=""> <h1>제목</h1>  <main>안쪽</main> <svg><title>그림</title></svg>
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

  it('reads the subject: the first heading and the headings marked as subjects', () => {
    const html =
      '<main data-pagefind-body><h1>사람들</h1><h2 id="a" data-search-subject>임우형 <span>(Lim Woohyung)</span></h2><h2>인용</h2><h1>둘째</h1></main>';
    expect(indexablePage(html)?.subject).toBe('사람들 임우형 (Lim Woohyung)');
    expect(indexablePage('<main data-pagefind-body><p>no heading</p></main>')?.subject).toBe('');
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
