/** Each quote card's preview, as its quote page shows it: `/og/<lang>/quotes/<id>.webp`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardPreview, type OgCard } from '@/lib/og-image';
import { getStaticPaths as cardPaths, OG_CACHE } from './[...page].png.ts';

export const getStaticPaths = (async () =>
  (await cardPaths()).filter(({ props }) => props.kind === 'quote')) satisfies GetStaticPaths;

export const GET: APIRoute<OgCard> = async ({ props }) =>
  new Response(new Uint8Array(await cardPreview(props, OG_CACHE)), {
    headers: { 'Content-Type': 'image/webp' },
  });
