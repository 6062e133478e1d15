import { formatMessage } from '@/i18n/format-message';

/** Plural forms of a message; `other` is required, `one` is used where the language has it. */
type PluralMessages = { [form in Intl.LDMLPluralRule]?: string | undefined } & { other: string };

/** The message for `count` results, chosen by `Intl.PluralRules` for `lang` and filled in. */
export function countMessage(
  lang: string,
  messages: PluralMessages,
  count: number,
  values: Readonly<Record<string, string | number>> = {},
): string {
  const form = new Intl.PluralRules(lang).select(count);
  return formatMessage(messages[form] ?? messages.other, { ...values, count });
}

/** Longest query the status line repeats, in characters. */
export const ECHO_LENGTH = 80;

/**
 * A query as the status repeats it: cut to {@link ECHO_LENGTH} code points (never inside a surrogate
 * pair) with an ellipsis, and isolated (U+2068…U+2069) so a right-to-left character cannot reorder it.
 */
export function echoQuery(query: string): string {
  const chars = [...query.trim()];
  const cut = chars.length > ECHO_LENGTH ? `${chars.slice(0, ECHO_LENGTH - 1).join('')}…` : chars.join('');
  return `\u2068${cut}\u2069`;
}
