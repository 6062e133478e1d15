/**
 * Dev server only: while the content does not verify, every page shows Astro's error overlay with the
 * problems instead of rendering as if nothing were wrong.
 */
import { defineMiddleware } from 'astro:middleware';
import { latestVerification } from './dev-state.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const error = await latestVerification();
  if (error) throw error;
  return next();
});
