/** The open-data files (`/data/*.json` and their CSV twins): every record carries its permalink per language. */
import { stringify } from 'csv-stringify/sync';
import fields from './open-data-fields.json' with { type: 'json' };
import type { SiteModel } from './site-model.ts';
import { ANCHORS, LANGS, type Lang } from '../site.config.ts';

export type Row = Record<string, string | number | boolean | null>;

export type Permalink = (lang: Lang, slug: string, fragment?: string) => string;

/** One permalink column per site language: `permalink_en`, `permalink_ko`. */
function permalinks(link: Permalink, slug: string, hash: string): Row {
  return Object.fromEntries(LANGS.map((lang) => [`permalink_${lang}`, link(lang, slug, hash)]));
}

/** Field documentation shown on the source page, one entry per dataset, in column order. */
export const DATASET_FIELDS = fields;

export type Dataset = keyof typeof DATASET_FIELDS;

/** The facts as rows, in source order, with statements as the pages show them. */
export function factRows(model: Pick<SiteModel, 'facts'>, link: Permalink): Row[] {
  return model.facts.map((fact) => ({
    id: fact.id,
    theme: fact.theme,
    kind: fact.kind,
    voice: fact.voice ?? null,
    statement_en: fact.statement.en,
    statement_ko: fact.statement.ko,
    paragraphs: fact.paragraphs.join(' '),
    evidence_ko: fact.evidence.map((e) => e.text).join(' / '),
    quote: fact.quote?.id ?? null,
    ...permalinks(link, fact.theme, fact.anchor),
  }));
}

/** The quotes as rows, in source order. */
export function quoteRows(model: Pick<SiteModel, 'quotes'>, link: Permalink): Row[] {
  return model.quotes.map((quote) => ({
    id: quote.id,
    theme: quote.theme,
    speakers: quote.speakers.join(' '),
    paragraph: quote.paragraph,
    text_ko: quote.ko,
    text_en: quote.en,
    attribution_note_en: quote.attributionNote?.en ?? null,
    attribution_note_ko: quote.attributionNote?.ko ?? null,
    occasion_en: quote.occasion?.en ?? null,
    occasion_ko: quote.occasion?.ko ?? null,
    facts: quote.facts.map((fact) => fact.id).join(' '),
    ...permalinks(link, quote.theme, quote.anchor),
    ...Object.fromEntries(LANGS.map((lang) => [`page_${lang}`, link(lang, quote.pageSlug)])),
  }));
}

export function personRows(model: Pick<SiteModel, 'people'>, link: Permalink): Row[] {
  return model.people.map((person) => ({
    id: person.id,
    name_ko: person.nameKo,
    name_en: person.nameEn,
    aliases: person.aliases.join(' / '),
    roles_en: person.roles.map((r) => r.en).join(' / '),
    roles_ko: person.roles.map((r) => r.ko).join(' / '),
    ...permalinks(link, 'people', ANCHORS.person(person.id)),
  }));
}

export const DATASET_ROWS = { facts: factRows, quotes: quoteRows, people: personRows };

/**
 * CSV in the documented column order, UTF-8 with BOM so spreadsheets read Hangul; a cell a spreadsheet
 * would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a leading `'`, which it reads as "text".
 */
export function toCsv(dataset: Dataset, rows: readonly Row[]): string {
  const columns = Object.keys(DATASET_FIELDS[dataset]);
  return `\ufeff${stringify(rows as Row[], { header: true, columns, record_delimiter: 'windows', escape_formulas: true })}`;
}
