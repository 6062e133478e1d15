/** `/data/{facts,quotes,people}.{json,csv}`: the fact sheet as open data. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DATASET_FIELDS, DATASET_ROWS, toCsv, type Dataset } from '@/lib/open-data';
import { pageUrl } from '@/lib/page-urls';

export const getStaticPaths = (() =>
  (Object.keys(DATASET_FIELDS) as Dataset[]).flatMap((dataset) =>
    (['json', 'csv'] as const).map((format) => ({
      params: { file: `${dataset}.${format}` },
      props: { dataset, format },
    })),
  )) satisfies GetStaticPaths;

type Props = { dataset: Dataset; format: 'json' | 'csv' };

export const GET: APIRoute<Props> = ({ props: { dataset, format }, locals: { model } }) => {
  const rows = DATASET_ROWS[dataset](model, pageUrl);
  if (format === 'csv') {
    return new Response(toCsv(dataset, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  }
  return new Response(`${JSON.stringify(rows, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
