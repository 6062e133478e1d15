import { describe, expect, it } from 'vitest';
import { relatedForms } from '../../src/search/build/word-families.ts';

const vocabulary = new Set([
  'sovereign',
  'sovereignty',
  'industry',
  'industrial',
  'strategy',
  'strategic',
  'nation',
  'national',
]);

describe('relatedForms', () => {
  it('relates a place and its people or adjective, from the capitalised adjective', () => {
    expect(relatedForms('Chinese companies', vocabulary)).toEqual(['Chin', 'China']);
    expect(relatedForms('a Korean model', vocabulary)).toEqual(['Korea']);
  });

  it('relates a noun and its adjective both ways when the site uses both', () => {
    expect(relatedForms('industry', vocabulary)).toEqual(['industrial']);
    expect(relatedForms('strategic', vocabulary)).toEqual(['strategy']);
    expect(relatedForms('sovereign', vocabulary)).toEqual(['sovereignty']);
    expect(relatedForms('nation', vocabulary)).toEqual(['national']);
  });

  it('adds the other spelling of an -ise/-ize word', () => {
    expect(relatedForms('specialised', vocabulary)).toEqual(['specialized']);
    expect(relatedForms('organization', vocabulary)).toEqual(['organisation']);
  });

  it('relates nothing the site does not use, nor short or lower-case look-alikes', () => {
    expect(relatedForms('economy', vocabulary)).toEqual([]);
    expect(relatedForms('these human beings often', vocabulary)).toEqual([]);
    expect(relatedForms('form formal is', new Set(['form', 'formal']))).toEqual([]);
    expect(relatedForms('promise wise', vocabulary)).toEqual([]);
    expect(relatedForms('Chairman otherwise', vocabulary)).toEqual([]);
  });
});
