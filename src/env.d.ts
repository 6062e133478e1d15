declare namespace App {
  /** Set once per page by `src/middleware.ts`. */
  interface Locals {
    /** The page's language. */
    lang: import('./site.config.ts').Lang;
    /** The UI strings of that language. */
    t: import('./i18n/en.ts').UiStrings;
  }
}
