import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { Data as CslData } from 'csl-json';
import { describe, expect, it } from 'vitest';
import { citationBibtex, citationCsl, citationRis, quoteCitation } from '@/lib/citation';
import type { Person, Quote } from '@/lib/content-schemas';
import { examplePerson, testModel } from '../support/site-model.ts';
// The official CSL input schema (citation-style-language/schema, MIT licence), kept as a copy: no npm
// package ships it.

const secondPerson: Person = {
  ...examplePerson,
  id: 'park-example',
  nameKo: '박예시',
  nameEn: 'Park Example',
  aliases: [],
  interviewee: false,
};

/** A quote whose text carries everything a format could misread: braces, %, straight and curly quotes, Hangul. */
const awkward: Quote = {
  id: 'awkward',
  speakers: ['kim-example'],
  theme: 't',
  paragraph: 3,
  ko: '\'산업 난제 {해결}\' 100% "확신" — “엑사원”',
  en: 'A {braced} 50% “curly” ‘single’ "straight" goal: 엑사원 & R_D #1 \\ ~ ^ $',
};

function model(quote: Quote) {
  return testModel({ quotes: [quote], people: [examplePerson, secondPerson] });
}
function citation(quote: Quote, lang: 'en' | 'ko') {
  const m = model(quote);
  return quoteCitation(m.quote(quote.id), m, lang, `https://example.org/${lang}/quotes/${quote.id}/`);
}

/** A name as a parser reads it back: one literal, or family and given names joined. */
const nameOf = (name: { literal?: string; family?: string; given?: string }) =>
  name.literal ?? [name.family, name.given].filter(Boolean).join(' ');

/** What every format must carry back unchanged. */
function essentials(item: CslData) {
  return {
    title: item.title,
    authors: (item.author ?? []).map(nameOf),
    url: item.URL,
    note: item.note,
    // A translation says so: who translated it, and the Korean it translates.
    translators: (item.translator ?? []).map(nameOf),
    originalTitle: item['original-title'],
  };
}

function parsed(text: string): CslData {
  const [item] = new Cite(text).data as CslData[];
  if (!item) throw new Error(`Nothing parsed from:\n${text}`);
  return item;
}

describe('quoteCitation', () => {
  it('writes the short and full forms in English from the quote and what is known of the article', () => {
    const c = citation(awkward, 'en');
    expect(c.short).toMatchInlineSnapshot(
      `"Kim Example, quoted in Paper (신문), ¶3; English translation by LG AI Research Interview Fact Sheet"`,
    );
    expect(c.full).toMatchInlineSnapshot(
      `"Kim Example. “A {braced} 50% “curly” ‘single’ "straight" goal: 엑사원 & R_D #1 \\ ~ ^ $” English translation by LG AI Research Interview Fact Sheet of a Korean quotation in Paper (신문), ¶3 (interview with Kim Example; the article’s publication date is not given). LG AI Research Interview Fact Sheet, https://example.org/en/quotes/awkward/."`,
    );
    expect(c.note).toContain(`Korean original: “${awkward.ko}”`);
  });

  it('writes them in Korean with the Korean original as the quote', () => {
    const c = citation(awkward, 'ko');
    expect(c.short).toMatchInlineSnapshot(`"김예시, 신문 인터뷰 3문단에서 인용"`);
    expect(c.full).toMatchInlineSnapshot(
      `"김예시, “'산업 난제 {해결}' 100% "확신" — “엑사원””, 신문 김예시 인터뷰 3문단(게재일 미상). LG AI연구원 인터뷰 팩트시트, https://example.org/ko/quotes/awkward/."`,
    );
    expect(c.title).toBe(awkward.ko);
  });

  it('names no author when the article names no speaker: the byline says the site infers them', () => {
    const unnamed: Quote = {
      ...awkward,
      speakers: ['kim-example', 'park-example'],
      attributionNote: { en: 'The article names no speaker.', ko: '기사는 화자를 밝히지 않습니다.' },
    };
    const c = citation(unnamed, 'en');
    expect(c.authors).toEqual([]);
    expect(c.short).toMatch(/^Kim Example and Park Example \(inferred\), quoted in/);
    expect(c.note).toContain('Attribution: The article names no speaker.');
    expect(citationBibtex(c)).not.toContain('author');
    expect(citationRis(c)).not.toContain('AU  -');
    expect(citationCsl(c)).not.toHaveProperty('author');
  });

  it('says when a quote was said on another occasion, and gives no date, reporter or article address', () => {
    const c = citation({ ...awkward, occasion: { en: 'Said at the time.', ko: '당시 한 말.' } }, 'ko');
    expect(c.note).toContain('다른 자리에서 한 말: 당시 한 말.');
    expect(citationCsl(c)).not.toHaveProperty('issued');
    expect(citationCsl(c)).not.toHaveProperty('accessed');
    expect(citationRis(c)).not.toMatch(/^(PY|DA|Y1|A2) {2}-/m);
  });
});

