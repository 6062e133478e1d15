/**
 * Highlights the searched words on a page reached from a search result (`?highlight=`). The check is
 * tiny; the highlighter and Pagefind's highlight script load only on such a visit.
 */
if (new URLSearchParams(location.search).has('highlight')) {
  void import('./highlight.ts').then(({ highlightSearchedWords }) => highlightSearchedWords());
}
