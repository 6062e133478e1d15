/**
 * Per-request data, computed once per page as Starlight's route data is: the page's language and its UI
 * strings, read by every component as `Astro.locals.lang` and `Astro.locals.t`.
 */
import { defineMiddleware } from 'astro:middleware';
import { toLang, useTranslations } from '@/i18n';

export const onRequest = defineMiddleware((context, next) => {
  const lang = toLang(context.currentLocale);
  context.locals.lang = lang;
  context.locals.t = useTranslations(lang);
  return next();
});
