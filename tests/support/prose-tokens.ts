/**
 * Test support: a token of the site's prose markup left unexpanded, `{date:july}` or any other
 * `{kind:id}`, as an author writes it and no reader should see it.
 */
export const PROSE_TOKEN = /\{[a-z]+:[a-z0-9][a-z0-9-]*\}/g;

/** The unexpanded tokens in `text`, each once. */
export function proseTokens(text: string): string[] {
  return [...new Set(text.match(PROSE_TOKEN))];
}
