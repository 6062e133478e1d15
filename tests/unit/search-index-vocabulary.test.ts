import { expect, it } from 'vitest';
import { Vocabularies } from '../../src/search/build/vocabulary.ts';

const messages = { corrected: 'c', didYouMean: 'd', partial: 'p' };

it('keeps the words pages show apart from the forms only the extra terms hold', () => {
  const vocabularies = new Vocabularies();
  vocabularies.add('ko', 'AI는 거품인가 거품론', '거품 거품인 거품론 에이아이');
  vocabularies.add('ko', '거품론 제기되는', '거품론');
  const file = JSON.parse(vocabularies.json('ko', messages)) as { words: string[]; forms: string[] };
  // Most frequent first; a form the text also shows is a word, not a form.
  expect(file.words).toEqual(['거품론', 'ai', '거품인가', '제기되는']);
  expect(file.forms).toEqual(['거품', '거품인', '에이아이']);
});
