/** Highlights the searched words in NFC: the `highlight` parameters may hold decomposed Hangul. */
import { assetPath } from '@/lib/asset-path';

type HighlighterClass = new (options: Record<string, unknown>) => {
  getHighlightParams(name: string): string[];
};

export async function highlightSearchedWords(): Promise<void> {
  await import(/* @vite-ignore */ assetPath('pagefind/pagefind-highlight.js'));
  const { PagefindHighlight } = window as unknown as { PagefindHighlight: HighlighterClass };
  class NfcHighlight extends PagefindHighlight {
    override getHighlightParams(name: string): string[] {
      return super.getHighlightParams(name).map((term) => term.normalize('NFC'));
    }
  }
  new NfcHighlight({ highlightParam: 'highlight', addStyles: false });
}
