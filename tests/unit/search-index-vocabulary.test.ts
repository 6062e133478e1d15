import { expect, it } from 'vitest';
import { vocabularyJson } from '../../src/search/build/vocabulary.ts';

const messages = { corrected: 'c', didYouMean: 'd', partial: 'p' };

it('keeps the words pages show apart from the forms only the extra terms hold', () => {
  const json = vocabularyJson(
    [
      { text: 'AI는 거품인가 거품론', terms: '거품 거품인 거품론 에이아이' },
      { text: '거품론 제기되는', terms: '거품론' },
    ],
    messages,
  );
  const file = JSON.parse(json) as { words: string[]; forms: string[] };
  // Most frequent first; a form the text also shows is a word, not a form.
  expect(file.words).toEqual(['거품론', 'ai', '거품인가', '제기되는']);
  expect(file.forms).toEqual(['거품', '거품인', '에이아이']);
});

it('knows the words that only ask or join but never offers them', () => {
  const json = vocabularyJson([{ text: 'Where each school is', terms: '' }], messages);
  expect(JSON.parse(json)).toMatchObject({ words: ['school'], forms: ['each', 'is', 'where'] });
});
