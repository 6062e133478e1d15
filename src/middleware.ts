/** Route data, resolved once per request and read by every page and component from `Astro.locals`. */
import { defineMiddleware } from 'astro:middleware';
import { getSiteModel } from '@/lib/collections';
import { routeData } from '@/lib/route-data';
import { DEFAULT_LANG, LANGS } from '@/site.config';

export const onRequest = defineMiddleware(async (context, next) => {
  const model = await getSiteModel();
  const lang = LANGS.find((candidate) => candidate === context.currentLocale) ?? DEFAULT_LANG;
  const data = routeData(model, lang, context.url.pathname, context.site);
  // Copied with its getters, so a file without a page (a feed, an image) never computes one.
  Object.defineProperties(context.locals, Object.getOwnPropertyDescriptors(data));
  return next();
});
