/** The site's icon as PNG (`/icons/192.png`, `/icons/512.png`), for the web app manifests. */
import type { APIRoute } from 'astro';
import { publicDir } from 'astro:config/server';
import { appIconPng, ICON_SIZES } from '@/lib/app-icon';

export const getStaticPaths = () => ICON_SIZES.map((size) => ({ params: { size: String(size) } }));

export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(await appIconPng(Number(params.size), publicDir)), {
    headers: { 'Content-Type': 'image/png' },
  });
