import type { APIRoute } from 'astro';
import { openSearchXml } from '../opensearch.xml.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(openSearchXml('ko', site ?? new URL('http://localhost:4321/')), {
    headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' },
  });