describe('a quote said on another occasion, cited in each format', () => {
  const occasion: Quote = {
    id: 'direction',
    speakers: ['kim-example'],
    theme: 't',
    paragraph: 5,
    ko: '확신이 있으면 충분하다',
    en: 'If you are sure, it is enough',
    occasion: { en: 'Said when he was briefed.', ko: '보고를 받으며 한 말.' },
  };
  const en = citation(occasion, 'en');
  const ko = citation(occasion, 'ko');

  it('says in every English form that the English is the fact sheet’s translation, and in every form when it was said', () => {
    expect([en.short, en.full, ko.short, ko.full]).toMatchInlineSnapshot(`
      [
        "Kim Example, said on another occasion, quoted in Paper (신문), ¶5; English translation by LG AI Research Interview Fact Sheet",
        "Kim Example, said on another occasion. “If you are sure, it is enough” English translation by LG AI Research Interview Fact Sheet of a Korean quotation in Paper (신문), ¶5 (interview with Kim Example; the article’s publication date is not given). LG AI Research Interview Fact Sheet, https://example.org/en/quotes/direction/.",
        "김예시(다른 자리에서 한 말), 신문 인터뷰 5문단에서 인용",
        "김예시(다른 자리에서 한 말), “확신이 있으면 충분하다”, 신문 김예시 인터뷰 5문단(게재일 미상). LG AI연구원 인터뷰 팩트시트, https://example.org/ko/quotes/direction/.",
      ]
    `);
  });

  it('BibTeX: translator, original title and language (biblatex’s fields), and the note', () => {
    expect(citationBibtex(en)).toMatchInlineSnapshot(`
      "@misc{lgai-quote-direction-en,
        title        = {If you are sure, it is enough},
        author       = {{Kim Example}},
        translator   = {{LG AI Research Interview Fact Sheet}},
        origtitle    = {확신이 있으면 충분하다},
        howpublished = {\\url{https://example.org/en/quotes/direction/}},
        language     = {english},
        origlanguage = {korean},
        note         = {English translation by LG AI Research Interview Fact Sheet of a Korean quotation in Paper (신문), ¶5. Korean original: “확신이 있으면 충분하다”; the article’s publication date is not given. Said on another occasion: Said when he was briefed.}
      }
      "
    `);
    expect(citationBibtex(ko)).not.toMatch(/translator|origtitle|origlanguage/);
  });

  it('RIS: the Korean as the title, the English as its translated title, and the note', () => {
    expect(citationRis(en).split('\r\n')).toMatchInlineSnapshot(`
      [
        "TY  - ELEC",
        "AU  - Kim Example",
        "TI  - 확신이 있으면 충분하다",
        "TT  - If you are sure, it is enough",
        "PB  - LG AI Research Interview Fact Sheet",
        "UR  - https://example.org/en/quotes/direction/",
        "LA  - en",
        "N1  - English translation by LG AI Research Interview Fact Sheet of a Korean quotation in Paper (신문), ¶5. Korean original: “확신이 있으면 충분하다”; the article’s publication date is not given. Said on another occasion: Said when he was briefed.",
        "ID  - lgai-quote-direction-en",
        "ER  - ",
        "",
      ]
    `);
    expect(citationRis(ko)).not.toContain('TT  -');
  });

  it('CSL-JSON: translator, original title, language and the note', () => {
    expect(citationCsl(en)).toMatchInlineSnapshot(`
      {
        "URL": "https://example.org/en/quotes/direction/",
        "author": [
          {
            "literal": "Kim Example",
          },
        ],
        "container-title": "LG AI Research Interview Fact Sheet",
        "id": "lgai-quote-direction-en",
        "language": "en",
        "note": "English translation by LG AI Research Interview Fact Sheet of a Korean quotation in Paper (신문), ¶5. Korean original: “확신이 있으면 충분하다”; the article’s publication date is not given. Said on another occasion: Said when he was briefed.",
        "original-title": "확신이 있으면 충분하다",
        "title": "If you are sure, it is enough",
        "translator": [
          {
            "literal": "LG AI Research Interview Fact Sheet",
          },
        ],
        "type": "webpage",
      }
    `);
    expect(citationCsl(ko)).not.toHaveProperty('translator');
    expect(citationCsl(ko)).not.toHaveProperty('original-title');
  });
});

describe.for(['en', 'ko'] as const)('the citation files round-trip through their parsers (%s)', (lang) => {
  const joint: Quote = { ...awkward, speakers: ['kim-example', 'park-example'] };
  const c = citation(joint, lang);
  const expected = essentials(citationCsl(c));

  it('keeps braces, %, quotation marks and Hangul in the title and note', () => {
    expect(expected.title).toBe(lang === 'en' ? joint.en : joint.ko);
    expect(expected.authors).toEqual(lang === 'en' ? ['Kim Example', 'Park Example'] : ['김예시', '박예시']);
  });

  it('BibTeX, read by Citation.js’s BibTeX parser', () => {
    const item = parsed(citationBibtex(c));
    expect(essentials(item)).toEqual({ ...expected, note: lang === 'ko' ? `${c.site}. ${c.note}` : c.note });
    expect(item.id).toBe(c.key);
  });

  it('RIS, read by Citation.js’s RIS reader', () => {
    const ris = citationRis(c);
    expect(ris.split('\r\n').every((line) => line === '' || /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true);
    const item = parsed(ris);
    // RIS's web record has no translator tag: its translated title (TT) and the note say it.
    expect(essentials(item)).toEqual({ ...expected, translators: [] });
    expect(item.publisher).toBe(c.site);
    expect(item.language).toBe(lang);
  });

  it('CSL-JSON, read back by Citation.js as CSL data', () => {
    const json = JSON.stringify([citationCsl(c)]);
    const item = parsed(json);
    expect(essentials(item)).toEqual(expected);
    expect(item).toMatchObject({ type: 'webpage', 'container-title': c.site, language: lang });
  });
});
