import { readFileSync } from 'node:fs';
import { querySelector } from 'ultrahtml/selector';
import { expect, it } from 'vitest';
import { DATASET_FIELDS, type Dataset } from '../../src/lib/open-data.ts';
import { LANGS } from '../../src/site.config.ts';
import { attr, BASE_SITE, builtFile, pageAt, readPage, SITE } from '../support/builds.ts';

const DATASETS = Object.keys(DATASET_FIELDS) as Dataset[];
const cases = [SITE, BASE_SITE].flatMap((build) =>
  DATASETS.map((dataset) => ({ build, dir: build.dir, dataset })),
);

it.for(cases)(
  '$dir: the $dataset data, as JSON and CSV, hold the same records with the documented fields',
  ({ build, dataset }) => {
    const rows = JSON.parse(readFileSync(builtFile(build, `data/${dataset}.json`), 'utf8')) as Record<
      string,
      unknown
    >[];
    expect(rows.length).toBeGreaterThan(0);
    const fields = Object.keys(DATASET_FIELDS[dataset]);
    for (const row of rows) expect(Object.keys(row)).toEqual(fields);
    const csv = readFileSync(builtFile(build, `data/${dataset}.csv`), 'utf8');
    // A byte-order mark, so spreadsheets read Hangul as UTF-8; CRLF records, as RFC 4180 asks.
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toBe(fields.join(','));
    expect(csv.slice(1).trimEnd().split('\r\n').length).toBeGreaterThanOrEqual(rows.length + 1);
  },
);

it.for(cases)(
  '$dir: every record of the $dataset data links to its anchor in every language',
  ({ build, dataset }) => {
    const rows = JSON.parse(readFileSync(builtFile(build, `data/${dataset}.json`), 'utf8')) as Record<
      string,
      string
    >[];
    for (const lang of LANGS) {
      for (const row of rows) {
        const permalink = row[`permalink_${lang}`] ?? '';
        expect(permalink, `${row.id} permalink_${lang}`).toMatch(/#./);
        const page = pageAt(permalink, build);
        expect(page, permalink).toBeDefined();
        if (!page) continue;
        const doc = readPage(page);
        expect(attr(doc, 'html', 'lang'), permalink).toBe(lang);
        const id = decodeURIComponent(new URL(permalink).hash.slice(1));
        expect(querySelector(doc, `[id="${id}"]`), permalink).toBeTruthy();
      }
    }
  },
);
