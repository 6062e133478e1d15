import { describe, expect, it } from 'vitest';
import { extraSearchTerms, indexedText, withSearchTerms } from '../../src/lib/search-terms.ts';
import { excerptParts } from '../../src/scripts/search-client.ts';

const lim = { id: 'lim-woohyung', nameKo: '임우형', nameEn: 'Woohyung Lim', aliases: ['Lim Woo-hyung'] };
const koo = { id: 'koo-kwang-mo', nameKo: '구광모', nameEn: 'Koo Kwang-mo', aliases: ['Koo Kwangmo'] };

const page = `<html lang="ko"><body><nav>엑사원은 메뉴</nav>
<main data-pagefind-body><h1>소버린AI</h1><p>소버린AI로 생태계를 &amp; 구축</p>
<nav data-pagefind-ignore>목차에서</nav>
<a data-speaker="lim-woohyung">임 원장</a></main></body></html>`;

describe('indexedText', () => {
  it('reads only the indexed body, without ignored parts, entities decoded', () => {
    expect(indexedText(page)).toBe('소버린AI 소버린AI로 생태계를 & 구축 임 원장');
  });
});

describe('extraSearchTerms', () => {
  it('adds Korean forms and every name variant of the people on the page, no one else', () => {
    expect(extraSearchTerms(page, [lim, koo])).toBe('소버린 AI 생태계 임우형 Woohyung Lim Lim Woo-hyung');
  });
});

describe('withSearchTerms', () => {
  it('adds the terms as invisible, escaped Pagefind metadata', () => {
    expect(withSearchTerms('<body><p>x</p></body>', 'A&B "q"')).toBe(
      '<body><p>x</p><span data-pagefind-ignore data-pagefind-meta="terms:A&amp;B &quot;q&quot;"></span></body>',
    );
    expect(withSearchTerms('<body></body>', '')).toBe('<body></body>');
  });
});

describe('excerptParts', () => {
  it('turns an excerpt into text parts, so markup in content is never parsed', () => {
    expect(excerptParts('a &lt;img onerror=x&gt; <mark>엑사원</mark>은')).toEqual([
      { text: 'a <img onerror=x> ', marked: false },
      { text: '엑사원', marked: true },
      { text: '은', marked: false },
    ]);
  });
});
