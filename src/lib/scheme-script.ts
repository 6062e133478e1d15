/**
 * Applies the stored or system colour scheme before first paint. It has to run inline and synchronously
 * in <head>; the CSP allows it by hash (see `astro.config.mjs`), so no 'unsafe-inline' is needed.
 */
export const SCHEME_SCRIPT =
  "(()=>{let s;try{s=localStorage.getItem('color-scheme')}catch{}document.documentElement.dataset.theme=s==='dark'||s==='light'?s:matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'})()";
