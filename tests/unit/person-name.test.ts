import { expect, it } from 'vitest';
import { nameList, personNames } from '../../src/lib/person-name.ts';

const people = [
  { nameEn: 'Lee Honglak', nameKo: '이홍락' },
  { nameEn: 'Lim Woohyung', nameKo: '임우형' },
  { nameEn: 'Koo Kwang-mo', nameKo: '구광모' },
];

it('lists names as each language lists them', () => {
  expect(personNames(people.slice(0, 2), 'en')).toBe('Lee Honglak and Lim Woohyung');
  expect(personNames(people, 'en')).toBe('Lee Honglak, Lim Woohyung, and Koo Kwang-mo');
  expect(personNames(people, 'ko')).toBe('이홍락·임우형·구광모');
  // Search results list a quote's speakers by their labels, the same way.
  expect(nameList(['A', 'B', 'C'], 'en')).toBe('A, B, and C');
  expect(nameList(['가', '나'], 'ko')).toBe('가·나');
});
