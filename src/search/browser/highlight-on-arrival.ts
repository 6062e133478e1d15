/** On a page reached from a result (`?highlight=`), loads the highlighter: only such a visit downloads it. */
if (new URLSearchParams(location.search).has('highlight')) {
  void import('./highlight.ts').then(({ highlightSearchedWords }) => highlightSearchedWords());
}
